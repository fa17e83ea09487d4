// RUN: not %fluxc run %s 2>&1 | FileCheck --match-full-lines %s
// 'fluxc run' is recognised but not implemented: it says so and exits 1.

neuron N { }

// CHECK:     fluxc: error: 'fluxc run' is not implemented yet: this fluxc has no backend and stops after {{.*}}; use 'fluxc check' or --emit=tokens|ast|source{{.*}}
// CHECK-NOT: {{.}}
