// The backend never relaxes floating point: no fast-math flags on any instruction, no fused
// multiply-add (the target machine forbids contraction too), and min/max as GLSL defines
// them (compare and select) rather than LLVM's minnum/maxnum, so the CPU's step engine
// rounds exactly as the GPU does.
// RUN: %fluxc --emit=llvm %s | FileCheck %s
// RUN: %fluxc --emit=asm %s | FileCheck --check-prefix=ASM %s

neuron Mixed {
  param a = 0.3
  param b = 0.7
  param lo = -1.0
  param hi = 1.0
  param tau = 10 ms
  state v = 0.0
  state u = 0.0
  evolve(dt) {
    v = v * exp(-dt / tau) + a * u * b
    u = clamp(u * a + b * v, lo, hi)
  }
  on direct(w) {
    v = max(v, w * a + b)
    u = min(u, v * w + a)
  }
  fire when v * a + u * b >= 1
}

circuit Top {
  population P[100] : Mixed
}

// CHECK:     define
// CHECK-NOT: {{(fadd|fsub|fmul|fdiv|frem|fneg|fcmp|select|call|phi) (fast|contract|reassoc|nnan|ninf|nsz|arcp|afn)}}
// CHECK-NOT: contract
// CHECK-NOT: llvm.fma
// CHECK-NOT: llvm.fmuladd
// CHECK-NOT: llvm.minnum
// CHECK-NOT: llvm.maxnum
// CHECK-NOT: llvm.minimum
// CHECK-NOT: llvm.maximum

// ASM-NOT: vfmadd
// ASM-NOT: vfmsub
// ASM-NOT: vfnmadd
