// `fixed_indegree(k)` gives every target exactly k distinct sources: in-degree min = max = k, k * nPost synapses.
// RUN: %fluxc --emit=network %s | FileCheck %s
// RUN: %fluxc --emit=network --seed 99 %s | FileCheck %s

import stdlib.neurons

circuit Top {
  population A[50] : Mlif
  population B[20] : Mlif
  A -> B : direct(w = 0.1) with fixed_indegree(7)
  A -> A : direct(w = 0.1) with fixed_indegree(k = 49)
}

// CHECK-LABEL: projection Top.A -> Top.B kind=direct rule=fixed_indegree(7) synapses=140 weight=0.1 delay=1 ms
// CHECK-NEXT:    in-degree mean=7 min=7 max=7  out-degree mean=2.8 min=
// Within one population there are only 49 other neurons: k = 49 takes all of them.
// CHECK-LABEL: projection Top.A -> Top.A kind=direct rule=fixed_indegree(49) synapses=2450 weight=0.1 delay=1 ms
// CHECK-NEXT:    in-degree mean=49 min=49 max=49  out-degree mean=49 min=49 max=49
