// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s
// A token that cannot start a model member is reported with the members that can.

neuron N {
  state v = 0
  circuit
// CHECK:      {{^.*}}unexpected-token-model-body.flux:[[@LINE-1]]:3: error: unexpected 'circuit'; expected a model member ('param', 'state', 'evolve', 'on', 'fire when', an override) or '}'{{$}}
// CHECK-NEXT: {{^}}  circuit{{$}}
// CHECK-NEXT: {{^}}  ^~~~~~~{{$}}
// CHECK-NEXT: {{^}}1 error generated.{{$}}
}
