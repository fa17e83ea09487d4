// A slice `E[a .. b]` is half-open (b - a neurons), prints as a range of the population, and indexes the synapse list from the slice's start.
// RUN: %fluxc --emit=network --full %s | FileCheck %s

import stdlib.neurons

circuit Top(n: int = 20) {
  population E[n] : Mlif
  population I[5] : Mlif
  E[0 .. 10] -> I : direct(w = 0.1)
  I -> E[n - 2 .. n] : direct(w = -0.5) with all_to_all
  E[3] -> I[4] : direct(w = 0.9)
}

// CHECK-LABEL: projection Top.E[0 .. 10] -> Top.I kind=direct rule=all_to_all synapses=50 weight=0.1
// CHECK-NEXT:    in-degree mean=10 min=10 max=10  out-degree mean=5 min=5 max=5
// CHECK-LABEL: projection Top.I -> Top.E[18 .. 20] kind=direct rule=all_to_all synapses=10 weight=-0.5
// CHECK-NEXT:    in-degree mean=5 min=5 max=5  out-degree mean=2 min=2 max=2
// CHECK-LABEL: projection Top.E[3 .. 4] -> Top.I[4 .. 5] kind=direct rule=all_to_all synapses=1 weight=0.9
// CHECK-NEXT:    in-degree mean=1 min=1 max=1  out-degree mean=1 min=1 max=1
// CHECK-NEXT:    0 -> 0
