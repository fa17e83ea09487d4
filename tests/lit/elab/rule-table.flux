// `table("file.csv")` connects exactly the pairs the file lists (header, comments and blank lines allowed), sorted by source.
// RUN: rm -rf %t && split-file %s %t
// RUN: cd %t && %fluxc --emit=network --full main.flux | FileCheck %s

// CHECK-LABEL: projection Top.A -> Top.B kind=direct rule=table("pairs.csv") synapses=5 weight=0.3 delay=1 ms
// CHECK-NEXT:    in-degree mean=1.25 min=1 max=2  out-degree mean=1.25 min=0 max=3
// CHECK-NEXT:    0 -> 1
// CHECK-NEXT:    0 -> 2
// CHECK-NEXT:    0 -> 3
// CHECK-NEXT:    2 -> 1
// CHECK-NEXT:    3 -> 0
// CHECK-NOT:     ->

//--- main.flux
import stdlib.neurons
circuit Top {
  population A[4] : Mlif
  population B[4] : Mlif
  A -> B : direct(w = 0.3) with table("pairs.csv")
}
//--- pairs.csv
pre,post
# a connectome fragment
3,0
0,2

0,1
2,1
0,3
