// `deliver(x)` belongs to synapse models: in a neuron handler or a circuit `let` it is an error over the call.
// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s

neuron Cell {
  state v = 0.0
  on direct(w) { deliver(w) }
// CHECK:      {{^.*}}stmt-deliver-outside-synapse.flux:[[@LINE-1]]:18: error: 'deliver' transmits from a synapse model; it cannot be used here{{$}}
// CHECK-NEXT: {{^}}  on direct(w) { deliver(w) }{{$}}
// CHECK-NEXT: {{^}}                 ^~~~~~~~~~{{$}}
}

circuit Top {
  let x = deliver(1.0)
// CHECK-NEXT: {{^.*}}stmt-deliver-outside-synapse.flux:[[@LINE-1]]:11: error: 'deliver' transmits from a synapse model; it cannot be used here{{$}}
}
