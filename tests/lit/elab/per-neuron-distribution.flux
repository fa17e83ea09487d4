// A population override drawn from a distribution (`threshold = uniform(0.5, 1.5)`) gives each neuron its own value: --full prints the range and every value, all inside it.
// RUN: %fluxc --emit=network --full %s | FileCheck %s

import stdlib.neurons

circuit Top {
  population E[6] : Mlif { threshold = uniform(0.5, 1.5), leak = 0.1 per ms }
}

// CHECK-LABEL: population Top.E kind=neurons size=6 first=0 model=Mlif
// CHECK:         param threshold = per-neuron in [{{0\.[5-9][0-9]*|1(\.[0-4][0-9]*)?}}, {{0\.[5-9][0-9]*|1(\.[0-4][0-9]*)?}}]{{$}}
// CHECK-NEXT:    param leak = 0.1 kHz
// CHECK:         threshold:{{( (0\.[5-9][0-9]*|1(\.[0-4][0-9]*)?)){6}$}}
