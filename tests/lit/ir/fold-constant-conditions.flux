// Once parameters are constants, an `if` whose condition folds keeps only the branch that
// runs, and `and` / `or` with a constant operand simplify: `false and x` is false,
// `true and x` is x, `true or x` is true, `false or x` is x.
// RUN: %fluxc --emit=ir-opt %s | FileCheck %s

neuron Switch {
  param tau_a = 10 ms
  param tau_b = 10 ms
  param adaptive: bool = false
  state v = 0.0
  state a = 0.0
  evolve(dt) {
    if tau_a != tau_b {
      v *= exp(-dt / tau_a)
    } else {
      v *= exp(-dt / tau_b) * (1 + dt / tau_b)
    }
  }
  on direct(w) {
    if adaptive and w > 0 {
      a += w
    }
    if adaptive or w > 0 {
      v += w
    }
    v += a
  }
  fire when v >= 1
}

circuit Top {
  population Same[2] : Switch
  population Different[2] : Switch { tau_b = 20 ms, adaptive = true }
}

// CHECK-LABEL: kernel Top.Same : Switch neurons 2
// CHECK:         evolve(dt) {
// CHECK-NEXT:      state.v = (state.v * (exp((-dt / 10)) * (1 + (dt / 10))))
// CHECK-NEXT:    }
// CHECK-NEXT:    on direct(w) {
// CHECK-NEXT:      if (w > 0) {
// CHECK-NEXT:        state.v = (state.v + w)
// CHECK-NEXT:      }
// CHECK-NEXT:      state.v = (state.v + state.a)
// CHECK-NEXT:    }

// CHECK-LABEL: kernel Top.Different : Switch neurons 2
// CHECK:         evolve(dt) {
// CHECK-NEXT:      state.v = (state.v * exp((-dt / 10)))
// CHECK-NEXT:    }
// CHECK-NEXT:    on direct(w) {
// CHECK-NEXT:      if (w > 0) {
// CHECK-NEXT:        state.a = (state.a + w)
// CHECK-NEXT:      }
// CHECK-NEXT:      state.v = (state.v + w)
// CHECK-NEXT:      state.v = (state.v + state.a)
// CHECK-NEXT:    }
