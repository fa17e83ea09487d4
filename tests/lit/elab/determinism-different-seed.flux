// A different seed gives a different network: the synapse lists of random rules (not only the header) change.
// RUN: %fluxc --emit=network --full --seed 1 %s | tail -n +2 > %t.1
// RUN: %fluxc --emit=network --full --seed 2 %s | tail -n +2 > %t.2
// RUN: not diff %t.1 %t.2
// The deterministic projection is the same under both seeds.
// RUN: grep -A 12 "rule=one_to_one" %t.1 > %t.o1
// RUN: grep -A 12 "rule=one_to_one" %t.2 > %t.o2
// RUN: diff %t.o1 %t.o2

import stdlib.neurons

circuit Top {
  population E[30] : Mlif
  population I[10] : Mlif
  E -> I : direct(w = 0.1) with fixed_indegree(4)
  I -> I[0 .. 10] : direct(w = 0.2) with one_to_one(allow_self = true)
}
