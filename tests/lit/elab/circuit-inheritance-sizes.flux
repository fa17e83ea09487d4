// A derived circuit that overrides a parameter gets every inherited member sized by the new value, plus its own members; the base keeps its sizes.
// RUN: %fluxc --emit=network %s | FileCheck --check-prefix=BIG %s
// RUN: %fluxc --emit=network --top Cortex %s | FileCheck --check-prefix=BASE %s

import stdlib.neurons

circuit Cortex(columns: int = 4) {
  let n_e = columns * 8
  population E[n_e] : Mlif
  population I[columns * 2] : Mlif
  E -> I : direct(w = 0.1) with fixed_indegree(3)
}

circuit BigCortex extends Cortex {
  columns = 10
  population extra[columns] : Mlif
  extra -> E[0 .. columns] : direct(w = 0.2) with one_to_one
}

// BIG:       network BigCortex seed=1
// BIG-NEXT:    neurons=110 populations=3 projections=2
// BIG-NEXT:  population BigCortex.E kind=neurons size=80 first=0 model=Mlif
// BIG-NEXT:  population BigCortex.I kind=neurons size=20 first=80 model=Mlif
// BIG-NEXT:  population BigCortex.extra kind=neurons size=10 first=100 model=Mlif
// BIG-NEXT:  projection BigCortex.E -> BigCortex.I kind=direct rule=fixed_indegree(3) synapses=60
// BIG:       projection BigCortex.extra -> BigCortex.E[0 .. 10] kind=direct rule=one_to_one synapses=10

// BASE:      network Cortex seed=1
// BASE-NEXT:   neurons=40 populations=2 projections=1
// BASE-NEXT: population Cortex.E kind=neurons size=32 first=0 model=Mlif
// BASE-NEXT: population Cortex.I kind=neurons size=8 first=32 model=Mlif
// BASE-NEXT: projection Cortex.E -> Cortex.I kind=direct rule=fixed_indegree(3) synapses=24
