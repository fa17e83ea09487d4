// A state whose initial value is a per-neuron parameter (Mlif's `state theta = threshold`) follows each neuron's own draw, not the first neuron's.
// RUN: %fluxc --emit=network --full %s | FileCheck %s

import stdlib.neurons

circuit Top {
  population E[6] : Mlif { threshold = uniform(0.5, 1.5) }
}

// CHECK:      param threshold = per-neuron in {{\[}}[[RANGE:.*]]]{{$}}
// CHECK:      state theta = per-neuron in {{\[}}[[RANGE]]]{{$}}
// CHECK:      threshold: [[VALUES:.*]]{{$}}
// CHECK-NEXT: theta: [[VALUES]]{{$}}
