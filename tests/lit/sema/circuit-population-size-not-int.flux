// A population size must be an int: `n * 0.8` is a real, and the error suggests round(), floor() or ceil().
// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s

import stdlib.neurons

circuit Column(n: int = 100) {
  population E[round(n * 0.8)] : Mlif
  population I[n * 0.2] : Mlif
// CHECK:      {{^.*}}circuit-population-size-not-int.flux:[[@LINE-1]]:16: error: a population size expects an int, got a dimensionless value; use round(), floor() or ceil() to get a whole number{{$}}
// CHECK-NEXT: {{^}}  population I[n * 0.2] : Mlif{{$}}
// CHECK-NEXT: {{^}}               ^~~~~~~{{$}}
}
// CHECK-NEXT: {{^}}1 error generated.{{$}}
