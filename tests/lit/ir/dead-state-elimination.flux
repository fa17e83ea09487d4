// A state variable that nothing observable reads (not a condition, a firing, a host call,
// a target's `post.x`, a probe) is marked `dead` and its updates are removed, here `count`
// and `total` (which only `total` reads). A probe keeps what it reads alive: probing
// `total` keeps `total` and `count`, which feeds it, and the run shows their values.
// RUN: %fluxc --emit=ir-opt %s | FileCheck %s
// RUN: %fluxc run %s -q --time 5ms --probe 'Top.P[0].count' --probe-output %t.count.csv
// RUN: FileCheck --check-prefix=COUNT %s < %t.count.csv
// RUN: %fluxc run %s -q --time 5ms --probe 'Top.P[0].total' --probe-output %t.total.csv
// RUN: FileCheck --check-prefix=TOTAL %s < %t.total.csv

neuron Counting {
  param tau = 10 ms
  state v = 0.0
  state count = 0.0
  state total = 0.0
  evolve(dt) {
    v *= exp(-dt / tau)
    total += count * dt / 1 ms
  }
  on direct(w) {
    v += w
    count += 1
  }
  fire when v >= 1
  on fire { v = 0.0 }
}

circuit Top {
  input drive : regular(rate = 1 kHz)
  population P[2] : Counting
  drive -> P : direct(w = 0.1)
}

// CHECK-LABEL: kernel Top.P : Counting neurons 2
// CHECK-NEXT:    param tau = 10
// CHECK-NEXT:    state v{{$}}
// CHECK-NEXT:    state count dead
// CHECK-NEXT:    state total dead
// CHECK-NEXT:    evolve(dt) {
// CHECK-NEXT:      state.v = (state.v * exp((-dt / 10)))
// CHECK-NEXT:    }
// CHECK-NEXT:    on direct(w) {
// CHECK-NEXT:      state.v = (state.v + w)
// CHECK-NEXT:    }
// CHECK-NOT:     state.count
// CHECK-NOT:     state.total

// One input per ms from t = 1 ms (delay 1 ms), each counted.
// COUNT:      time_ms,Top.P[0].count
// COUNT-NEXT: 0,0
// COUNT-NEXT: 1,1
// COUNT-NEXT: 2,2
// COUNT-NEXT: 3,3
// COUNT-NEXT: 4,4

// TOTAL:      time_ms,Top.P[0].total
// TOTAL-NEXT: 0,0
// TOTAL-NEXT: 1,0
// TOTAL-NEXT: 2,1
// TOTAL-NEXT: 3,3
// TOTAL-NEXT: 4,6
