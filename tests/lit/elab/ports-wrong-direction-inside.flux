// Inside its circuit an in-port is a source: connecting neurons into it is an error that says connections go out of it.
// RUN: not %fluxc --emit=network %s 2>&1 | FileCheck --strict-whitespace %s

import stdlib.neurons

circuit Inner {
  in drive
  out spikes
  population E[2] : Mlif
  drive -> E : direct(w = 0.5)
  E -> drive
// CHECK:      {{^.*}}ports-wrong-direction-inside.flux:[[@LINE-1]]:3: error: 'Inner.drive' is an input port: from here, connections go out of it{{$}}
// CHECK-NEXT: {{^}}  E -> drive{{$}}
// CHECK-NEXT: {{^}}  ^~~~~~~~~~{{$}}
  E -> spikes
}
// CHECK-NEXT: {{^}}1 error generated.{{$}}
