// RUN: not %fluxc build %s 2>&1 | FileCheck --match-full-lines %s
// 'fluxc build' is recognised but not implemented: it says so and exits 1.

neuron N { }

// CHECK:     fluxc: error: 'fluxc build' is not implemented yet: this fluxc has no backend and stops after {{.*}}; use 'fluxc check' or --emit=tokens|ast|source{{.*}}
// CHECK-NOT: {{.}}
