// `clamp(x, lo, hi)` lowers to min(max(x, lo), hi); `min` and `max` of more than two
// arguments become a left-nested chain of two-operand operations.
// RUN: %fluxc --emit=ir %s | FileCheck %s

neuron Bounded {
  param lo = -1.0
  param hi = 1.0
  state v = 0.0
  on direct(w) {
    v = clamp(v + w, lo, hi)
  }
  on modulator(w) {
    v = min(v, w, hi) + max(w, lo, v, 0.5)
  }
  fire when v >= hi
}

circuit Top {
  population P[2] : Bounded
}

// CHECK:      on direct(w) {
// CHECK-NEXT:   state.v = min(max((state.v + w), param.lo), param.hi)
// CHECK-NEXT: }
// CHECK-NEXT: on modulator(w) {
// CHECK-NEXT:   state.v = (min(min(state.v, w), param.hi) + max(max(max(w, param.lo), state.v), 0.5))
// CHECK-NEXT: }
