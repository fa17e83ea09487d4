// A slice must lie within its population: `A[5 .. 12]` of 10 neurons is an error at the slice, showing the evaluated bounds.
// RUN: not %fluxc --emit=network %s 2>&1 | FileCheck --strict-whitespace %s

import stdlib.neurons

circuit Top(n: int = 10) {
  population A[n] : Mlif
  A[5 .. n + 2] -> A : direct(w = 0.1)
// CHECK:      {{^.*}}error-slice-out-of-range.flux:[[@LINE-1]]:3: error: slice [5 .. 12] is out of range; this has 10 elements{{$}}
// CHECK-NEXT: {{^}}  A[5 .. n + 2] -> A : direct(w = 0.1){{$}}
// CHECK-NEXT: {{^}}  ^~~~~~~~~~~~~{{$}}
}
// CHECK-NEXT: {{^}}1 error generated.{{$}}
