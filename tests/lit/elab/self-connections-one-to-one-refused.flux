// `one_to_one` from a population to itself would only make self-connections: without allow_self it is an error saying so.
// RUN: not %fluxc --emit=network %s 2>&1 | FileCheck %s

import stdlib.neurons

circuit Top {
  population A[3] : Mlif
  A -> A : direct(w = 0.1) with one_to_one
// CHECK: self-connections-one-to-one-refused.flux:[[@LINE-1]]:33: error: one_to_one within one population connects every neuron to itself; allow self-connections or connect two populations
}
