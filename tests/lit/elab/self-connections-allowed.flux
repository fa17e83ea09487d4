// `allow_self = true` lets a rule connect a neuron to itself: all_to_all gives n * n, one_to_one (refused without it) gives i -> i.
// RUN: %fluxc --emit=network --full %s | FileCheck %s

import stdlib.neurons

circuit Top {
  population A[3] : Mlif
  A -> A : direct(w = 0.1) with all_to_all(allow_self = true)
  A -> A : electric with one_to_one(allow_self = true)
}

// CHECK-LABEL: projection Top.A -> Top.A kind=direct rule=all_to_all(allow_self = true) synapses=9
// CHECK-NEXT:    in-degree mean=3 min=3 max=3  out-degree mean=3 min=3 max=3
// CHECK-NEXT:    0 -> 0
// CHECK-NEXT:    0 -> 1
// CHECK-NEXT:    0 -> 2
// CHECK-NEXT:    1 -> 0
// CHECK-NEXT:    1 -> 1
// CHECK:         2 -> 2
// CHECK-LABEL: projection Top.A -> Top.A kind=electric rule=one_to_one(allow_self = true) synapses=3
// CHECK-NEXT:    in-degree mean=1 min=1 max=1
// CHECK-NEXT:    0 -> 0
// CHECK-NEXT:    1 -> 1
// CHECK-NEXT:    2 -> 2
