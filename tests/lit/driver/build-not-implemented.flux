// RUN: not %fluxc build %s 2>&1 | FileCheck --match-full-lines %s
// 'fluxc build' is recognised but not implemented yet: it says so and exits 1.

neuron N { }

// CHECK:     fluxc: error: 'fluxc build' (ahead-of-time libraries) is not implemented yet; use 'fluxc run', or --emit=llvm|asm to see the generated code
// CHECK-NOT: {{.}}
