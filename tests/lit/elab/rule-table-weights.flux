// A table's weight column gives each synapse its weight: the projection's weights are the file's, per synapse.
// RUN: rm -rf %t && split-file %s %t
// RUN: cd %t && %fluxc --emit=network --full main.flux | FileCheck %s

// CHECK-LABEL: projection Top.A -> Top.B kind=direct rule=table("weighted.csv") synapses=3 weight=[-0.5, 0.75] delay=1 ms
// CHECK:         0 -> 1 w=0.25
// CHECK-NEXT:    1 -> 2 w=-0.5
// CHECK-NEXT:    2 -> 0 w=0.75

//--- main.flux
import stdlib.neurons
circuit Top {
  population A[3] : Mlif
  population B[3] : Mlif
  A -> B : direct with table("weighted.csv")
}
//--- weighted.csv
pre,post,weight
2,0,0.75
0,1,0.25
1,2,-0.5
