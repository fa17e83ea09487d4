// `for` and `if`/`else if` generators are unrolled at elaboration: a chain of columns, the wrap-around taken only when `wrap` is true.
// RUN: %fluxc --emit=network %s | FileCheck --check-prefixes=CHECK,WRAP %s
// RUN: %fluxc --emit=network --top Open %s | FileCheck --check-prefixes=CHECK,OPEN %s

import stdlib.neurons

circuit Column { population E[4] : Mlif }

circuit Open(columns: int = 4, wrap: bool = false) {
  instance C[columns] : Column
  for i in 0 .. columns {
    if i + 1 < columns {
      C[i].E -> C[i + 1].E : direct(w = 0.05) with one_to_one
    } else if wrap {
      C[i].E -> C[0].E : direct(w = 0.07) with one_to_one
    } else {
      let last = i
      C[last].E -> C[0].E : direct(w = -1.0) with one_to_one
    }
  }
}

circuit Ring extends Open {
  wrap = true
}

// CHECK:      projections=4 synapses=16
// CHECK:      projection {{Ring|Open}}.C[0].E -> {{Ring|Open}}.C[1].E kind=direct rule=one_to_one synapses=4 weight=0.05
// CHECK-NEXT:   in-degree
// CHECK-NEXT: projection {{Ring|Open}}.C[1].E -> {{Ring|Open}}.C[2].E kind=direct rule=one_to_one synapses=4 weight=0.05
// CHECK-NEXT:   in-degree
// CHECK-NEXT: projection {{Ring|Open}}.C[2].E -> {{Ring|Open}}.C[3].E kind=direct rule=one_to_one synapses=4 weight=0.05
// CHECK-NEXT:   in-degree
// WRAP-NEXT:  projection Ring.C[3].E -> Ring.C[0].E kind=direct rule=one_to_one synapses=4 weight=0.07
// OPEN-NEXT:  projection Open.C[3].E -> Open.C[0].E kind=direct rule=one_to_one synapses=4 weight=-1
// CHECK-NEXT:   in-degree
// CHECK-NOT:  projection
