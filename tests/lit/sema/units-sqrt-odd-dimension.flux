// `sqrt` of a quantity whose dimension is not a square (a time) is an error at the argument.
// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s

neuron Cell {
  param tau = 4 ms
  param root = sqrt(tau)
// CHECK:      {{^.*}}units-sqrt-odd-dimension.flux:[[@LINE-1]]:21: error: cannot take the square root of a time [ms]{{$}}
// CHECK-NEXT: {{^}}  param root = sqrt(tau){{$}}
// CHECK-NEXT: {{^}}                    ^~~{{$}}
}
// CHECK-NEXT: {{^}}1 error generated.{{$}}
