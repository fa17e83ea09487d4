// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s
// A token that cannot start an expression where one is required.

neuron N {
  state v = ]
// CHECK:      {{^.*}}unexpected-token-expression.flux:[[@LINE-1]]:13: error: unexpected ']'; expected an expression{{$}}
// CHECK-NEXT: {{^}}  state v = ]{{$}}
// CHECK-NEXT: {{^}}            ^{{$}}
// CHECK-NEXT: {{^}}1 error generated.{{$}}
}
