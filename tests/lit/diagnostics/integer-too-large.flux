// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s
// Integers above 2^53 (separators allowed) are refused as inexact; 2^53 and reals are accepted.

let limit = 9007199254740992
let over = 9_007_199_254_740_994
// CHECK:      {{^.*}}integer-too-large.flux:[[@LINE-1]]:12: error: integer '9_007_199_254_740_994' is too large to be exact; the largest is 2^53 (9007199254740992); write it as a real number such as '1e16'{{$}}
// CHECK-NEXT: {{^}}let over = 9_007_199_254_740_994{{$}}
// CHECK-NEXT: {{^}}           ^~~~~~~~~~~~~~~~~~~~~{{$}}
let real = 9007199254740994.0
// CHECK-NEXT: {{^}}1 error generated.{{$}}
