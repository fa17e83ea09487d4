// A host call is an effect, so constant folding never drops one: `poke() > 0 and false` keeps
// the call (the `and` stays), and an `if` whose branches are empty is kept when its condition
// calls the host.
// RUN: %fluxc --emit=ir-opt %s | FileCheck %s

extern fn poke() -> real

neuron N {
  param off: bool = false
  state v = 0.0
  on direct(w) {
    if poke() > 0 and off {
      v += w
    }
    if poke() > 1 {
    }
  }
  fire when v > 10
}

circuit Top {
  neuron n : N
}

// CHECK-LABEL: kernel Top.n : N
// CHECK:       on direct(w) {
// CHECK-NEXT:    if ((host.0() > 0) and false) {
// CHECK-NEXT:      state.v = (state.v + w)
// CHECK-NEXT:    }
// CHECK-NEXT:    if (host.0() > 1) {
// CHECK-NEXT:    }
// CHECK-NEXT:  }
