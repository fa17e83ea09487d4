// A synapse model transmits through the input its `kind` parameter names: its default, or
// the value a connection gives.
// RUN: %fluxc check --emit=network --top=Top %s | FileCheck %s
// RUN: not %fluxc check --emit=network --top=Bad %s 2>&1 | FileCheck %s --check-prefix=BAD
import stdlib.neurons
import stdlib.synapses

circuit Top {
  neuron a, b, c : Mlif
  // CHECK: projection Top.a -> Top.b kind=model model=Capacity as=direct
  a -> b : Capacity(w = 0.5)
  // CHECK: projection Top.a -> Top.c kind=model model=Capacity as=modulator
  a -> c : Capacity(w = 0.5, kind = "modulator")
}

circuit Bad {
  neuron a, b : Mlif
  // BAD: [[@LINE+1]]:37: error: a synapse's kind is "direct", "modulator" or "electric", got "chemical"
  a -> b : Capacity(w = 0.5, kind = "chemical")
}
