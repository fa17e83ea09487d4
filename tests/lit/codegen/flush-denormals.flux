// Single-precision kernels (the step engines') store a state value of magnitude below 2^-126
// as +0: GPUs may flush denormals (lavapipe does, and Vulkan guarantees neither behaviour), so
// the CPU step engine and the GPU backend both keep stored state out of the denormal range
// (docs/backends.md, "Floating point"). Double precision (the event engine) stores what it
// computed. The store is an fcmp olt of llvm.fabs against 2^-126 (0x3810000000000000 as LLVM
// spells the float) and a select of +0.
// RUN: %fluxc --emit=llvm %s | FileCheck %s --check-prefix=LLVM
// RUN: rm -rf %t && mkdir -p %t
// RUN: %fluxc run %s -q --engine step --time 0.5ms --probe Top.n.v --probe Top.n.u \
// RUN:   --probe-every 0.1ms --probe-output %t/step.csv
// RUN: FileCheck %s --check-prefix=STEP < %t/step.csv
// RUN: %fluxc run %s -q --time 0.5ms --probe Top.n.v --probe-every 0.1ms \
// RUN:   --probe-output %t/event.csv
// RUN: FileCheck %s --check-prefix=EVENT < %t/event.csv

// LLVM-LABEL: define void @flux_k0_evolve_e(
// LLVM:         [[V:%[0-9]+]] = fmul double %{{[0-9]+}}, 2.500000e-01
// LLVM-NOT:     fabs
// LLVM:         store double [[V]],
// LLVM-LABEL: define void @flux_k0_evolve_s(
// LLVM:         [[X:%[0-9]+]] = fmul float %{{[0-9]+}}, 2.500000e-01
// LLVM-NEXT:    [[A:%[0-9]+]] = tail call float @llvm.fabs.f32(float [[X]])
// LLVM-NEXT:    [[D:%[a-z0-9.]+]] = fcmp olt float [[A]], 0x3810000000000000
// LLVM-NEXT:    [[F:%[a-z0-9.]+]] = select i1 [[D]], float 0.000000e+00, float [[X]]
// LLVM:         store float [[F]],

// v and u (1e-37 and -1e-37 as floats) shrink 4-fold a step: 2.5e-38 is still normal, 6.25e-39
// is not and is stored as +0, for u too.
// STEP:      time_ms,Top.n.v,Top.n.u
// STEP-NEXT: 0,9.99999991097579e-38,-9.99999991097579e-38
// STEP-NEXT: 0.1,2.4999999777439474e-38,-2.4999999777439474e-38
// STEP-NEXT: 0.2,0,0
// STEP-NEXT: 0.30000000000000004,0,0

// EVENT:      time_ms,Top.n.v
// EVENT-NEXT: 0,1e-37
// EVENT-NEXT: 0.1,2.5e-38
// EVENT-NEXT: 0.2,6.25e-39

/// Two states that only shrink: evolve divides them by 4 (on the step engine, every step).
neuron Fading {
  state v = 1e-37
  state u = -1e-37
  evolve(dt) {
    v = v * 0.25
    u = u * 0.25
  }
  fire when v >= 1.0
}

circuit Top {
  neuron n : Fading
}
