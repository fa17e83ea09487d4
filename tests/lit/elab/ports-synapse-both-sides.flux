// A synapse given both outside and where the port is bound inside is an error at the outer connection: give it in one place.
// RUN: not %fluxc --emit=network %s 2>&1 | FileCheck --strict-whitespace %s

import stdlib.neurons

circuit Inner {
  in drive
  population E[2] : Mlif
  drive -> E : direct(w = 0.5)
}

circuit Top {
  population S[2] : Mlif
  instance m : Inner
  S -> m.drive : direct(w = 0.1)
// CHECK:      {{^.*}}ports-synapse-both-sides.flux:[[@LINE-1]]:3: error: this connection gives a synapse here and again where the port is bound inside; give it in one place{{$}}
// CHECK-NEXT: {{^}}  S -> m.drive : direct(w = 0.1){{$}}
// CHECK-NEXT: {{^}}  ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~{{$}}
}
// CHECK-NEXT: {{^}}1 error generated.{{$}}
