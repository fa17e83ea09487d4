// When the rule of a port binding fails, that is the one error: the port is bound, so no "connected to nothing" follows for it or for the ports that forward to it.
// RUN: not %fluxc --emit=network %s 2>&1 | FileCheck --strict-whitespace %s

import stdlib.neurons

circuit Inner {
  in drive
  population E[4] : Mlif
  drive -> E : direct(w = 0.5) with one_to_one
// CHECK:      {{^.*}}ports-binding-error-no-cascade.flux:[[@LINE-1]]:37: error: one_to_one needs populations of the same size, got 1 sources and 4 targets{{$}}
}

circuit Middle {
  in drive
  instance core : Inner
  drive -> core.drive
}

circuit Top {
  population S[1] : Mlif
  instance m : Middle
  S -> m.drive
}
// CHECK-NOT:  connected to nothing
// CHECK:      {{^}}1 error generated.{{$}}
