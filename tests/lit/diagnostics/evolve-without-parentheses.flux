// XFAIL: *
// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s
// 'evolve dt { }' is reported once, at 'dt', as a missing '('.
// BUG: "unexpected identifier 'dt'; expected a model member (...) or '}'", then two cascading
// errors, the last about the model's own closing brace.

neuron N {
  evolve dt { v = 0 }
// CHECK:      {{^.*}}evolve-without-parentheses.flux:[[@LINE-1]]:10: error: unexpected identifier 'dt'; expected '('
// CHECK-NEXT: {{^}}  evolve dt { v = 0 }{{$}}
// CHECK-NEXT: {{^}}         ^~{{$}}
// CHECK-NEXT: {{^}}1 error generated.{{$}}
}
