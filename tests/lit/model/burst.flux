// A neuron driven far above threshold emits a burst of
// n = min(burst_max, floor((level - rest) / (theta_eff - rest))) spikes, burst_gap apart
// (docs/model.md), and every spike of the burst reaches the neuron's targets. All neurons
// have theta = 1 (no potentiation); every input arrives at 3 ms.
//   one        level 1.5                    -> 1 spike
//   two        level 2.5                    -> 2 spikes, 1 ms apart (burst_gap default)
//   many       level 10                     -> 3 spikes (burst_max default 3)
//   custom     level 4.2, burst_max 5, gap 0.75 ms -> 4 spikes, 0.75 ms apart
//   modulated  level 1.6, mod 0.98 (theta_eff 0.51) -> floor(3.14) = 3 spikes
//   raised     rest 0.5, level 1.7          -> floor(1.2 / 0.5) = 2 spikes
// `listener` is fired (electric, 1 ms) by each spike of `many`. Simultaneous spikes are
// listed by neuron (--sort): the order in which an engine records them is not pinned here.
// The step engine puts the k-th spike of a burst ceil(k gap / dt) steps after the first:
// 0.75, 1.5, 2.25 ms become 0.8, 1.5, 2.3 ms.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %fluxc run %s -q --time 10ms --record %t/event.csv
// RUN: %python %S/Inputs/spikes.py %t/event.csv --exact --only Top.one --only Top.two --only Top.many \
// RUN:   --only Top.custom --only Top.modulated --only Top.raised --only Top.listener --sort \
// RUN:   | FileCheck %s --check-prefixes=CHECK,EVENT
// RUN: %fluxc run %s -q --engine step --dt 0.1ms --time 10ms --record %t/step.csv
// RUN: %python %S/Inputs/spikes.py %t/step.csv --only Top.one --only Top.two --only Top.many \
// RUN:   --only Top.custom --only Top.modulated --only Top.raised --only Top.listener --sort \
// RUN:   | FileCheck %s --check-prefixes=CHECK,STEP

// CHECK:      Top.one[0] 3
// CHECK-NEXT: Top.two[0] 3
// CHECK-NEXT: Top.many[0] 3
// CHECK-NEXT: Top.custom[0] 3
// CHECK-NEXT: Top.modulated[0] 3
// CHECK-NEXT: Top.raised[0] 3
// EVENT-NEXT: Top.custom[0] 3.75
// STEP-NEXT:  Top.custom[0] 3.8
// CHECK-NEXT: Top.two[0] 4
// CHECK-NEXT: Top.many[0] 4
// CHECK-NEXT: Top.modulated[0] 4
// CHECK-NEXT: Top.raised[0] 4
// CHECK-NEXT: Top.listener[0] 4
// CHECK-NEXT: Top.custom[0] 4.5
// CHECK-NEXT: Top.many[0] 5
// CHECK-NEXT: Top.modulated[0] 5
// CHECK-NEXT: Top.listener[0] 5
// EVENT-NEXT: Top.custom[0] 5.25
// STEP-NEXT:  Top.custom[0] 5.3
// CHECK-NEXT: Top.listener[0] 6
// CHECK-NEXT: end: 18 spikes

import stdlib.neurons

neuron Steady extends Mlif {
  potentiation = 0 per ms
}

circuit Top {
  input kick : regular(rate = 1 Hz, phase = 2 ms)   // one spike in 10 ms
  input prime : regular(rate = 1 Hz, phase = 0 ms)  // modulation, arrives at 1 ms
  neuron one, two, many : Steady
  neuron custom : Steady { burst_max = 5; burst_gap = 0.75 ms }
  neuron modulated : Steady
  neuron raised : Steady { rest = 0.5 }
  neuron listener : Steady
  kick -> one : direct(w = 1.5)
  kick -> two : direct(w = 2.5)
  kick -> many : direct(w = 10)
  kick -> custom : direct(w = 4.2)
  prime -> modulated : modulator(w = 1.0)
  kick -> modulated : direct(w = 1.6)
  kick -> raised : direct(w = 1.2)
  many -> listener : electric(delay = 1 ms)
}
