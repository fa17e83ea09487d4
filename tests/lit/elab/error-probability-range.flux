// A connection probability outside [0, 1] is an error at the argument, with its value (also when computed from parameters).
// RUN: not %fluxc --emit=network %s 2>&1 | FileCheck --strict-whitespace %s

import stdlib.neurons

circuit Top(p: real = 0.625) {
  population A[10] : Mlif
  A -> A : direct(w = 0.1) with probability(1.5)
// CHECK:      {{^.*}}error-probability-range.flux:[[@LINE-1]]:45: error: a probability must be between 0 and 1, got 1.5{{$}}
// CHECK-NEXT: {{^}}  A -> A : direct(w = 0.1) with probability(1.5){{$}}
// CHECK-NEXT: {{^}}                                            ^~~{{$}}
  A -> A : direct(w = 0.1) with probability(-2 * p)
// CHECK-NEXT: {{^.*}}error-probability-range.flux:[[@LINE-1]]:45: error: a probability must be between 0 and 1, got -1.25{{$}}
// CHECK-NEXT: {{^}}  A -> A : direct(w = 0.1) with probability(-2 * p){{$}}
// CHECK-NEXT: {{^}}                                            ^~~~~~{{$}}
}
// CHECK-NEXT: {{^}}2 errors generated.{{$}}
