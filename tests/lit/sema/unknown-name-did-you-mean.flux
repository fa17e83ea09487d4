// An unknown name in an expression is reported at the name, with the closest name in scope (parameters, states, handler parameters) suggested.
// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s

neuron Cell {
  param threshold = 1.0
  state v = 0.0
  on direct(w) { v += w * thresold }
// CHECK:      {{^.*}}unknown-name-did-you-mean.flux:[[@LINE-1]]:27: error: unknown name 'thresold'; did you mean 'threshold'?{{$}}
// CHECK-NEXT: {{^}}  on direct(w) { v += w * thresold }{{$}}
// CHECK-NEXT: {{^}}                          ^~~~~~~~{{$}}
}
// CHECK-NEXT: {{^}}1 error generated.{{$}}
