// A circuit that contains itself never ends: elaboration stops at the nesting limit with an error at the instance that names the circuit.
// RUN: not %fluxc --emit=network %s 2>&1 | FileCheck --strict-whitespace %s

import stdlib.neurons

circuit Loop {
  population A[1] : Mlif
  instance inner : Loop
// CHECK:      {{^.*}}error-circuit-contains-itself.flux:[[@LINE-1]]:3: error: circuits are nested more than 64 levels deep here ('Loop' probably contains itself); the chain so far is Loop.inner.inner.{{(inner\.)*}}inner{{$}}
// CHECK-NEXT: {{^}}  instance inner : Loop{{$}}
// CHECK-NEXT: {{^}}  ^~~~~~~~~~~~~~~~~~~~~{{$}}
}
// CHECK-NEXT: {{^}}1 error generated.{{$}}
