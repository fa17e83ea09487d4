// Ports are aliases: a connection to an instance's in-port composes with the binding inside (the synapse given there), and an out-port's binding composes with the connection outside.
// RUN: %fluxc --emit=network --full %s | FileCheck %s

import stdlib.neurons

circuit Inner {
  in drive[2]
  out spikes
  population E[3] : Mlif
  drive[0] -> E[0 .. 2] : direct(w = 0.5)
  drive[1] -> E[2] : modulator(w = 0.25)
  E[1] -> spikes
}

circuit Top {
  population S[2] : Mlif
  population T[2] : Mlif
  instance m : Inner
  S -> m.drive with one_to_one
  m.spikes -> T : direct(w = 0.2, delay = 2 ms)
}

// S[0] reaches E[0] and E[1] through channel 0 (direct); S[1] reaches E[2] (index 0 of E[2 .. 3]) through channel 1 (modulator).
// CHECK-LABEL: projection Top.S -> Top.m.E[0 .. 2] kind=direct rule=one_to_one via ports synapses=2 weight=0.5 delay=1 ms
// CHECK-NEXT:    in-degree
// CHECK-NEXT:    0 -> 0
// CHECK-NEXT:    0 -> 1
// CHECK-LABEL: projection Top.S -> Top.m.E[2 .. 3] kind=modulator rule=one_to_one via ports synapses=1 weight=0.25 delay=1 ms
// CHECK-NEXT:    in-degree
// CHECK-NEXT:    1 -> 0
// E[1] is the only neuron bound to `spikes`: it reaches both T with the outer synapse.
// CHECK-LABEL: projection Top.m.E[1 .. 2] -> Top.T kind=direct rule=all_to_all via ports synapses=2 weight=0.2 delay=2 ms
// CHECK-NEXT:    in-degree
// CHECK-NEXT:    0 -> 0
// CHECK-NEXT:    0 -> 1
// CHECK-NOT:   projection
