// stdlib.neurons.AdEx shows spike-frequency adaptation under a step current (Brette &
// Gerstner 2005). Two cells with the paper's parameters, at rest until a step of 800 pA at
// 100 ms, run to 700 ms on both engines: `adapting` as published, and `plain` without
// adaptation (a = 0, b = 0: the exponential integrate-and-fire neuron). Measured from
// --record, compared with a reference solution of the same equations (RK4 at 0.01 ms,
// Inputs/trains.py):
//   - adapting: its first six inter-spike intervals lengthen strictly (22.9, 30.9, 43.4,
//     57.3, 64.7, 66.6 ms; the reference: 22.8, 30.8, 43.2, 57.1, 64.6, 66.5), and the last
//     is more than 2.5 times the first (67.1 against 22.9);
//   - every interval within 0.3 ms of the reference, and as many spikes;
//   - plain: its intervals stay equal (17.7 ms; the reference 17.6), so the lengthening is
//     the adaptation current's.
// RUN: rm -rf %t && split-file %s %t
// RUN: %fluxc run %t/cells.flux -q --time 700ms --inject %t/step.csv --record %t/event.csv
// RUN: %fluxc run %t/cells.flux -q --time 700ms --engine step --dt 0.1ms --inject %t/step.csv \
// RUN:   --record %t/step.csv
// RUN: %python %S/Inputs/trains.py --run event=%t/event.csv --run step=%t/step.csv \
// RUN:   --let 'ref = adex(800, 100, 700)' --let 'flat = adex(800, 100, 700, a=0, b=0)' \
// RUN:   --show 'isis(ref)' --show '[isis(spikes(e, "adapting")) for e in runs]' \
// RUN:   --show 'isis(flat)[:3]' --show '[isis(spikes(e, "plain"))[:3] for e in runs]' \
// RUN:   --expect 'all(window(spikes(e, c), 0, 100) == [] for e in runs for c in ["adapting", "plain"])' \
// RUN:   --expect 'all(all(x < y for x, y in zip(isis(spikes(e, "adapting"))[:5], isis(spikes(e, "adapting"))[1:6])) for e in runs)' \
// RUN:   --expect 'all(isis(spikes(e, "adapting"))[-1] > 2.5 * isis(spikes(e, "adapting"))[0] for e in runs)' \
// RUN:   --expect 'all(count(e, "adapting") == len(ref) for e in runs)' \
// RUN:   --expect 'all(max(abs(x - y) for x, y in zip(isis(spikes(e, "adapting")), isis(ref))) <= 0.3 for e in runs)' \
// RUN:   --expect 'all(max(isis(spikes(e, "plain"))) <= 1.01 * min(isis(spikes(e, "plain"))) for e in runs)' \
// RUN:   --expect 'all(close(mean(isis(spikes(e, "plain"))), mean(isis(flat)), 0.01) for e in runs)' \
// RUN:   | FileCheck %s

// CHECK-COUNT-7: ok:
// CHECK-NOT: FAIL

//--- cells.flux
import stdlib.neurons

circuit Cells {
  neuron adapting : AdEx
  neuron plain : AdEx { a = 0 nS; b = 0 pA }
}

//--- step.csv
time_ms,target,value
100,Cells.adapting.i_e,800
100,Cells.plain.i_e,800
