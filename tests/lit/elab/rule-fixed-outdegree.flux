// `fixed_outdegree(k)` gives every source exactly k distinct targets: out-degree min = max = k, k * nPre synapses.
// RUN: %fluxc --emit=network %s | FileCheck %s
// RUN: %fluxc --emit=network --seed 12345 %s | FileCheck %s

import stdlib.neurons

circuit Top {
  population A[25] : Mlif
  population B[40] : Mlif
  A -> B : direct(w = 0.1) with fixed_outdegree(k = 6)
}

// CHECK-LABEL: projection Top.A -> Top.B kind=direct rule=fixed_outdegree(6) synapses=150 weight=0.1 delay=1 ms
// CHECK-NEXT:    in-degree mean=3.75 min={{[0-9]+}} max={{[0-9]+}}  out-degree mean=6 min=6 max=6
