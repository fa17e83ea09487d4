// Two handlers for the same event in one model are an error with a note at the first one.
// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s

neuron Cell {
  state v = 0.0
  on direct(w) { v += w }
  on direct(w) { v -= w }
// CHECK:      {{^.*}}duplicate-handler.flux:[[@LINE-1]]:6: error: 'Cell' has two handlers for 'on direct'{{$}}
// CHECK-NEXT: {{^}}  on direct(w) { v -= w }{{$}}
// CHECK-NEXT: {{^}}     ^~~~~~{{$}}
// CHECK-NEXT: {{^.*}}duplicate-handler.flux:[[@LINE-5]]:6: note: the other handler is here{{$}}
}
