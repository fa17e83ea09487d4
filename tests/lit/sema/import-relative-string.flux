// A string import is relative to the importing file's folder, not to the working directory; its qualifier is the file's stem.
// RUN: rm -rf %t && split-file %s %t
// RUN: cd / && %fluxc --emit=network --full %t/app/main.flux | FileCheck %s

// CHECK:      population Top.A kind=neurons size=2 first=0 model=Local
// CHECK-NEXT:   param b = 7
// CHECK-NEXT: population Top.B kind=neurons size=3 first=2 model=Local
// CHECK-NEXT:   param b = 7

//--- app/main.flux
import "../lib/local.flux"
circuit Top {
  population A[2] : Local
  population B[3] : local.Local
}
//--- lib/local.flux
neuron Local { param b = 7.0 }
