// `refractory for` is a neuron statement: in a synapse model it is an error over the whole statement.
// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s

synapse Relay {
  param w = 1.0
  on pre { deliver(w) }
  on post { refractory for 2 ms }
// CHECK:      {{^.*}}stmt-refractory-in-synapse.flux:[[@LINE-1]]:13: error: 'refractory for' is for neuron models{{$}}
// CHECK-NEXT: {{^}}  on post { refractory for 2 ms }{{$}}
// CHECK-NEXT: {{^}}            ^~~~~~~~~~~~~~~~~~~{{$}}
}
// CHECK-NEXT: {{^}}1 error generated.{{$}}
