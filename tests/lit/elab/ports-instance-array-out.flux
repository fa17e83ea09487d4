// `C.spikes` over an array of instances is one channel per element, in order: one_to_one sends column i's bound neuron to R[i]; `C[2].spikes` is that column's alone.
// RUN: %fluxc --emit=network --full %s | FileCheck %s

import stdlib.neurons

circuit Col {
  out spikes
  population E[2] : Mlif
  E[1] -> spikes
}

circuit Sheet {
  instance C[3] : Col
  population R[3] : Mlif
  C.spikes -> R : direct(w = 1.0) with one_to_one
  C[2].spikes -> R[0] : direct(w = 2.0)
}

// CHECK-LABEL: projection Sheet.C[0].E[1 .. 2] -> Sheet.R kind=direct rule=one_to_one via ports synapses=1 weight=1
// CHECK:         0 -> 0
// CHECK-LABEL: projection Sheet.C[1].E[1 .. 2] -> Sheet.R kind=direct rule=one_to_one via ports synapses=1 weight=1
// CHECK:         0 -> 1
// CHECK-LABEL: projection Sheet.C[2].E[1 .. 2] -> Sheet.R kind=direct rule=one_to_one via ports synapses=1 weight=1
// CHECK:         0 -> 2
// CHECK-LABEL: projection Sheet.C[2].E[1 .. 2] -> Sheet.R[0 .. 1] kind=direct rule=all_to_all via ports synapses=1 weight=2
// CHECK:         0 -> 0
