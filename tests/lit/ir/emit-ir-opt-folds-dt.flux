// With the step engines' fixed step (--dt), `dt` is a constant in neuron kernels, so
// exp(-dt / tau) folds into one number at compile time instead of a call per step.
// RUN: %fluxc --emit=ir-opt --dt 0.1ms %s | FileCheck --check-prefix=STEP %s
// RUN: %fluxc --emit=ir-opt --dt 1ms %s | FileCheck --check-prefix=COARSE %s
// RUN: %fluxc --emit=ir-opt %s | FileCheck --check-prefix=EVENT %s

neuron Leaky {
  param tau = 10 ms
  param leak = 0.5 per ms
  state v = 0.0
  state u = 0.0
  evolve(dt) {
    v *= exp(-dt / tau)
    u = max(0, u - leak * dt)
  }
  on direct(w) {
    v += w
    u += w
  }
  fire when v + u >= 1
}

circuit Top {
  population A[2] : Leaky
}

// exp(-0.1 / 10) and 0.5 * 0.1, computed in double precision.
// STEP:      evolve(dt) {
// STEP-NEXT:   state.v = (state.v * 0.9900498337491681)
// STEP-NEXT:   state.u = max(0, (state.u - 0.05))
// STEP-NEXT: }

// COARSE:      evolve(dt) {
// COARSE-NEXT:   state.v = (state.v * 0.9048374180359595)
// COARSE-NEXT:   state.u = max(0, (state.u - 0.5))
// COARSE-NEXT: }

// EVENT:      evolve(dt) {
// EVENT-NEXT:   state.v = (state.v * exp((-dt / 10)))
// EVENT-NEXT:   state.u = max(0, (state.u - (0.5 * dt)))
// EVENT-NEXT: }
