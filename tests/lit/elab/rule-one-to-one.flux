// `one_to_one` connects source i to target i: n synapses, every in- and out-degree exactly 1.
// RUN: %fluxc --emit=network --full %s | FileCheck %s

import stdlib.neurons

circuit Top {
  population A[4] : Mlif
  population B[4] : Mlif
  A -> B : direct(w = 0.25) with one_to_one
}

// CHECK-LABEL: projection Top.A -> Top.B kind=direct rule=one_to_one synapses=4 weight=0.25 delay=1 ms
// CHECK-NEXT:    in-degree mean=1 min=1 max=1  out-degree mean=1 min=1 max=1  bytes=56
// CHECK-NEXT:    0 -> 0
// CHECK-NEXT:    1 -> 1
// CHECK-NEXT:    2 -> 2
// CHECK-NEXT:    3 -> 3
// CHECK-NOT:     ->
