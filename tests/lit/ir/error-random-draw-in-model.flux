// Random draws belong to elaboration (a parameter's value per neuron); in model code they
// are an error of lowering, at the call, that says where to draw instead.
// RUN: not %fluxc --emit=ir %s 2>&1 | FileCheck --strict-whitespace %s

neuron Noisy {
  param th = 1.0
  state v = 0.0
  on direct(w) {
    v += normal(w, 0.1)
// CHECK:      {{^.*}}error-random-draw-in-model.flux:[[@LINE-1]]:10: error: random draws ('normal') are not available in model code yet; draw the values at elaboration, as parameters{{$}}
// CHECK-NEXT: {{^}}    v += normal(w, 0.1){{$}}
// CHECK-NEXT: {{^}}         ^~~~~~~~~~~~~~{{$}}
  }
  fire when v >= th
}

circuit Top {
  population P[2] : Noisy
}
// CHECK-NEXT: {{^}}1 error generated.{{$}}
