// Instances nest: an array inside an array of instances gives paths such as Top.row[1].cell[2].P, laid out depth first.
// RUN: %fluxc --emit=network %s | FileCheck %s

import stdlib.neurons

circuit Cell { population P[2] : Mlif }
circuit Row(width: int = 3) { instance cell[width] : Cell }
circuit Top { instance row[2] : Row(width = 3) }

// CHECK:      neurons=12 populations=6
// CHECK-NEXT: population Top.row[0].cell[0].P kind=neurons size=2 first=0 model=Mlif
// CHECK-NEXT: population Top.row[0].cell[1].P kind=neurons size=2 first=2 model=Mlif
// CHECK-NEXT: population Top.row[0].cell[2].P kind=neurons size=2 first=4 model=Mlif
// CHECK-NEXT: population Top.row[1].cell[0].P kind=neurons size=2 first=6 model=Mlif
// CHECK-NEXT: population Top.row[1].cell[1].P kind=neurons size=2 first=8 model=Mlif
// CHECK-NEXT: population Top.row[1].cell[2].P kind=neurons size=2 first=10 model=Mlif
// CHECK-NOT:  population
