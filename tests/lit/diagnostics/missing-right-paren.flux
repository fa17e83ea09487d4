// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s
// A missing ')' of a call is reported at the token where it was due.

neuron N {
  on pre { v = f(1, 2 }
// CHECK:      {{^.*}}missing-right-paren.flux:[[@LINE-1]]:23: error: expected ')' before '}'{{$}}
// CHECK-NEXT: {{^}}  on pre { v = f(1, 2 }{{$}}
// CHECK-NEXT: {{^}}                      ^{{$}}
// CHECK-NEXT: {{^}}1 error generated.{{$}}
}
