// `C.port` over an array of instances concatenates the port of every element: one_to_one from D[4] reaches column i's neurons from D[i], and `C.spikes -> R` merges all columns.
// RUN: %fluxc --emit=network --full %s | FileCheck %s

import stdlib.neurons

circuit Col {
  in thal
  out spikes
  population E[2] : Mlif
  thal -> E : direct(w = 0.4)
  E[0] -> spikes
}

circuit Sheet {
  instance C[3] : Col
  population D[3] : Mlif
  population R[1] : Mlif
  D -> C.thal with one_to_one
  C.spikes -> R : direct(w = 1.0)
}

// CHECK-LABEL: projection Sheet.D -> Sheet.C[0].E kind=direct rule=one_to_one via ports synapses=2 weight=0.4
// CHECK-NEXT:    in-degree
// CHECK-NEXT:    0 -> 0
// CHECK-NEXT:    0 -> 1
// CHECK-LABEL: projection Sheet.D -> Sheet.C[1].E kind=direct rule=one_to_one via ports synapses=2 weight=0.4
// CHECK-NEXT:    in-degree
// CHECK-NEXT:    1 -> 0
// CHECK-NEXT:    1 -> 1
// CHECK-LABEL: projection Sheet.D -> Sheet.C[2].E kind=direct rule=one_to_one via ports synapses=2 weight=0.4
// CHECK-NEXT:    in-degree
// CHECK-NEXT:    2 -> 0
// CHECK-NEXT:    2 -> 1
// CHECK-LABEL: projection Sheet.C[0].E[0 .. 1] -> Sheet.R kind=direct rule=all_to_all via ports synapses=1 weight=1
// CHECK-LABEL: projection Sheet.C[1].E[0 .. 1] -> Sheet.R kind=direct rule=all_to_all via ports synapses=1 weight=1
// CHECK-LABEL: projection Sheet.C[2].E[0 .. 1] -> Sheet.R kind=direct rule=all_to_all via ports synapses=1 weight=1
// CHECK-NOT:   projection
