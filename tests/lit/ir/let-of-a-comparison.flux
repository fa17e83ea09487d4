// A `let` may hold a bool (a comparison, `and`, `or`, `not`): its local is a bool in the IR
// and reads of it are bools, so it can be the condition of an `if` (this used to stop
// fluxc with an internal error: "'if' needs a bool"). Both backends compile it.
// RUN: %fluxc --emit=ir %s | FileCheck %s
// RUN: %fluxc --emit=llvm %s | FileCheck --check-prefix=LLVM %s
// RUN: %fluxc run %s -q --time 4ms --probe 'Top.P[0].v' --probe-output %t.csv
// RUN: FileCheck --check-prefix=PROBE %s < %t.csv

neuron Gate {
  param th = 0.5
  state v = 0.0
  on direct(w) {
    let big = w > th
    let small = not big and w > 0
    if big {
      v += w
    }
    if small or v > 10 {
      v += 10 * w
    }
  }
  fire when v >= 100
}

circuit Top {
  input drive : regular(rate = 1 kHz)
  population P[2] : Gate
  drive -> P : direct(w = 0.25)
}

// CHECK:      on direct(w) {
// CHECK-NEXT:   let local.big = (w > param.th)
// CHECK-NEXT:   let local.small = (not local.big and (w > 0))
// CHECK-NEXT:   if local.big {
// CHECK-NEXT:     state.v = (state.v + w)
// CHECK-NEXT:   }
// CHECK-NEXT:   if (local.small or (state.v > 10)) {
// CHECK-NEXT:     state.v = (state.v + (10 * w))
// CHECK-NEXT:   }
// CHECK-NEXT: }

// LLVM: define {{.*}} @flux_k0_input_e(

// w = 0.25 is small: each input adds 2.5.
// PROBE:      time_ms,Top.P[0].v
// PROBE-NEXT: 0,0
// PROBE-NEXT: 1,2.5
// PROBE-NEXT: 2,5
// PROBE-NEXT: 3,7.5
