// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s
// After a syntax error the parser recovers: three independent errors are all reported, in order.

neuron A {
  state v 0
// CHECK:      {{^.*}}three-independent-errors.flux:[[@LINE-1]]:11: error: unexpected number '0'; expected '=' or ':'{{$}}
// CHECK-NEXT: {{^}}  state v 0{{$}}
// CHECK-NEXT: {{^}}          ^{{$}}
}

neuron B {
  on pre { v = f(1, 2 }
// CHECK-NEXT: {{^.*}}three-independent-errors.flux:[[@LINE-1]]:23: error: expected ')' before '}'{{$}}
// CHECK-NEXT: {{^}}  on pre { v = f(1, 2 }{{$}}
// CHECK-NEXT: {{^}}                      ^{{$}}
}

circuit C {
  population E[10 : N
// CHECK-NEXT: {{^.*}}three-independent-errors.flux:[[@LINE-1]]:19: error: expected ']' before ':'{{$}}
// CHECK-NEXT: {{^}}  population E[10 : N{{$}}
// CHECK-NEXT: {{^}}                  ^{{$}}
// CHECK-NEXT: {{^}}3 errors generated.{{$}}
}
