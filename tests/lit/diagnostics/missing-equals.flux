// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s
// A 'state' without '=' lists what may follow its name.

neuron N {
  state v 0
// CHECK:      {{^.*}}missing-equals.flux:[[@LINE-1]]:11: error: unexpected number '0'; expected '=' or ':'{{$}}
// CHECK-NEXT: {{^}}  state v 0{{$}}
// CHECK-NEXT: {{^}}          ^{{$}}
// CHECK-NEXT: {{^}}1 error generated.{{$}}
}
