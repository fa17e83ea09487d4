// Instance arguments may be positional, and a circuit parameter's default may use an earlier parameter (m = n * 2), evaluated per instance.
// RUN: %fluxc --emit=network %s | FileCheck %s

import stdlib.neurons

circuit Col(n: int = 3, m: int = n * 2) {
  population A[n] : Mlif
  population B[m] : Mlif
}

circuit Top {
  instance x : Col(2)
  instance y : Col(5, 1)
  instance z : Col(m = 7)
}

// CHECK:      population Top.x.A kind=neurons size=2
// CHECK-NEXT: population Top.x.B kind=neurons size=4
// CHECK-NEXT: population Top.y.A kind=neurons size=5
// CHECK-NEXT: population Top.y.B kind=neurons size=1
// CHECK-NEXT: population Top.z.A kind=neurons size=3
// CHECK-NEXT: population Top.z.B kind=neurons size=7
