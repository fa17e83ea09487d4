// `on direct` and `on modulator` take one parameter (the weight), the other events none; an extra one is reported at the last parameter.
// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s

neuron Cell {
  state v = 0.0
  on modulator(w, extra) { v += w }
// CHECK:      {{^.*}}stmt-handler-too-many-params.flux:[[@LINE-1]]:19: error: 'on modulator' takes one parameter, the weight{{$}}
// CHECK-NEXT: {{^}}  on modulator(w, extra) { v += w }{{$}}
// CHECK-NEXT: {{^}}                  ^~~~~{{$}}
  on fire(when) { v = 0 }
// CHECK-NEXT: {{^.*}}stmt-handler-too-many-params.flux:[[@LINE-1]]:11: error: 'on fire' takes no parameters{{$}}
// CHECK-NEXT: {{^}}  on fire(when) { v = 0 }{{$}}
// CHECK-NEXT: {{^}}          ^~~~{{$}}
}
// CHECK-NEXT: {{^}}2 errors generated.{{$}}
