// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s
// A binary operator missing its right operand is reported at the next token, as a missing expression.
// e.g. "unexpected '+'; expected a declaration" or "unexpected '+'; expected ')'".

let x = 1 + * 2
// CHECK:      {{^.*}}missing-operand-location.flux:[[@LINE-1]]:13: error: unexpected '*'; expected an expression{{$}}
// CHECK-NEXT: {{^}}let x = 1 + * 2{{$}}
// CHECK-NEXT: {{^}}            ^{{$}}
let y = (1 + )
// CHECK-NEXT: {{^.*}}missing-operand-location.flux:[[@LINE-1]]:14: error: unexpected ')'; expected an expression{{$}}
// CHECK-NEXT: {{^}}let y = (1 + ){{$}}
// CHECK-NEXT: {{^}}             ^{{$}}
// CHECK-NEXT: {{^}}2 errors generated.{{$}}
