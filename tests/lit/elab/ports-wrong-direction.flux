// From outside, connections go into an instance's in-port and out of its out-port; the reverse is an error naming the port.
// RUN: not %fluxc --emit=network %s 2>&1 | FileCheck --strict-whitespace %s

import stdlib.neurons

circuit Inner {
  in drive
  out spikes
  population E[2] : Mlif
  drive -> E : direct(w = 0.5)
  E -> spikes
}

circuit Top {
  population S[2] : Mlif
  instance m : Inner
  S -> m.drive
  m.drive -> S : direct(w = 1.0)
// CHECK:      {{^.*}}ports-wrong-direction.flux:[[@LINE-1]]:3: error: 'Top.m.drive' is an input port: from here, connections go into it{{$}}
// CHECK-NEXT: {{^}}  m.drive -> S : direct(w = 1.0){{$}}
// CHECK-NEXT: {{^}}  ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~{{$}}
  S -> m.spikes : direct(w = 1.0)
// CHECK-NEXT: {{^.*}}ports-wrong-direction.flux:[[@LINE-1]]:3: error: 'Top.m.spikes' is an output port: from here, connections go out of it{{$}}
}
