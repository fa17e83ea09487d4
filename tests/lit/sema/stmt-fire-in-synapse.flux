// `fire` is a neuron statement: in a synapse model it is an error that points to `deliver(w)`.
// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s

synapse Relay {
  param w = 1.0
  on pre { fire }
// CHECK:      {{^.*}}stmt-fire-in-synapse.flux:[[@LINE-1]]:12: error: 'fire' is for neuron models; a synapse transmits with 'deliver(w)'{{$}}
// CHECK-NEXT: {{^}}  on pre { fire }{{$}}
// CHECK-NEXT: {{^}}           ^~~~{{$}}
}
// CHECK-NEXT: {{^}}1 error generated.{{$}}
