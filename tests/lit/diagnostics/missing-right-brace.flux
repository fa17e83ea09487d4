// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s
// A model left open is reported at the next declaration, which cannot be a member.

neuron N {
  state v = 0

neuron M { }
// CHECK:      {{^.*}}missing-right-brace.flux:[[@LINE-1]]:1: error: unexpected 'neuron'; expected a model member ('param', 'state', 'evolve', 'on', 'fire when', an override) or '}'{{$}}
// CHECK-NEXT: {{^}}neuron M { }{{$}}
// CHECK-NEXT: {{^}}^~~~~~{{$}}
// CHECK-NEXT: {{^}}1 error generated.{{$}}
