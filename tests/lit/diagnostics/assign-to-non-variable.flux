// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s
// An assignment's target is a name path ('v', 'post.mod', 's.x[1]'); anything else is a
// syntax error at the first token that cannot continue the path.

neuron N {
  on pre {
    a + b += w
    f(x) = w
    s.x[1] = w
  }
}
// CHECK: assign-to-non-variable.flux:7:7: error: unexpected '+'; expected a statement (an assignment such as 'v += w', a call, 'let', 'if', 'fire' or 'refractory for') or '}'
// CHECK-NEXT: {{^}}    a + b += w{{$}}
// CHECK-NEXT: {{^}}      ^{{$}}
// CHECK: assign-to-non-variable.flux:8:10: error: unexpected '='; expected a statement
// CHECK-NEXT: {{^}}    f(x) = w{{$}}
// CHECK-NEXT: {{^}}         ^{{$}}
// CHECK: 2 errors generated.
