// --emit=ir prints each model once (its parameters, state and one function per handler, in
// base units) and then one kernel per population: a parameter that is the same for every
// neuron is bound to its value, one drawn per neuron `varies`. Kernels carry no code yet.
// RUN: %fluxc --emit=ir %s | FileCheck %s

neuron Leaky {
  param threshold = 1.0
  param tau = 10 ms
  state v = 0.0
  evolve(dt) {
    v *= exp(-dt / tau)
  }
  on direct(w) {
    v += w
  }
  fire when v >= threshold
  on fire {
    v = 0.0
    refractory for 2 ms
  }
}

circuit Top {
  population A[4] : Leaky
  population B[3] : Leaky { threshold = uniform(0.5, 1.5) }
  A -> B : direct(w = 0.2)
}

// CHECK:      ; Flux IR: Top, seed 1
// CHECK-NEXT: neuron Leaky {
// CHECK-NEXT:   param threshold
// CHECK-NEXT:   param tau
// CHECK-NEXT:   state v
// CHECK-NEXT:   evolve(dt) {
// CHECK-NEXT:     state.v = (state.v * exp((-dt / param.tau)))
// CHECK-NEXT:   }
// CHECK-NEXT:   on direct(w) {
// CHECK-NEXT:     state.v = (state.v + w)
// CHECK-NEXT:   }
// CHECK-NEXT:   on fire {
// CHECK-NEXT:     state.v = 0
// CHECK-NEXT:     refractory for 2
// CHECK-NEXT:   }
// CHECK-NEXT:   fire when = (state.v >= param.threshold)
// CHECK-NEXT: }

// CHECK-NEXT: kernel Top.A : Leaky neurons 4
// CHECK-NEXT:   param threshold = 1
// CHECK-NEXT:   param tau = 10
// CHECK-NEXT:   state v
// CHECK-NEXT: kernel Top.B : Leaky neurons 3
// CHECK-NEXT:   param threshold varies
// CHECK-NEXT:   param tau = 10
// CHECK-NEXT:   state v
// CHECK-NOT:  {{.}}
