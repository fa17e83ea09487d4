// Inputs become source populations with their source and arguments in base units (5 Hz is 0.005 kHz), positional or named, and connect like neurons.
// RUN: %fluxc --emit=network --full %s | FileCheck %s

import stdlib.neurons

circuit Top {
  input noise[4] : poisson(rate = 5 Hz)
  input tick : regular(40 Hz, 2 ms)
  population P[4] : Mlif
  noise -> P : direct(w = 0.5) with one_to_one
  tick -> P : direct(w = 0.1)
}

// CHECK:      neurons=4 populations=3 projections=2 synapses=8
// CHECK-NEXT: population Top.noise kind=source size=4 first=0 source=poisson
// CHECK-NEXT:   param rate = 0.005 kHz
// CHECK-NEXT: population Top.tick kind=source size=1 first=4 source=regular
// CHECK-NEXT:   param rate = 0.04 kHz
// CHECK-NEXT:   param phase = 2 ms
// CHECK-NEXT: population Top.P kind=neurons size=4 first=5 model=Mlif
// CHECK-LABEL: projection Top.noise -> Top.P kind=direct rule=one_to_one synapses=4 weight=0.5
// CHECK-LABEL: projection Top.tick -> Top.P kind=direct rule=all_to_all synapses=4 weight=0.1
