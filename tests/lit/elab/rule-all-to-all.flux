// `all_to_all`, and a connection with no rule (its default), connect every source to every target of another population: nPre * nPost synapses.
// RUN: %fluxc --emit=network %s | FileCheck %s

import stdlib.neurons

circuit Top {
  population A[6] : Mlif
  population B[4] : Mlif
  A -> B : direct(w = 0.1) with all_to_all
  B -> A : direct(w = -0.2)
}

// CHECK-LABEL: projection Top.A -> Top.B kind=direct rule=all_to_all synapses=24 weight=0.1 delay=1 ms
// CHECK-NEXT:    in-degree mean=6 min=6 max=6  out-degree mean=4 min=4 max=4
// CHECK-LABEL: projection Top.B -> Top.A kind=direct rule=all_to_all synapses=24 weight=-0.2 delay=1 ms
// CHECK-NEXT:    in-degree mean=4 min=4 max=4  out-degree mean=6 min=6 max=6
