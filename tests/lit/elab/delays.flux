// A synapse's delay is converted to ms (1.5 s is 1500 ms); without one it is 1 ms; a synapse model's delay parameter is taken from its argument.
// RUN: %fluxc --emit=network %s | FileCheck %s

import stdlib.neurons
import stdlib.synapses

circuit Top {
  population A[2] : Mlif
  population B[2] : Mlif
  A -> B : direct(w = 0.1, delay = 2.5 ms) with one_to_one
  A -> B : modulator(0.2, 1.5 s) with one_to_one
  A -> B : electric with one_to_one
  A -> B : Static(w = 0.3, delay = 250 us) with one_to_one
}

// CHECK-LABEL: projection Top.A -> Top.B kind=direct rule=one_to_one synapses=2 weight=0.1 delay=2.5 ms
// CHECK-LABEL: projection Top.A -> Top.B kind=modulator rule=one_to_one synapses=2 weight=0.2 delay=1500 ms
// CHECK-LABEL: projection Top.A -> Top.B kind=electric rule=one_to_one synapses=2 weight=0 delay=1 ms
// CHECK-LABEL: projection Top.A -> Top.B kind=model model=Static as=direct rule=one_to_one synapses=2 weight=0.3 delay=0.25 ms
