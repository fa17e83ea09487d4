// A bare number where a typed quantity is expected gets the fix: the same number with the base unit of the dimension.
// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s

neuron Cell {
  param tau: time = 5
// CHECK:      {{^.*}}units-declared-type-bare-number.flux:[[@LINE-1]]:21: error: 'tau' expects a time [ms], got an int; write the number with a unit, such as '5 ms'{{$}}
// CHECK-NEXT: {{^}}  param tau: time = 5{{$}}
// CHECK-NEXT: {{^}}                    ^{{$}}
  param g: conductance = 0.5
// CHECK-NEXT: {{^.*}}units-declared-type-bare-number.flux:[[@LINE-1]]:26: error: 'g' expects a conductance [nS], got a dimensionless value; write the number with a unit, such as '0.5 nS'{{$}}
}
