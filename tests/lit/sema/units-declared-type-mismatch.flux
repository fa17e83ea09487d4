// A parameter declared `: time` whose default is a voltage is an error at the default, naming the expected and the actual dimension.
// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s

neuron Cell {
  param refractory: time = -70 mV
// CHECK:      {{^.*}}units-declared-type-mismatch.flux:[[@LINE-1]]:28: error: 'refractory' expects a time [ms], got a voltage [mV]{{$}}
// CHECK-NEXT: {{^}}  param refractory: time = -70 mV{{$}}
// CHECK-NEXT: {{^}}                           ^~~~~~{{$}}
}
// CHECK-NEXT: {{^}}1 error generated.{{$}}
