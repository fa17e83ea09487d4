// Port bindings compose through two levels of nesting: the rule at each level applies in turn (one_to_one outside, ring(1) in the middle, one_to_one inside), for in- and out-ports.
// RUN: %fluxc --emit=network --full %s | FileCheck %s

import stdlib.neurons

circuit Inner {
  in drive[4]
  out spikes[4]
  population E[4] : Mlif
  drive -> E : direct(w = 0.5) with one_to_one
  E -> spikes with one_to_one
}

circuit Middle {
  in drive[4]
  out spikes[2]
  instance core : Inner
  drive -> core.drive with ring(1)
  core.spikes[2 .. 4] -> spikes with one_to_one
}

circuit Top {
  population S[4] : Mlif
  population T[2] : Mlif
  instance m : Middle
  S -> m.drive with one_to_one
  m.spikes -> T : direct(w = 0.2) with one_to_one
}

// S[i] -> channel i -> channels i - 1 and i + 1 (mod 4) of core.drive -> E[i - 1], E[i + 1].
// CHECK-LABEL: projection Top.S -> Top.m.core.E kind=direct rule=one_to_one via ports synapses=8 weight=0.5 delay=1 ms
// CHECK-NEXT:    in-degree mean=2 min=2 max=2  out-degree mean=2 min=2 max=2
// CHECK-NEXT:    0 -> 1
// CHECK-NEXT:    0 -> 3
// CHECK-NEXT:    1 -> 0
// CHECK-NEXT:    1 -> 2
// CHECK-NEXT:    2 -> 1
// CHECK-NEXT:    2 -> 3
// CHECK-NEXT:    3 -> 0
// CHECK-NEXT:    3 -> 2
// Only E[2] and E[3] leave through Middle's spikes, to T[0] and T[1].
// CHECK-LABEL: projection Top.m.core.E -> Top.T kind=direct rule=one_to_one via ports synapses=2 weight=0.2 delay=1 ms
// CHECK-NEXT:    in-degree
// CHECK-NEXT:    2 -> 0
// CHECK-NEXT:    3 -> 1
// CHECK-NOT:   projection
