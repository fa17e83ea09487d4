// Each module's top-level lets are its own: two imported modules may both define `n`, a
// module imported indirectly keeps its lets, a let may use one declared after it, and a
// model default may read a let of its module.
// RUN: split-file %s %t
// RUN: %fluxc --emit=network --full %t/main.flux | FileCheck %s
// CHECK: population Top.a.P kind=neurons size=2
// CHECK: population Top.b.Q kind=neurons size=5
// CHECK: population Top.c.x.R kind=neurons size=6
// CHECK: param gain = 2.5

//--- la.flux
import stdlib.neurons
let n = 2
circuit A { population P[n] : Mlif }
//--- lb.flux
import stdlib.neurons
let n = 5
circuit B { population Q[n] : Mlif }
//--- deep.flux
import stdlib.neurons
let size = half * 2
let half = 3
let base = 2.5
neuron G extends Mlif { param gain = base }
circuit D { population R[size] : G }
//--- mid.flux
import "deep.flux"
circuit C { instance x : D }
//--- main.flux
import "la.flux" as la
import "lb.flux" as lb
import "mid.flux"
circuit Top {
  instance a : la.A
  instance b : lb.B
  instance c : C
}
