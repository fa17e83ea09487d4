// `table(file, format = "matrix")` reads an adjacency matrix: rows are sources, columns
// targets, a nonzero entry is a synapse and a value other than 1 is its weight.
// RUN: split-file %s %t
// RUN: %fluxc --emit=network --full %t/net.flux | FileCheck %s
// RUN: not %fluxc --emit=network %t/bad.flux 2>&1 | FileCheck --check-prefix=BAD %s
// CHECK: projection Net.A -> Net.B kind=direct rule=table("m.csv", "matrix") synapses=4 weight=[0.5, 1]
// CHECK:      0 -> 1 w=1
// CHECK-NEXT: 1 -> 0 w=1
// CHECK-NEXT: 1 -> 2 w=1
// CHECK-NEXT: 2 -> 1 w=0.5
// BAD: error: a table's format is "edges" or "matrix", got "grid"

//--- m.csv
0,1,0
1,0,1
0,0.5,0
//--- net.flux
import stdlib.neurons
circuit Net {
  population A[3] : Mlif
  population B[3] : Mlif
  A -> B : direct with table("m.csv", format = "matrix")
}
//--- bad.flux
import stdlib.neurons
circuit Net {
  population A[3] : Mlif
  population B[3] : Mlif
  A -> B : direct with table("m.csv", format = "grid")
}
