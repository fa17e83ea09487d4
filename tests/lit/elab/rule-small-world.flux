// `small_world(k, p)` keeps N * k / 2 undirected links, each two synapses: N * k synapses, mean degree k, symmetric; with p = 0 it is the ring lattice (every degree exactly k).
// RUN: %fluxc --emit=network %s | FileCheck %s
// RUN: %fluxc --emit=network --seed 7 %s | FileCheck %s

import stdlib.neurons

circuit Top {
  population A[30] : Mlif
  population B[30] : Mlif
  A -> A : direct(w = 0.1) with small_world(k = 6, p = 0.3)
  B -> B : direct(w = 0.1) with small_world(k = 4, p = 0.0)
}

// CHECK-LABEL: projection Top.A -> Top.A kind=direct rule=small_world(6, 0.3) synapses=180 weight=0.1 delay=1 ms
// CHECK-NEXT:    in-degree mean=6 min=[[MIN:[0-9]+]] max=[[MAX:[0-9]+]]  out-degree mean=6 min=[[MIN]] max=[[MAX]]
// CHECK-LABEL: projection Top.B -> Top.B kind=direct rule=small_world(4, 0.0) synapses=120 weight=0.1 delay=1 ms
// CHECK-NEXT:    in-degree mean=4 min=4 max=4  out-degree mean=4 min=4 max=4
