// The memory limit applies to the whole network: two connections that each fit but together exceed --max-memory are refused at the second.
// RUN: not %fluxc --emit=network --max-memory 0.01 %s 2>&1 | FileCheck %s

import stdlib.neurons

circuit Top {
  population A[1000] : Mlif
  A -> A : direct(w = 0.1) with fixed_indegree(700)
  A -> A : direct(w = 0.1) with fixed_indegree(700)
// CHECK: error-max-memory-total.flux:[[@LINE-1]]:33: error: this connection would make about 700000 synapses (5 MiB); with it the network needs more than the limit of 10 MiB
}
// CHECK-NOT: error:
