// Populations, single neurons and arrays of instances get hierarchical names (Top.C[1].E), their sizes, and consecutive first indices in declaration order, depth first.
// RUN: %fluxc --emit=network %s | FileCheck %s

import stdlib.neurons

circuit Column(n: int = 10) {
  population E[round(n * 0.8)] : Mlif
  population I[n - round(n * 0.8)] : FastMlif
}

circuit Top {
  neuron a, b : Mlif
  instance C[3] : Column(n = 20)
  instance solo : Column
  population tail[7] : Mlif
}

// CHECK:       network Top seed=1
// CHECK-NEXT:    neurons=79 populations=11 projections=0 synapses=0
// CHECK-NEXT:  population Top.a kind=neurons size=1 first=0 model=Mlif
// CHECK-NEXT:  population Top.b kind=neurons size=1 first=1 model=Mlif
// CHECK-NEXT:  population Top.C[0].E kind=neurons size=16 first=2 model=Mlif
// CHECK-NEXT:  population Top.C[0].I kind=neurons size=4 first=18 model=FastMlif
// CHECK-NEXT:  population Top.C[1].E kind=neurons size=16 first=22 model=Mlif
// CHECK-NEXT:  population Top.C[1].I kind=neurons size=4 first=38 model=FastMlif
// CHECK-NEXT:  population Top.C[2].E kind=neurons size=16 first=42 model=Mlif
// CHECK-NEXT:  population Top.C[2].I kind=neurons size=4 first=58 model=FastMlif
// CHECK-NEXT:  population Top.solo.E kind=neurons size=8 first=62 model=Mlif
// CHECK-NEXT:  population Top.solo.I kind=neurons size=2 first=70 model=FastMlif
// CHECK-NEXT:  population Top.tail kind=neurons size=7 first=72 model=Mlif
