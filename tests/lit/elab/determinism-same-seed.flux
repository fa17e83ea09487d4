// The network is a pure function of the source and the seed: two runs with the same seed give byte-identical --emit=network --full output, random rules and draws included.
// RUN: %fluxc --emit=network --full --seed 42 %s > %t.1
// RUN: %fluxc --emit=network --full --seed 42 %s > %t.2
// RUN: diff %t.1 %t.2
// RUN: FileCheck %s < %t.1

import stdlib.neurons

circuit Top {
  population E[40] : Mlif { threshold = normal(1.0, 0.1) }
  population I[10] : Mlif
  E -> I : direct(w = uniform(0.1, 0.3)) with probability(0.2)
  I -> E : direct(w = -0.5) with fixed_indegree(3)
  E -> E : direct(w = 0.05) with small_world(k = 4, p = 0.2)
}

// CHECK: network Top seed=42
// CHECK: rule=probability(0.2)
// CHECK: rule=fixed_indegree(3)
// CHECK: rule=small_world(4, 0.2)
