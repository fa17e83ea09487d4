// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s
// An `extern fn` takes its arguments by position or by name; a wrong name is an error.

extern fn note(value: real, label: string)

synapse S {
  param w = 1.0
  on pre {
    note(label = "ok", value = w)
    note(w, "positional")
    note(labl = "x", value = w)
    deliver(w)
  }
}
// CHECK: extern-fn-named-arguments.flux:11:10: error: 'note' has no parameter 'labl'
// CHECK-NEXT: {{^}}    note(labl = "x", value = w){{$}}
// CHECK-NEXT: {{^}}         ^~~~{{$}}
// CHECK: 1 error generated.
