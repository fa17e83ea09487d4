// `2 ms + 0.5` adds a dimensionless number to a time: an error over the whole sum, with the fix "write the number with a unit, such as '0.5 ms'".
// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s

neuron Cell {
  param delay = 2 ms + 0.5
// CHECK:      {{^.*}}units-add-unitless-to-time.flux:[[@LINE-1]]:17: error: cannot add a time [ms] and a dimensionless value; write the number with a unit, such as '0.5 ms'{{$}}
// CHECK-NEXT: {{^}}  param delay = 2 ms + 0.5{{$}}
// CHECK-NEXT: {{^}}                ^~~~~~~~~~{{$}}
}
// CHECK-NEXT: {{^}}1 error generated.{{$}}
