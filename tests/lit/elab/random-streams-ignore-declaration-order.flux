// Each connection's random draws are keyed by what it connects, not by when it is declared:
// swapping two random connections gives the same synapses (the dumps differ only in order).
// RUN: split-file %s %t
// RUN: %fluxc --emit=network --full %t/a.flux | sort > %t/a.txt
// RUN: %fluxc --emit=network --full %t/b.flux | sort > %t/b.txt
// RUN: diff %t/a.txt %t/b.txt
// RUN: %fluxc --emit=network --full %t/a.flux | FileCheck %s
// CHECK: projection Net.E -> Net.I kind=direct rule=probability(0.3)
// CHECK: projection Net.I -> Net.E kind=direct rule=fixed_indegree(4)

//--- a.flux
import stdlib.neurons
circuit Net {
  population E[40] : Mlif
  population I[10] : Mlif
  connect E -> I : direct(w = uniform(0.1, 0.3)) with probability(0.3)
  connect I -> E : direct(w = -0.5) with fixed_indegree(4)
}
//--- b.flux
import stdlib.neurons
circuit Net {
  population E[40] : Mlif
  population I[10] : Mlif
  connect I -> E : direct(w = -0.5) with fixed_indegree(4)
  connect E -> I : direct(w = uniform(0.1, 0.3)) with probability(0.3)
}
