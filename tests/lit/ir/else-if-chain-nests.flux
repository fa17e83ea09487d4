// `if a {} else if b {} else {}` has no statement of its own in the IR: it becomes an `if`
// nested in the `else` of the one before, innermost last; a chain without a final `else`
// ends with an `if` that has none.
// RUN: %fluxc --emit=ir %s | FileCheck %s

neuron Steps {
  state v = 0.0
  on direct(w) {
    if w > 1 {
      v = 1
    } else if w > 0.5 {
      v = 0.5
    } else if w > 0.1 {
      v = 0.1
    } else {
      v = 0
    }
    if v > 0 {
      v += w
    } else if v < 0 {
      v -= w
    }
  }
  fire when v >= 1
}

circuit Top {
  population P[2] : Steps
}

// CHECK:      on direct(w) {
// CHECK-NEXT:   if (w > 1) {
// CHECK-NEXT:     state.v = 1
// CHECK-NEXT:   } else {
// CHECK-NEXT:     if (w > 0.5) {
// CHECK-NEXT:       state.v = 0.5
// CHECK-NEXT:     } else {
// CHECK-NEXT:       if (w > 0.1) {
// CHECK-NEXT:         state.v = 0.1
// CHECK-NEXT:       } else {
// CHECK-NEXT:         state.v = 0
// CHECK-NEXT:       }
// CHECK-NEXT:     }
// CHECK-NEXT:   }
// CHECK-NEXT:   if (state.v > 0) {
// CHECK-NEXT:     state.v = (state.v + w)
// CHECK-NEXT:   } else {
// CHECK-NEXT:     if (state.v < 0) {
// CHECK-NEXT:       state.v = (state.v - w)
// CHECK-NEXT:     }
// CHECK-NEXT:   }
// CHECK-NEXT: }
