// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s
// A `for` may only hold connections, lets and nested generators: structure inside it is an
// error at check time (not once per iteration at elaboration).

import stdlib.neurons

circuit C {
  population E[4] : Mlif
  for i in 0 .. 4 {
    population P[2] : Mlif
    E[i] -> E[(i + 1) % 4] : direct(w = 0.5)
  }
}
// CHECK: structure-inside-for.flux:10:5: error: only connections, 'let', 'for' and 'if' may appear inside a 'for'; declare neurons, populations and instances outside it (use an instance array for repeated structure)
// CHECK-NEXT: {{^}}    population P[2] : Mlif{{$}}
// CHECK: 1 error generated.
