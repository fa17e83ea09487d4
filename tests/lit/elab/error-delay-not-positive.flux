// A synaptic delay must be positive: zero and negative delays are errors at the value.
// RUN: not %fluxc --emit=network %s 2>&1 | FileCheck --strict-whitespace %s

import stdlib.neurons

circuit Top {
  population A[2] : Mlif
  A -> A : direct(w = 0.1, delay = 0 ms)
// CHECK:      {{^.*}}error-delay-not-positive.flux:[[@LINE-1]]:36: error: a synaptic delay must be positive, got 0.0 ms{{$}}
// CHECK-NEXT: {{^}}  A -> A : direct(w = 0.1, delay = 0 ms){{$}}
// CHECK-NEXT: {{^}}                                   ^~~~{{$}}
  A -> A : modulator(w = 0.1, delay = -1 ms)
// CHECK-NEXT: {{^.*}}error-delay-not-positive.flux:[[@LINE-1]]:39: error: a synaptic delay must be positive, got -1.0 ms{{$}}
// CHECK-NEXT: {{^}}  A -> A : modulator(w = 0.1, delay = -1 ms){{$}}
// CHECK-NEXT: {{^}}                                      ^~~~~{{$}}
}
// CHECK-NEXT: {{^}}2 errors generated.{{$}}
