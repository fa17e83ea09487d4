// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s
// A token that cannot start a circuit member is reported with the members that can.

circuit C {
  population E[10] : N
  param p = 1
// CHECK:      {{^.*}}unexpected-token-circuit-body.flux:[[@LINE-1]]:3: error: unexpected 'param'; expected a circuit member ('in', 'out', 'neuron', 'population', 'instance', 'input', 'connect', 'for', 'if', 'let', a connection) or '}'{{$}}
// CHECK-NEXT: {{^}}  param p = 1{{$}}
// CHECK-NEXT: {{^}}  ^~~~~{{$}}
// CHECK-NEXT: {{^}}1 error generated.{{$}}
}
