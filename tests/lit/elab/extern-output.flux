// A module-level `extern output` becomes an extern-output population when first used; spikes go to it without a synapse (kind=output), channel-wise with one_to_one.
// RUN: %fluxc --emit=network --full %s | FileCheck %s

import stdlib.neurons

extern output motor[2]

circuit Top {
  population M[4] : Mlif
  M[2 .. 4] -> motor with one_to_one
}

// CHECK:      population motor kind=extern-output size=2 first=4
// CHECK-NEXT: projection Top.M[2 .. 4] -> motor kind=output rule=one_to_one synapses=2{{$}}
// CHECK-NEXT:   in-degree mean=1 min=1 max=1  out-degree mean=1 min=1 max=1
// CHECK-NEXT:   0 -> 0
// CHECK-NEXT:   1 -> 1
