// An input's rate computed from a parameter must not be negative: an error at the argument with the value in base units.
// RUN: not %fluxc --emit=network %s 2>&1 | FileCheck --strict-whitespace %s

circuit Top(r: rate = 5 Hz) {
  input noise[4] : poisson(rate = -r)
// CHECK:      {{^.*}}inputs-negative-rate.flux:[[@LINE-1]]:35: error: a rate cannot be negative, got -0.005 kHz{{$}}
// CHECK-NEXT: {{^}}  input noise[4] : poisson(rate = -r){{$}}
// CHECK-NEXT: {{^}}                                  ^~{{$}}
}
