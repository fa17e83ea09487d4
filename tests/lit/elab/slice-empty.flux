// An empty slice (`E[0 .. 0]`, `E[n .. n]`) connects nothing and is no error: no projection is made for it.
// RUN: %fluxc --emit=network %s 2>&1 | FileCheck %s

import stdlib.neurons

circuit Top(n: int = 6) {
  population E[n] : Mlif
  E[0 .. 0] -> E : direct(w = 0.1)
  E -> E[n .. n] : direct(w = 0.1) with fixed_indegree(3)
  E[0 .. 1] -> E[1 .. 2] : direct(w = 0.7)
}

// CHECK:      network Top seed=1
// CHECK-NEXT:   neurons=6 populations=1 projections=1 synapses=1
// CHECK-NEXT: population Top.E kind=neurons size=6 first=0 model=Mlif
// CHECK-NEXT: projection Top.E[0 .. 1] -> Top.E[1 .. 2] kind=direct rule=all_to_all synapses=1 weight=0.7
// CHECK-NOT:  error
