// Two imports that both declare `Cell` are fine when each use is qualified: `one.Cell` and `two.Cell` are the two different models.
// RUN: rm -rf %t && split-file %s %t
// RUN: %fluxc --emit=network --full %t/main.flux | FileCheck %s

// CHECK-LABEL: population Top.P kind=neurons size=2 first=0 model=Cell
// CHECK-NEXT:    param a = 1
// CHECK-LABEL: population Top.Q kind=neurons size=3 first=2 model=Cell
// CHECK-NEXT:    param b = 2

//--- main.flux
import "one.flux"
import "two.flux"
circuit Top {
  population P[2] : one.Cell
  population Q[3] : two.Cell
}
//--- one.flux
neuron Cell { param a = 1.0 }
//--- two.flux
neuron Cell { param b = 2.0 }
