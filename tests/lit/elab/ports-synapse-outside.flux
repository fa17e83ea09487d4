// A port binding without a synapse inside takes the synapse from the connection outside (its kind, weight and delay).
// RUN: %fluxc --emit=network %s | FileCheck %s

import stdlib.neurons

circuit Inner {
  in drive
  population E[2] : Mlif
  drive -> E
}

circuit Top {
  population S[2] : Mlif
  instance m : Inner
  S -> m.drive : modulator(w = 0.1, delay = 3 ms)
}

// CHECK:      projections=1 synapses=4
// CHECK-LABEL: projection Top.S -> Top.m.E kind=modulator rule=all_to_all via ports synapses=4 weight=0.1 delay=3 ms
