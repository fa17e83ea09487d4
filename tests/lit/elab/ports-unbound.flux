// A port that nothing binds inside its circuit is an error at the port's declaration, with its hierarchical name and an example binding.
// RUN: not %fluxc --emit=network %s 2>&1 | FileCheck --strict-whitespace %s

import stdlib.neurons

circuit Inner {
  in drive
  out spikes
// CHECK:      {{^.*}}ports-unbound.flux:[[@LINE-1]]:7: error: port 'Top.m.spikes' is connected to nothing inside its circuit; bind it, such as 'n -> spikes'{{$}}
// CHECK-NEXT: {{^}}  out spikes{{$}}
// CHECK-NEXT: {{^}}      ^~~~~~{{$}}
  population E[2] : Mlif
  drive -> E : direct(w = 0.5)
}

circuit Top {
  population S[2] : Mlif
  instance m : Inner
  S -> m.drive
}
// CHECK-NEXT: {{^}}1 error generated.{{$}}
