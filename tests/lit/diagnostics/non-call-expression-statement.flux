// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s
// An operator after a name at the start of a statement is a syntax error at the operator:
// a statement is an assignment or a call.

neuron N {
  on pre {
    log(v)
    v == 0
  }
}
// CHECK: non-call-expression-statement.flux:8:7: error: unexpected '=='; expected a statement (an assignment such as 'v += w', a call, 'let', 'if', 'fire' or 'refractory for') or '}'
// CHECK-NEXT: {{^}}    v == 0{{$}}
// CHECK-NEXT: {{^}}      ^~{{$}}
// CHECK: 1 error generated.
