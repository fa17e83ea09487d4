// `probability(p)`: p = 0 makes no synapse, p = 1 makes every pair (but self-connections within one population), and p in between makes a number in between.
// RUN: %fluxc --emit=network %s | FileCheck %s

import stdlib.neurons

circuit Top {
  population A[30] : Mlif
  population B[20] : Mlif
  A -> B : direct(w = 0.1) with probability(0.0)
  A -> B : direct(w = 0.1) with probability(1.0)
  A -> A : direct(w = 0.1) with probability(p = 1.0)
  A -> B : direct(w = 0.1) with probability(0.5)
}

// CHECK-LABEL: projection Top.A -> Top.B kind=direct rule=probability(0.0) synapses=0
// CHECK-LABEL: projection Top.A -> Top.B kind=direct rule=probability(1.0) synapses=600
// CHECK-NEXT:    in-degree mean=30 min=30 max=30  out-degree mean=20 min=20 max=20
// CHECK-LABEL: projection Top.A -> Top.A kind=direct rule=probability(1.0) synapses=870
// CHECK-NEXT:    in-degree mean=29 min=29 max=29  out-degree mean=29 min=29 max=29
// Half of 600 pairs: far from 0 and from 600 for any seed.
// CHECK-LABEL: projection Top.A -> Top.B kind=direct rule=probability(0.5) synapses={{2[3-9][0-9]|3[0-6][0-9]}} weight
