// A weight distribution with reversed bounds (low > high, here from a parameter) is an error at the call showing the evaluated arguments.
// RUN: not %fluxc --emit=network %s 2>&1 | FileCheck --strict-whitespace %s

import stdlib.neurons

circuit Top(lo: real = 0.3) {
  population P[4] : Mlif
  P -> P : direct(w = uniform(lo, 0.1))
// CHECK:      {{^.*}}weights-uniform-reversed-bounds.flux:[[@LINE-1]]:23: error: uniform(lo, hi) needs lo <= hi, got uniform(0.3, 0.1){{$}}
// CHECK-NEXT: {{^}}  P -> P : direct(w = uniform(lo, 0.1)){{$}}
// CHECK-NEXT: {{^}}                      ^~~~~~~~~~~~~~~~{{$}}
}
// CHECK-NEXT: {{^}}1 error generated.{{$}}
