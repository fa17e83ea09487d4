// Self-connections are excluded whenever source and target are the same neuron, also when the endpoints are different slices of one population.
// RUN: %fluxc --emit=network --full %s | FileCheck %s

import stdlib.neurons

circuit Top {
  population E[4] : Mlif
  E -> E[0 .. 2] : direct(w = 0.1)
}

// CHECK-LABEL: projection Top.E -> Top.E[0 .. 2] kind=direct rule=all_to_all synapses=6
// CHECK-NEXT:    in-degree mean=3 min=3 max=3
// CHECK-NEXT:    0 -> 1
// CHECK-NEXT:    1 -> 0
// CHECK-NEXT:    2 -> 0
// CHECK-NEXT:    2 -> 1
// CHECK-NEXT:    3 -> 0
// CHECK-NEXT:    3 -> 1
