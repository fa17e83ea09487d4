// A table's file name is relative to the source file that names it (like a string import), not to the working directory.
// RUN: rm -rf %t && split-file %s %t
// RUN: cd %t && %fluxc --emit=network app/main.flux | FileCheck %s

// CHECK: projection Top.A -> Top.B kind=direct rule=table("pairs.csv") synapses=2

//--- app/main.flux
import stdlib.neurons
circuit Top {
  population A[2] : Mlif
  population B[2] : Mlif
  A -> B : direct(w = 0.3) with table("pairs.csv")
}
//--- app/pairs.csv
0,1
1,0
