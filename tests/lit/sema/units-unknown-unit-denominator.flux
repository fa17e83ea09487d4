// An unknown unit after `per` is reported at that unit, not at the start of the whole `mV per msec`.
// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s

neuron Cell {
  param slope = 0.5 mV per msec
// CHECK:      {{^.*}}units-unknown-unit-denominator.flux:[[@LINE-1]]:28: error: unknown unit 'msec'; did you mean 'ms'? (the units are {{.*}}){{$}}
// CHECK-NEXT: {{^}}  param slope = 0.5 mV per msec{{$}}
// CHECK-NEXT: {{^}}                           ^~~~{{$}}
}
