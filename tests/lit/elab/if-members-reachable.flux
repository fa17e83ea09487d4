// A member declared in the branch an `if` takes is a member of the instance, reachable from
// outside (`c.E`).
// RUN: %fluxc --emit=network %s | FileCheck %s

import stdlib.neurons

circuit Col(big: bool = true) {
  if big { population E[8] : Mlif } else { population E[2] : Mlif }
}
circuit Top {
  instance c : Col
  neuron hub : Mlif
  c.E -> hub : direct(w = 0.1)
}
// CHECK: population Top.c.E kind=neurons size=8
// CHECK: projection Top.c.E -> Top.hub kind=direct rule=all_to_all synapses=8
