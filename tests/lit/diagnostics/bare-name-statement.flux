// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s
// A name standing alone does nothing: the error underlines it and suggests an assignment.

neuron N {
  on pre {
    level
  }
}
// CHECK: bare-name-statement.flux:6:5: error: this expression does nothing on its own; only a call can stand alone as a statement (did you mean to assign it?)
// CHECK-NEXT: {{^}}    level{{$}}
// CHECK-NEXT: {{^}}    ^~~~~{{$}}
// CHECK: 1 error generated.
