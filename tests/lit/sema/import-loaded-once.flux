// A module imported along two paths (a diamond) is loaded once: no redefinition, and it appears once in the module list.
// RUN: rm -rf %t && split-file %s %t
// RUN: %fluxc --emit=sema %t/main.flux | FileCheck %s

// CHECK:      module {{.*}}main.flux
// CHECK:      module {{.*}}left.flux
// CHECK-NEXT:   import {{.*}}shared.flux as shared
// CHECK-NEXT: module {{.*}}shared.flux
// CHECK-NEXT: module {{.*}}right.flux
// CHECK-NEXT:   import {{.*}}shared.flux as shared
// CHECK-NOT:  module
// CHECK:      neuron Shared
// CHECK-NOT:  neuron Shared

//--- main.flux
import "left.flux"
import "right.flux"
circuit Top { population P[1] : Left; population Q[1] : Right }
//--- left.flux
import "shared.flux"
neuron Left extends Shared { }
//--- right.flux
import "shared.flux"
neuron Right extends Shared { }
//--- shared.flux
neuron Shared { param x = 1.0 }
