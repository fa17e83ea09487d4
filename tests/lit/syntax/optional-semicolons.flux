// RUN: %python -c "import sys; open(sys.argv[2], 'w').write(open(sys.argv[1]).read().replace(';', ''))" %s %t.flux
// RUN: %fluxc --emit=ast --no-locations %s | tail -n +2 > %t.with
// RUN: %fluxc --emit=ast --no-locations %t.flux | tail -n +2 > %t.without
// RUN: diff %t.with %t.without
// RUN: FileCheck %s < %t.with
// ';' is optional everywhere: deleting every ';' (even between statements on one line) keeps the tree.

import std.neurons;
let k = 2;
extern fn f(x: real) -> real;
neuron N {
  param a = 1; state v = 0;
  fire when v > a checked every 1 ms;
  on pre { let x = 1; v += x; v = f(v); fire; refractory for 2 ms; }
  tau = 3;
}
circuit C {
  in p; out q;
  neuron n : N { a = 1; v = 2; };
  population E[10] : N;
  instance s : Sub;
  input i[2] : poisson(5 Hz);
  connect E -> E : Syn with all;
  E -> q;
  let m = 3;
  extern output o;
  a = 4;
}

// CHECK:        Import std.neurons
// CHECK-NEXT:   Let k
// CHECK-NEXT:     Int 2
// CHECK-NEXT:   ExternFn f(x : real) -> real
// CHECK-NEXT:   Neuron N
// CHECK-NEXT:     Param a
// CHECK-NEXT:       Int 1
// CHECK-NEXT:     State v
// CHECK-NEXT:       Int 0
// CHECK-NEXT:     FireWhen
// CHECK-NEXT:       Binary >
// CHECK-NEXT:         Name v
// CHECK-NEXT:         Name a
// CHECK-NEXT:       CheckedEvery
// CHECK-NEXT:         Int 1 [ms]
// CHECK-NEXT:     Handler pre
// CHECK-NEXT:       Let x
// CHECK-NEXT:         Int 1
// CHECK-NEXT:       Assign +=
// CHECK-NEXT:         Name v
// CHECK-NEXT:         Name x
// CHECK-NEXT:       Assign =
// CHECK-NEXT:         Name v
// CHECK-NEXT:         Call
// CHECK-NEXT:           Name f
// CHECK-NEXT:           Arg
// CHECK-NEXT:             Name v
// CHECK-NEXT:       Fire
// CHECK-NEXT:       RefractoryFor
// CHECK-NEXT:         Int 2 [ms]
// CHECK-NEXT:     Override tau
// CHECK-NEXT:       Int 3
// CHECK-NEXT:   Circuit C
// CHECK-NEXT:     Port in p
// CHECK-NEXT:     Port out q
// CHECK-NEXT:     Neuron n : N
// CHECK-NEXT:       Override a
// CHECK-NEXT:         Int 1
// CHECK-NEXT:       Override v
// CHECK-NEXT:         Int 2
// CHECK-NEXT:     Population E : N
// CHECK-NEXT:       Int 10
// CHECK-NEXT:     Instance s
// CHECK-NEXT:       Circuit Sub
// CHECK-NEXT:     Input i
// CHECK-NEXT:       Int 2
// CHECK-NEXT:       Source poisson()
// CHECK-NEXT:         Arg
// CHECK-NEXT:           Int 5 [Hz]
// CHECK-NEXT:     Connect
// CHECK-NEXT:       Name E
// CHECK-NEXT:       Name E
// CHECK-NEXT:       Synapse Syn
// CHECK-NEXT:       Rule all
// CHECK-NEXT:     Connect shorthand
// CHECK-NEXT:       Name E
// CHECK-NEXT:       Name q
// CHECK-NEXT:     Let m
// CHECK-NEXT:       Int 3
// CHECK-NEXT:     ExternOutput o
// CHECK-NEXT:     Override a
// CHECK-NEXT:       Int 4
// CHECK-NOT: {{.}}
