// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s
// 2^53 + 1 is the smallest integer a double cannot hold exactly, so it must be refused.

let first_inexact = 9007199254740993
// CHECK:      {{^.*}}integer-just-above-two-pow-53.flux:[[@LINE-1]]:21: error: integer '9007199254740993' is too large to be exact; the largest is 2^53 (9007199254740992); write it as a real number such as '1e16'{{$}}
// CHECK-NEXT: {{^}}let first_inexact = 9007199254740993{{$}}
// CHECK-NEXT: {{^}}                    ^~~~~~~~~~~~~~~~{{$}}
// CHECK-NEXT: {{^}}1 error generated.{{$}}
