// Inputs that arrive while a neuron is refractory never change its level (excitatory or
// inhibitory), and each raises theta by `habituation`, up to `theta_max` (docs/model.md).
// `n` fires at 3 ms (refractory 2 ms: until 5 ms, exclusive); inputs arrive at 3.5, 4, 4.5
// and 4.9 ms (refractory) and at 5 ms (not: the period is over). Theta also falls at
// potentiation = 0.001 per ms all along; `capped` reaches theta_max = 1.03 at its second
// refractory input and is put back there by the next ones.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %fluxc run %s -q --time 10ms --record %t/event-spikes.csv --probe-every 0.1ms \
// RUN:   --probe-output %t/event.csv --probe Top.n.level --probe Top.n.theta --probe Top.capped.theta
// RUN: %python %S/Inputs/spikes.py %t/event-spikes.csv --only Top.n --only Top.capped \
// RUN:   | FileCheck %s --check-prefix=SPIKES
// RUN: %python %S/Inputs/probes.py %t/event.csv --engine event \
// RUN:   --name level=Top.n.level --name theta=Top.n.theta --name capped=Top.capped.theta \
// RUN:   --check 0 10 'level ~ after(5) * (0.3 - 0.05 * since(5))' 1e-12 \
// RUN:   --check 0 10 'theta ~ 1 - 0.001 * t + 0.02 * (after(3.5) + after(4) + after(4.5) + after(4.9))' 1e-9 \
// RUN:   --check 0 10 'capped ~ 1.03 - 0.001 * (t - last(4, 4.5, 4.9)) if after(4) else 1 - 0.001 * t + 0.02 * after(3.5)' 1e-9 \
// RUN:   | FileCheck %s
// RUN: %fluxc run %s -q --engine step --dt 0.1ms --time 10ms --record %t/step-spikes.csv \
// RUN:   --probe-every 0.1ms --probe-output %t/step.csv --probe Top.n.level --probe Top.n.theta \
// RUN:   --probe Top.capped.theta
// RUN: %python %S/Inputs/spikes.py %t/step-spikes.csv --only Top.n --only Top.capped \
// RUN:   | FileCheck %s --check-prefix=SPIKES
// RUN: %python %S/Inputs/probes.py %t/step.csv --engine step \
// RUN:   --name level=Top.n.level --name theta=Top.n.theta --name capped=Top.capped.theta \
// RUN:   --check 0 10 'level ~ after(5) * (0.3 - 0.05 * since(5))' 1e-6 \
// RUN:   --check 0 10 'theta ~ 1 - 0.001 * t + 0.02 * (after(3.5) + after(4) + after(4.5) + after(4.9))' 1e-5 \
// RUN:   --check 0 10 'capped ~ 1.03 - 0.001 * (t - last(4, 4.5, 4.9)) if after(4) else 1 - 0.001 * t + 0.02 * after(3.5)' 1e-5 \
// RUN:   | FileCheck %s

// CHECK-COUNT-3: ok:
// CHECK-NOT: FAIL

// Each neuron spikes once, at 3 ms: the inputs during the refractory period fire nothing.
// SPIKES:      Top.n[0] 3
// SPIKES-NEXT: Top.capped[0] 3
// SPIKES-NEXT: end: 2 spikes

import stdlib.neurons

circuit Top {
  input fire_it : regular(rate = 1 Hz, phase = 2 ms)  // each input spikes once in 10 ms
  input a : regular(rate = 1 Hz, phase = 2.5 ms)
  input b : regular(rate = 1 Hz, phase = 3 ms)
  input c : regular(rate = 1 Hz, phase = 3.5 ms)
  input d : regular(rate = 1 Hz, phase = 3.9 ms)
  input e : regular(rate = 1 Hz, phase = 4 ms)
  neuron n : Mlif                                     // habituation 0.02, theta_max 2
  neuron capped : Mlif { theta_max = 1.03 }
  fire_it -> n : direct(w = 1.5)                      // fires at 3 ms: level back to rest 0
  a -> n : direct(w = 0.3)                            // 3.5 ms
  b -> n : direct(w = -0.4)                           // 4 ms: inhibition is ignored too
  c -> n : direct(w = 0.3)                            // 4.5 ms
  d -> n : direct(w = 0.3)                            // 4.9 ms
  e -> n : direct(w = 0.3)                            // 5 ms: refractory is over, level 0.3
  fire_it -> capped : direct(w = 1.5)
  a -> capped : direct(w = 0.3)
  b -> capped : direct(w = 0.3)
  c -> capped : direct(w = 0.3)
  d -> capped : direct(w = 0.3)
}
