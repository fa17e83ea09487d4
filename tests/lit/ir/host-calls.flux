// Calls of `extern fn`s become `host.N(...)`, numbered in the order the models first call
// them and listed at the top; the host answers them at run time (KernelAbi.h's hostCall).
// A string argument is passed as its index in the program's string table. A call made for
// its effect is kept as a `let` of an unused local, and a state assigned from a host call
// is never dead: the call itself is observable.
// RUN: %fluxc --emit=ir %s | FileCheck %s
// RUN: %fluxc --emit=ir-opt %s | FileCheck --check-prefix=OPT %s

extern fn reward() -> real
extern fn note(label: string, value: real)

neuron Learner {
  param th = 1.0
  state v = 0.0
  state r = 0.0
  evolve(dt) {
    r = reward()
  }
  on direct(w) {
    v += w * reward()
    note("input", w)
    note("level", v)
    note("input", clamp(v, 0, th))
  }
  fire when v >= th
}

circuit Top {
  population P[2] : Learner
}

// CHECK:      ; Flux IR: Top, seed 1
// CHECK-NEXT: host.0 = extern fn reward
// CHECK-NEXT: host.1 = extern fn note
// CHECK:      evolve(dt) {
// CHECK-NEXT:   state.r = host.0()
// CHECK-NEXT: }
// CHECK-NEXT: on direct(w) {
// CHECK-NEXT:   state.v = (state.v + (w * host.0()))
// CHECK-NEXT:   let local._ = host.1(0, w)
// CHECK-NEXT:   let local._ = host.1(1, state.v)
// CHECK-NEXT:   let local._ = host.1(0, min(max(state.v, 0), param.th))
// CHECK-NEXT: }

// OPT-LABEL: kernel Top.P : Learner neurons 2
// OPT:         state r{{$}}
// OPT:         state.r = host.0()
// OPT:         let local._ = host.1(0, min(max(state.v, 0), 1))
