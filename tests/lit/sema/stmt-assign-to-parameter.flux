// Assigning to a parameter in a handler is an error: only state variables change during a run; a note points at the declaration.
// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s

neuron Cell {
  param threshold = 1.0
  state v = 0.0
  on direct(w) {
    v += w
    threshold = w
// CHECK:      {{^.*}}stmt-assign-to-parameter.flux:[[@LINE-1]]:5: error: cannot assign to 'threshold': only state variables change during a run; declare it with 'state'{{$}}
// CHECK-NEXT: {{^}}    threshold = w{{$}}
// CHECK-NEXT: {{^}}    ^~~~~~~~~{{$}}
// CHECK-NEXT: {{^.*}}stmt-assign-to-parameter.flux:[[@LINE-8]]:9: note: declared here{{$}}
// CHECK-NEXT: {{^}}  param threshold = 1.0{{$}}
// CHECK-NEXT: {{^}}        ^~~~~~~~~{{$}}
  }
}
// CHECK-NEXT: {{^}}1 error generated.{{$}}
