// stdlib.circuits.Cpg oscillates: a pacemaker `a` and a follower `b` under a regular 400 Hz
// tonic drive. Three copies, run for 2 s on both engines: `rest` (defaults), `fast` (also a
// 10 Hz modulatory command) and `slow` (loop_delay = 10 ms). Each must be a regular rhythm
// (CV of a's inter-spike intervals at most 0.1) between 15 and 40 Hz, with one spike of `b`
// per cycle, `loop_delay` after the spike of `a` (within 0.2 ms); the command must speed the
// rhythm up and the longer loop slow it down. Measured (a's rate, event / step): rest 21 /
// 22 Hz, fast 24.5 / 24.5 Hz, slow 18 / 19 Hz; b 5.0 ms (10.0 ms for slow) after a.
// RUN: rm -rf %t && split-file %s %t
// RUN: %fluxc run %t/gaits.flux -q --time 2s --record %t/event.csv
// RUN: %fluxc run %t/gaits.flux -q --time 2s --engine step --dt 0.1ms --record %t/step.csv
// RUN: %python %S/Inputs/trains.py --run event=%t/event.csv --run step=%t/step.csv \
// RUN:   --let 'cv = lambda xs: (mean([x * x for x in xs]) - mean(xs) ** 2) ** 0.5 / mean(xs)' \
// RUN:   --let 'hz = lambda e, c: rate(spikes(e, c + ".a"), 0, 2000)' \
// RUN:   --let 'lag = lambda e, c: [y - x for x, y in zip(spikes(e, c + ".a"), spikes(e, c + ".b"))]' \
// RUN:   --show '[[hz(e, c) for c in ["rest", "fast", "slow"]] for e in runs]' \
// RUN:   --expect 'all(cv(isis(spikes(e, c + ".a"))) <= 0.1 for e in runs for c in ["rest", "fast", "slow"])' \
// RUN:   --expect 'all(15 <= hz(e, c) <= 40 for e in runs for c in ["rest", "fast", "slow"])' \
// RUN:   --expect 'all(abs(count(e, c + ".a") - count(e, c + ".b")) <= 1 for e in runs for c in ["rest", "fast", "slow"])' \
// RUN:   --expect 'all(all(abs(d - 5) <= 0.2 for d in lag(e, c)) for e in runs for c in ["rest", "fast"])' \
// RUN:   --expect 'all(all(abs(d - 10) <= 0.2 for d in lag(e, "slow")) for e in runs)' \
// RUN:   --expect 'all(hz(e, "slow") < hz(e, "rest") < hz(e, "fast") for e in runs)' \
// RUN:   | FileCheck %s

// CHECK-COUNT-6: ok:
// CHECK-NOT: FAIL

//--- gaits.flux
import stdlib.circuits as circuits

circuit Gaits {
  instance rest : circuits.Cpg
  instance fast : circuits.Cpg
  instance slow : circuits.Cpg(loop_delay = 10 ms)
  input tonic : regular(rate = 400 Hz)
  input command : regular(rate = 10 Hz)
  tonic -> rest.tonic
  tonic -> fast.tonic
  tonic -> slow.tonic
  command -> fast.command
}
