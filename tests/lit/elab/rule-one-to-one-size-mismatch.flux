// `one_to_one` between populations of different sizes is an error at the rule giving both sizes.
// RUN: not %fluxc --emit=network %s 2>&1 | FileCheck --strict-whitespace %s

import stdlib.neurons

circuit Top {
  population A[4] : Mlif
  population B[5] : Mlif
  A -> B : direct(w = 0.25) with one_to_one
// CHECK:      {{^.*}}rule-one-to-one-size-mismatch.flux:[[@LINE-1]]:34: error: one_to_one needs populations of the same size, got 4 sources and 5 targets{{$}}
// CHECK-NEXT: {{^}}  A -> B : direct(w = 0.25) with one_to_one{{$}}
// CHECK-NEXT: {{^}}                                 ^~~~~~~~~~{{$}}
}
