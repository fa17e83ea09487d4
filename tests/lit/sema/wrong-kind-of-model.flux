// A synapse model where a neuron model is expected (and the reverse) is an error naming what was expected.
// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s

import stdlib.neurons
import stdlib.synapses

circuit Top {
  population E[10] : Static
// CHECK:      {{^.*}}wrong-kind-of-model.flux:[[@LINE-1]]:22: error: 'Static' is not a neuron model{{$}}
  E -> E : Mlif(w = 0.1)
// CHECK:      {{^.*}}wrong-kind-of-model.flux:[[@LINE-1]]:12: error: 'Mlif' is not a synapse model{{$}}
}
