// Adding a time to a voltage is a dimension error naming both dimensions and their base units; no unit hint, since neither side is a bare number.
// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s

neuron Cell {
  param tau = 10 ms
  state v = -70 mV
  evolve(dt) { v = v + tau }
// CHECK:      {{^.*}}units-add-time-to-voltage.flux:[[@LINE-1]]:20: error: cannot add a voltage [mV] and a time [ms]{{$}}
// CHECK-NEXT: {{^}}  evolve(dt) { v = v + tau }{{$}}
// CHECK-NEXT: {{^}}                   ^~~~~~~{{$}}
}
// CHECK-NEXT: {{^}}1 error generated.{{$}}
