// `import a.b` falls back to a/b.flux in the importing file's own folder, whatever the working directory.
// RUN: rm -rf %t && split-file %s %t
// RUN: cd / && %fluxc --emit=sema %t/app/main.flux | FileCheck %s

// CHECK:      module {{.*}}main.flux
// CHECK-NEXT:   import cells.basic as basic
// CHECK-NEXT: module cells.basic
// CHECK:      neuron Basic  [cells.basic]

//--- app/main.flux
import cells.basic
circuit Top { population P[1] : Basic }
//--- app/cells/basic.flux
neuron Basic { param x = 1.0 }
