// Within one population the rules make no self-connection by default: all_to_all gives n(n-1) pairs and fixed_indegree never picks the target itself.
// RUN: %fluxc --emit=network --full %s | FileCheck %s

import stdlib.neurons

circuit Top {
  population A[3] : Mlif
  A -> A : direct(w = 0.1) with all_to_all
  A -> A : direct(w = 0.2) with fixed_indegree(2)
}

// CHECK-LABEL: projection Top.A -> Top.A kind=direct rule=all_to_all synapses=6 weight=0.1
// CHECK-NEXT:    in-degree mean=2 min=2 max=2  out-degree mean=2 min=2 max=2
// CHECK-NEXT:    0 -> 1
// CHECK-NEXT:    0 -> 2
// CHECK-NEXT:    1 -> 0
// CHECK-NEXT:    1 -> 2
// CHECK-NEXT:    2 -> 0
// CHECK-NEXT:    2 -> 1
// With 2 of the 2 other neurons, fixed_indegree is forced to the same pairs.
// CHECK-LABEL: projection Top.A -> Top.A kind=direct rule=fixed_indegree(2) synapses=6 weight=0.2
// CHECK-NEXT:    in-degree mean=2 min=2 max=2  out-degree mean=2 min=2 max=2
// CHECK-NEXT:    0 -> 1
// CHECK-NEXT:    0 -> 2
// CHECK-NEXT:    1 -> 0
// CHECK-NEXT:    1 -> 2
// CHECK-NEXT:    2 -> 0
// CHECK-NEXT:    2 -> 1
