// A step-engine checkpoint taken in the middle of bursts (docs/checkpoints.md): the burst
// state of each neuron (origin, count, gap, next spike) is saved and restored, so a run of
// 12 ms records the same spikes, byte for byte, as a run of 5.25 ms that saves a checkpoint
// followed by a run that restores it and goes on for 6.75 ms. At 5.25 ms (step 53):
//   long     a burst of 6, 1 ms apart, from 3 ms: spikes 4 and 5 are done, 6, 7, 8 to come;
//   dense    a burst of 20, 0.25 ms apart, from 3 ms: its spike 9 is due at step 53 itself;
//   renewed  a burst of 4, 1.5 ms apart, from 3 ms (4.5, 6, 7.5), replaced at 5 ms by a burst
//            of 3: 6.5 and 8 to come, the old 6 and 7.5 gone;
// and `listener` fires 2 ms after each spike of `long`, so deliveries are in flight too.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %fluxc run %s -q --engine step --time 12ms --record %t/full.csv
// RUN: %fluxc run %s -q --engine step --time 5.25ms --save-checkpoint %t/step.ckpt
// RUN: %fluxc run %s -q --engine step --time 6.75ms --restore-checkpoint %t/step.ckpt \
// RUN:   --record %t/rest.csv
// RUN: awk -F, 'NR == 1 || $1 >= 5.25' %t/full.csv > %t/after.csv
// RUN: diff %t/after.csv %t/rest.csv
// RUN: %python %S/../model/Inputs/spikes.py %t/rest.csv --only Top.long --only Top.renewed \
// RUN:   --only Top.listener | FileCheck %s

// CHECK:      Top.long[0] 6
// CHECK-NEXT: Top.listener[0] 6
// CHECK-NEXT: Top.renewed[0] 6.5
// CHECK-NEXT: Top.long[0] 7
// CHECK-NEXT: Top.listener[0] 7
// CHECK-NEXT: Top.long[0] 8
// CHECK-NEXT: Top.renewed[0] 8
// CHECK-NEXT: Top.listener[0] 8
// CHECK-NEXT: Top.listener[0] 9
// CHECK-NEXT: Top.listener[0] 10
// CHECK-NEXT: end: 10 spikes

/// Fires when v reaches 1, with a burst of floor(v) spikes `gap` apart.
neuron Burster {
  param gap = 1 ms
  state v = 0.0
  on direct(w) {
    v += w
  }
  fire when v >= 1.0
  on fire {
    burst(count = v, gap = gap)
    v = 0.0
    refractory for 0.5 ms
  }
}

circuit Top {
  input kick : regular(rate = 1 Hz, phase = 2 ms)
  input again : regular(rate = 1 Hz, phase = 4 ms)
  neuron long : Burster
  neuron dense : Burster { gap = 0.25 ms }
  neuron renewed : Burster { gap = 1.5 ms }
  neuron listener : Burster
  kick -> long : direct(w = 6)
  kick -> dense : direct(w = 20)
  kick -> renewed : direct(w = 4)
  again -> renewed : direct(w = 3.5)
  long -> listener : direct(w = 1, delay = 2 ms)
}
