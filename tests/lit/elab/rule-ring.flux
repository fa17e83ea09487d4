// `ring(k)` joins each neuron to its k nearest neighbours on each side, modulo n: exactly the pairs listed.
// RUN: %fluxc --emit=network --full %s | FileCheck %s

import stdlib.neurons

circuit Top {
  population A[5] : Mlif
  A -> A : direct(w = 0.1) with ring(1)
}

// CHECK-LABEL: projection Top.A -> Top.A kind=direct rule=ring(1) synapses=10 weight=0.1 delay=1 ms
// CHECK-NEXT:    in-degree mean=2 min=2 max=2  out-degree mean=2 min=2 max=2
// CHECK-NEXT:    0 -> 1
// CHECK-NEXT:    0 -> 4
// CHECK-NEXT:    1 -> 0
// CHECK-NEXT:    1 -> 2
// CHECK-NEXT:    2 -> 1
// CHECK-NEXT:    2 -> 3
// CHECK-NEXT:    3 -> 2
// CHECK-NEXT:    3 -> 4
// CHECK-NEXT:    4 -> 0
// CHECK-NEXT:    4 -> 3
// CHECK-NOT:     ->
