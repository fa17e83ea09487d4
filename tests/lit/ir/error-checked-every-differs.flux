// `checked every` is one grid for a whole population: an interval that is not the same for
// every neuron (here a parameter drawn per neuron) or not positive is an error at the
// population, found when the kernel is specialised.
// RUN: not %fluxc --emit=ir-opt %s 2>&1 | FileCheck --strict-whitespace %s

neuron Gridded {
  param resolution = 0.1 ms
  state v = 0.0
  on direct(w) {
    v += w
  }
  fire when v >= 1 checked every resolution
}

circuit Top {
  population Fine[3] : Gridded
  population Varied[3] : Gridded { resolution = uniform(0.1 ms, 0.2 ms) }
// CHECK:      {{^.*}}error-checked-every-differs.flux:[[@LINE-1]]:3: error: 'checked every' must be a positive interval, the same for every neuron of 'Top.Varied'{{$}}
// CHECK-NEXT: {{^}}  population Varied[3] : Gridded { resolution = uniform(0.1 ms, 0.2 ms) }{{$}}
// CHECK-NEXT: {{^}}  ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~{{$}}
  population Zero[3] : Gridded { resolution = 0 ms }
// CHECK-NEXT: {{^.*}}error-checked-every-differs.flux:[[@LINE-1]]:3: error: 'checked every' must be a positive interval, the same for every neuron of 'Top.Zero'{{$}}
// CHECK-NEXT: {{^}}  population Zero[3] : Gridded { resolution = 0 ms }{{$}}
// CHECK-NEXT: {{^}}  ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~{{$}}
}
// CHECK-NEXT: {{^}}2 errors generated.{{$}}
