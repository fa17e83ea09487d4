// A Capacity synapse (stdlib.synapses, short-term depression) transmits min(|w|, capacity)
// with the sign of w; capacity drops by what was sent and regenerates by `regen` per ms up to
// `max_capacity` (docs/model.md). Closely spaced spikes transmit less; the synapse recovers
// at `regen`. The weight that arrives is read from the target's level: targets do not leak
// and never fire, so their level is the sum of what arrived (1 ms after each pre spike).
// Pre spikes at 10, 11, 12, 60 and 200 ms:
//   full      w 0.6, max 1, regen 0.01/ms: 0.6, 0.41, 0.01, 0.48 (48 ms of regen), 0.6 (full)
//   inhibit   w -0.6, same capacity:       the same amounts, negative
//   custom    w 0.3, max 0.5, regen 0.05/ms: 0.3, 0.25, 0.05, 0.3 (capped at 0.5), 0.3
//   static    direct(w = 0.6):             0.6 every time
// RUN: rm -rf %t && split-file %s %t
// RUN: %fluxc run %t/net.flux -q --time 210ms --probe-every 0.5ms --probe-output %t/event.csv \
// RUN:   --probe Top.full.level --probe Top.inhibit.level --probe Top.custom.level \
// RUN:   --probe Top.static.level
// RUN: %python %S/Inputs/probes.py %t/event.csv --engine event \
// RUN:   --name full=Top.full.level --name inhibit=Top.inhibit.level \
// RUN:   --name custom=Top.custom.level --name static=Top.static.level \
// RUN:   --check 0 210 'full ~ 0.6 * after(11) + 0.41 * after(12) + 0.01 * after(13) + 0.48 * after(61) + 0.6 * after(201)' 1e-12 \
// RUN:   --check 0 210 'inhibit ~ -(0.6 * after(11) + 0.41 * after(12) + 0.01 * after(13) + 0.48 * after(61) + 0.6 * after(201))' 1e-12 \
// RUN:   --check 0 210 'custom ~ 0.3 * after(11) + 0.25 * after(12) + 0.05 * after(13) + 0.3 * after(61) + 0.3 * after(201)' 1e-12 \
// RUN:   --check 0 210 'static ~ 0.6 * (after(11) + after(12) + after(13) + after(61) + after(201))' 1e-12 \
// RUN:   | FileCheck %s
// RUN: %fluxc run %t/net.flux -q --engine step --dt 0.1ms --time 210ms --probe-every 0.5ms \
// RUN:   --probe-output %t/step.csv --probe Top.full.level --probe Top.inhibit.level \
// RUN:   --probe Top.custom.level --probe Top.static.level
// RUN: %python %S/Inputs/probes.py %t/step.csv --engine step \
// RUN:   --name full=Top.full.level --name inhibit=Top.inhibit.level \
// RUN:   --name custom=Top.custom.level --name static=Top.static.level \
// RUN:   --check 0 210 'full ~ 0.6 * after(11) + 0.41 * after(12) + 0.01 * after(13) + 0.48 * after(61) + 0.6 * after(201)' 1e-5 \
// RUN:   --check 0 210 'inhibit ~ -(0.6 * after(11) + 0.41 * after(12) + 0.01 * after(13) + 0.48 * after(61) + 0.6 * after(201))' 1e-5 \
// RUN:   --check 0 210 'custom ~ 0.3 * after(11) + 0.25 * after(12) + 0.05 * after(13) + 0.3 * after(61) + 0.3 * after(201)' 1e-5 \
// RUN:   --check 0 210 'static ~ 0.6 * (after(11) + after(12) + after(13) + after(61) + after(201))' 1e-5 \
// RUN:   | FileCheck %s

// CHECK-COUNT-4: ok:
// CHECK-NOT: FAIL

//--- net.flux
import stdlib.neurons
import stdlib.synapses

// A pure accumulator: no leak, an unreachable threshold.
neuron Sink extends Mlif {
  leak = 0 per ms
  potentiation = 0 per ms
  threshold = 100
}

circuit Top {
  input pre : spike_train(file = "pre.csv")
  neuron full, inhibit, custom, static : Sink
  pre -> full : Capacity(w = 0.6, regen = 0.01 per ms)
  pre -> inhibit : Capacity(w = -0.6, regen = 0.01 per ms)
  pre -> custom : Capacity(w = 0.3, max_capacity = 0.5, regen = 0.05 per ms)
  pre -> static : direct(w = 0.6)
}

//--- pre.csv
time_ms,index
10,0
11,0
12,0
60,0
200,0
