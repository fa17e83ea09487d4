// An invalid per-neuron distribution is one error at the override; nothing follows from the stdlib model that uses the parameter.
// RUN: not %fluxc --emit=network %s 2>&1 | FileCheck --strict-whitespace %s

import stdlib.neurons

circuit Top {
  population P[4] : Mlif { threshold = uniform(1.5, 0.5) }
// CHECK:      {{^.*}}per-neuron-distribution-invalid.flux:[[@LINE-1]]:40: error: uniform(lo, hi) needs lo <= hi, got uniform(1.5, 0.5){{$}}
}
// CHECK-NOT:  neurons.flux
// CHECK:      {{^}}1 error generated.{{$}}
