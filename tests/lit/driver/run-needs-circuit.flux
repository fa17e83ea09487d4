// RUN: not %fluxc run %s 2>&1 | FileCheck --match-full-lines %s
// 'fluxc run' needs a circuit to elaborate; a file of models alone is a library.

neuron N { }

// CHECK:     fluxc: error: '{{.*}}run-needs-circuit.flux' declares no circuit to elaborate; add one, or name an imported one with --top
// CHECK-NEXT: 1 error generated.
