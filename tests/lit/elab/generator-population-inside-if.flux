// A population declared inside an `if` generator exists when the condition holds (docs/language.md: "Any circuit member may appear inside, including ... populations and instances").
// RUN: %fluxc --emit=network %s | FileCheck %s

import stdlib.neurons

circuit Top(extra: bool = true) {
  population E[4] : Mlif
  if extra {
    population X[2] : Mlif
    X -> E : direct(w = 0.1)
  }
}

// CHECK: population Top.X kind=neurons size=2
// CHECK: projection Top.X -> Top.E kind=direct rule=all_to_all synapses=8
