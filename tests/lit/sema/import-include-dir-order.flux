// -I folders are searched in the order given: the first folder that has the module wins.
// RUN: rm -rf %t && split-file %s %t
// RUN: %fluxc --emit=sema -I %t/first -I %t/second %t/main.flux | FileCheck --check-prefix=FIRST %s
// RUN: %fluxc --emit=sema -I %t/second -I %t/first %t/main.flux | FileCheck --check-prefix=SECOND %s

// FIRST:      neuron Cell  [lib]
// FIRST-NEXT:   param from_first : real = 1.0
// SECOND:      neuron Cell  [lib]
// SECOND-NEXT:   param from_second : real = 2.0

//--- main.flux
import lib
circuit Top { population P[1] : Cell }
//--- first/lib.flux
neuron Cell { param from_first = 1.0 }
//--- second/lib.flux
neuron Cell { param from_second = 2.0 }
