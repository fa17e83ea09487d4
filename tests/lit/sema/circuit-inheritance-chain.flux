// A three-level circuit `extends` chain: each level overrides a different parameter or adds its own; --emit=sema shows the final defaults, their owners and the inherited member counts.
// RUN: %fluxc --emit=sema %s | FileCheck --strict-whitespace %s

import stdlib.neurons

circuit A(n: int = 4, p: real = 0.1) {
  population E[n] : Mlif
}
circuit B extends A {
  n = 8
  population I[2] : Mlif
}
circuit C(extra: int = 3) extends B {
  p = 0.5
  population X[extra] : Mlif
}

// CHECK-LABEL: {{^}}circuit A  [{{.*}}]{{$}}
// CHECK-NEXT:  {{^}}  param n : int = 4{{$}}
// CHECK-NEXT:  {{^}}  param p : real = 0.1{{$}}
// CHECK-NEXT:  {{^}}  members 1 (0 inherited){{$}}
// CHECK-LABEL: {{^}}circuit B extends A  [{{.*}}]{{$}}
// CHECK-NEXT:  {{^}}  param n : int = 8  from A{{$}}
// CHECK-NEXT:  {{^}}  param p : real = 0.1  from A{{$}}
// CHECK-NEXT:  {{^}}  members 2 (1 inherited){{$}}
// CHECK-LABEL: {{^}}circuit C extends B <- A  [{{.*}}]{{$}}
// CHECK-NEXT:  {{^}}  param n : int = 8  from A{{$}}
// CHECK-NEXT:  {{^}}  param p : real = 0.5  from A{{$}}
// CHECK-NEXT:  {{^}}  param extra : int = 3{{$}}
// CHECK-NEXT:  {{^}}  members 3 (2 inherited){{$}}
