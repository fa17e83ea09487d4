// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s
// A token that cannot start a statement inside a block.

neuron N {
  on pre {
    ) v = 1
// CHECK:      {{^.*}}unexpected-token-statement.flux:[[@LINE-1]]:5: error: unexpected ')'; expected a statement (an assignment such as 'v += w', a call, 'let', 'if', 'fire' or 'refractory for') or '}'{{$}}
// CHECK-NEXT: {{^}}    ) v = 1{{$}}
// CHECK-NEXT: {{^}}    ^{{$}}
// CHECK-NEXT: {{^}}1 error generated.{{$}}
  }
}
