// Modulation shifts the effective threshold theta - mod_gain * mod (docs/model.md): positive
// lowers it (a sub-threshold input fires), negative raises it (a supra-threshold input does
// not), zero (or balanced +w and -w) changes nothing, and mod relaxes back exponentially
// with mod_relax, so the same input stops firing the neuron once mod has decayed. All
// neurons: theta = 1 (no potentiation), mod_gain 0.5, mod_relax 0.01 per ms.
// A modulatory input arrives at 3 ms; direct inputs at 5, 30 and 33 ms.
//   plus  mod 0.4:  eff(5) = 1 - 0.2 e^-0.02 = 0.8039 -> 0.85 fires
//                   eff(30) = 1 - 0.2 e^-0.27 = 0.8473 -> 0.85 fires
//                   eff(33) = 1 - 0.2 e^-0.30 = 0.8518 -> 0.85 does not
//   minus mod -0.4: eff(5) = 1.1961 -> 1.1 does not fire; minus_edge: 1.2 fires
//   zero, balanced, control: 0.85 at 5 ms does not fire, 1.1 at 30 ms fires
// RUN: rm -rf %t && mkdir -p %t
// RUN: %fluxc run %s -q --time 60ms --record %t/event.csv --probe-every 0.1ms \
// RUN:   --probe-output %t/event-probes.csv --probe Top.plus.mod --probe Top.minus.mod \
// RUN:   --probe Top.zero.mod --probe Top.balanced.mod
// RUN: %python %S/Inputs/spikes.py %t/event.csv --only Top.control --only Top.zero \
// RUN:   --only Top.balanced --only Top.plus --only Top.minus --only Top.minus_edge \
// RUN:   | FileCheck %s --check-prefix=SPIKES
// RUN: %python %S/Inputs/probes.py %t/event-probes.csv --engine event \
// RUN:   --name plus=Top.plus.mod --name minus=Top.minus.mod --name zero=Top.zero.mod \
// RUN:   --name balanced=Top.balanced.mod \
// RUN:   --check 0 60 'plus ~ 0.4 * exp(-0.01 * since(3)) * after(3)' 1e-12r \
// RUN:   --check 0 60 'minus ~ -0.4 * exp(-0.01 * since(3)) * after(3)' 1e-12r \
// RUN:   --check 0 60 'zero ~ 0' 0 --check 0 60 'balanced ~ 0' 0 | FileCheck %s
// RUN: %fluxc run %s -q --engine step --dt 0.1ms --time 60ms --record %t/step.csv \
// RUN:   --probe-every 0.1ms --probe-output %t/step-probes.csv --probe Top.plus.mod \
// RUN:   --probe Top.minus.mod --probe Top.zero.mod --probe Top.balanced.mod
// RUN: %python %S/Inputs/spikes.py %t/step.csv --only Top.control --only Top.zero \
// RUN:   --only Top.balanced --only Top.plus --only Top.minus --only Top.minus_edge \
// RUN:   | FileCheck %s --check-prefix=SPIKES
// RUN: %python %S/Inputs/probes.py %t/step-probes.csv --engine step \
// RUN:   --name plus=Top.plus.mod --name minus=Top.minus.mod --name zero=Top.zero.mod \
// RUN:   --name balanced=Top.balanced.mod \
// RUN:   --check 0 60 'plus ~ 0.4 * exp(-0.01 * since(3)) * after(3)' 1e-5 \
// RUN:   --check 0 60 'minus ~ -0.4 * exp(-0.01 * since(3)) * after(3)' 1e-5 \
// RUN:   --check 0 60 'zero ~ 0' 0 --check 0 60 'balanced ~ 0' 0 | FileCheck %s

// CHECK-COUNT-4: ok:
// CHECK-NOT: FAIL

// SPIKES:      Top.plus[0] 5
// SPIKES-NEXT: Top.minus_edge[0] 5
// SPIKES-NEXT: Top.control[0] 30
// SPIKES-NEXT: Top.zero[0] 30
// SPIKES-NEXT: Top.balanced[0] 30
// SPIKES-NEXT: Top.plus[0] 30
// SPIKES-NEXT: end: 6 spikes

import stdlib.neurons

neuron Steady extends Mlif {
  potentiation = 0 per ms   // theta stays at 1, so only mod moves the effective threshold
}

circuit Top {
  input modulate : regular(rate = 1 Hz, phase = 2 ms)  // each input spikes once in 60 ms
  input at5 : regular(rate = 1 Hz, phase = 4 ms)
  input at30 : regular(rate = 1 Hz, phase = 29 ms)
  input at33 : regular(rate = 1 Hz, phase = 32 ms)
  neuron control, zero, balanced, plus, minus, minus_edge : Steady

  at5 -> control : direct(w = 0.85)
  at30 -> control : direct(w = 1.1)

  modulate -> zero : modulator(w = 0)
  at5 -> zero : direct(w = 0.85)
  at30 -> zero : direct(w = 1.1)

  modulate -> balanced : modulator(w = 0.4)
  modulate -> balanced : modulator(w = -0.4)
  at5 -> balanced : direct(w = 0.85)
  at30 -> balanced : direct(w = 1.1)

  modulate -> plus : modulator(w = 0.4)
  at5 -> plus : direct(w = 0.85)
  at30 -> plus : direct(w = 0.85)
  at33 -> plus : direct(w = 0.85)

  modulate -> minus : modulator(w = -0.4)
  at5 -> minus : direct(w = 1.1)

  modulate -> minus_edge : modulator(w = -0.4)
  at5 -> minus_edge : direct(w = 1.2)
}
