// `import pkg.cells` is found as pkg/cells.flux in a folder given with -I.
// RUN: rm -rf %t && split-file %s %t
// RUN: %fluxc --emit=sema -I %t/inc %t/main.flux | FileCheck %s
// RUN: not %fluxc check %t/main.flux 2>&1 | FileCheck --check-prefix=NO-I %s

// CHECK:      module {{.*}}main.flux
// CHECK-NEXT:   import pkg.cells as cells
// CHECK-NEXT: module pkg.cells
// CHECK:      neuron Cell  [pkg.cells]
// CHECK-NEXT:   param gain : real = 2.0

// Without -I the module is not found.
// NO-I: main.flux:1:1: error: cannot find module 'pkg.cells'

//--- main.flux
import pkg.cells
circuit Top { population P[2] : Cell }
//--- inc/pkg/cells.flux
neuron Cell { param gain = 2.0 }
