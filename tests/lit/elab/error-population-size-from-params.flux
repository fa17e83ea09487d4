// A population size computed from parameters must come out positive: zero and negative sizes are errors at the size, with the value.
// RUN: not %fluxc --emit=network %s 2>&1 | FileCheck --strict-whitespace %s

import stdlib.neurons

circuit Column(n: int = 10, m: int = 4) {
  population A[n - 2 * m - 2] : Mlif
// CHECK:      {{^.*}}error-population-size-from-params.flux:[[@LINE-1]]:16: error: a population size must be a positive whole number, got 0{{$}}
// CHECK-NEXT: {{^}}  population A[n - 2 * m - 2] : Mlif{{$}}
// CHECK-NEXT: {{^}}               ^~~~~~~~~~~~~{{$}}
  population B[n - 3 * m] : Mlif
// CHECK-NEXT: {{^.*}}error-population-size-from-params.flux:[[@LINE-1]]:16: error: a population size must be a positive whole number, got -2{{$}}
// CHECK-NEXT: {{^}}  population B[n - 3 * m] : Mlif{{$}}
// CHECK-NEXT: {{^}}               ^~~~~~~~~{{$}}
}
// CHECK-NEXT: {{^}}2 errors generated.{{$}}
