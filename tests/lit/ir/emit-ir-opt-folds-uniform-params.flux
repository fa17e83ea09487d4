// --emit=ir-opt specialises each model for each kernel: parameters that are the same for
// every neuron become constants and fold (x * 1, x + 0 and constant subexpressions go),
// while a parameter that varies stays a read of `param.x`. `dt` stays a variable without --dt.
// RUN: %fluxc --emit=ir-opt %s | FileCheck %s

neuron Leaky {
  param threshold = 1.0
  param tau = 10 ms
  param gain = 1.0
  param offset = 0.0
  state v = 0.0
  evolve(dt) {
    v *= exp(-dt / tau)
  }
  on direct(w) {
    v += w * gain + offset * 2
  }
  fire when v >= threshold * gain
}

circuit Top {
  population A[4] : Leaky
  population B[3] : Leaky { threshold = uniform(0.5, 1.5), tau = 20 ms }
}

// CHECK-LABEL: kernel Top.A : Leaky neurons 4
// CHECK-NEXT:    param threshold = 1
// CHECK-NEXT:    param tau = 10
// CHECK-NEXT:    param gain = 1
// CHECK-NEXT:    param offset = 0
// CHECK-NEXT:    state v
// CHECK-NEXT:    evolve(dt) {
// CHECK-NEXT:      state.v = (state.v * exp((-dt / 10)))
// CHECK-NEXT:    }
// CHECK-NEXT:    on direct(w) {
// CHECK-NEXT:      state.v = (state.v + w)
// CHECK-NEXT:    }
// CHECK-NEXT:    fire when = (state.v >= 1)

// CHECK-LABEL: kernel Top.B : Leaky neurons 3
// CHECK-NEXT:    param threshold varies
// CHECK-NEXT:    param tau = 20
// CHECK:         state.v = (state.v * exp((-dt / 20)))
// CHECK:         fire when = (state.v >= param.threshold)
