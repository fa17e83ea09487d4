// Indices start at 0: `A[n]` is out of range, reported at the indexed endpoint with the population's size; so is an instance index past the array.
// RUN: not %fluxc --emit=network %s 2>&1 | FileCheck --strict-whitespace %s

import stdlib.neurons

circuit Column { population E[3] : Mlif }

circuit Top(n: int = 10) {
  population A[n] : Mlif
  instance C[2] : Column
  A[n] -> A[0] : direct(w = 0.1)
// CHECK:      {{^.*}}error-index-out-of-range.flux:[[@LINE-1]]:3: error: index 10 is out of range; this has 10 elements{{$}}
// CHECK-NEXT: {{^}}  A[n] -> A[0] : direct(w = 0.1){{$}}
// CHECK-NEXT: {{^}}  ^~~~{{$}}
  C[2].E -> A : direct(w = 0.1)
// CHECK-NEXT: {{^.*}}error-index-out-of-range.flux:[[@LINE-1]]:3: error: index 2 is out of range; this has 2 elements{{$}}
// CHECK-NEXT: {{^}}  C[2].E -> A : direct(w = 0.1){{$}}
// CHECK-NEXT: {{^}}  ^~~~{{$}}
}
// CHECK-NEXT: {{^}}2 errors generated.{{$}}
