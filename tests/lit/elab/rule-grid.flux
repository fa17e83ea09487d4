// `grid(w, h, radius)` on a 5 x 4 grid with radius 1 between two populations: each cell to itself and its 2 to 4 lattice neighbours, 82 synapses; within one population the self-pairs are dropped (62).
// RUN: %fluxc --emit=network %s | FileCheck %s

import stdlib.neurons

circuit Top {
  population A[20] : Mlif
  population B[20] : Mlif
  A -> B : direct(w = 0.1) with grid(w = 5, h = 4, radius = 1)
  A -> A : direct(w = 0.1) with grid(5, 4, 1.5)
}

// CHECK-LABEL: projection Top.A -> Top.B kind=direct rule=grid(5, 4, 1) synapses=82 weight=0.1 delay=1 ms
// CHECK-NEXT:    in-degree mean=4.1 min=3 max=5  out-degree mean=4.1 min=3 max=5
// Radius 1.5 adds the diagonals: 3 to 8 neighbours, no self-pairs.
// CHECK-LABEL: projection Top.A -> Top.A kind=direct rule=grid(5, 4, 1.5) synapses=110 weight=0.1 delay=1 ms
// CHECK-NEXT:    in-degree mean=5.5 min=3 max=8  out-degree mean=5.5 min=3 max=8
