// `0.5 - 2 ms` names the operands in the order of the words ("subtract a time from a dimensionless value") and suggests the unit for the bare number.
// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s

circuit Top {
  let hop = 0.5 - 2 ms
// CHECK:      {{^.*}}units-subtract-time-from-unitless.flux:[[@LINE-1]]:13: error: cannot subtract a time [ms] from a dimensionless value; write the number with a unit, such as '0.5 ms'{{$}}
// CHECK-NEXT: {{^}}  let hop = 0.5 - 2 ms{{$}}
// CHECK-NEXT: {{^}}            ^~~~~~~~~~{{$}}
}
