// A table that names a neuron beyond the population is refused with the file and line of the offending pair.
// RUN: rm -rf %t && split-file %s %t
// RUN: cd %t && not %fluxc --emit=network main.flux 2>&1 | FileCheck %s

// CHECK: main.flux:5:33: error: pairs.csv:3: source index 7 is out of range: the source population has 4 neurons

//--- main.flux
import stdlib.neurons
circuit Top {
  population A[4] : Mlif
  population B[4] : Mlif
  A -> B : direct(w = 0.3) with table("pairs.csv")
}
//--- pairs.csv
0,1
1,2
7,3
