// `exp` takes a dimensionless value: `exp(dt)` is an error, `exp(-dt / tau)` is fine.
// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s

neuron Cell {
  param tau = 10 ms
  state v = 1.0
  evolve(dt) {
    v *= exp(-dt / tau)
    v *= exp(dt)
// CHECK:      {{^.*}}units-exp-of-dimensional.flux:[[@LINE-1]]:14: error: 'exp' expects a dimensionless value, got a time [ms]{{$}}
// CHECK-NEXT: {{^}}    v *= exp(dt){{$}}
// CHECK-NEXT: {{^}}             ^~{{$}}
  }
}
// CHECK-NEXT: {{^}}1 error generated.{{$}}
