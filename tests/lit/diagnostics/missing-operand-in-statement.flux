// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s
// In a block, a binary operator missing its right operand is reported as a missing expression.

neuron N {
  on pre { v = 1 + }
// CHECK:      {{^.*}}missing-operand-in-statement.flux:[[@LINE-1]]:20: error: unexpected '}'; expected an expression{{$}}
// CHECK-NEXT: {{^}}  on pre { v = 1 + }{{$}}
// CHECK-NEXT: {{^}}                   ^{{$}}
// CHECK-NEXT: {{^}}1 error generated.{{$}}
}
