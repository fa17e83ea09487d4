// Comparing values of different dimensions is an error, for equality and for ordering alike.
// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s

neuron Cell {
  param v_th = -55 mV
  state v = 0.0
  on direct(w) {
    if v_th == 2 ms { v = 0 }
// CHECK:      {{^.*}}units-compare-dimensions.flux:[[@LINE-1]]:8: error: cannot compare a voltage [mV] with a time [ms]{{$}}
// CHECK-NEXT: {{^}}    if v_th == 2 ms { v = 0 }{{$}}
// CHECK-NEXT: {{^}}       ^~~~~~~~~~~~{{$}}
  }
  fire when v >= v_th
// CHECK-NEXT: {{^.*}}units-compare-dimensions.flux:[[@LINE-1]]:13: error: cannot compare a dimensionless value with a voltage [mV]{{$}}
// CHECK-NEXT: {{^}}  fire when v >= v_th{{$}}
// CHECK-NEXT: {{^}}            ^~~~~~~~~{{$}}
}
// CHECK-NEXT: {{^}}2 errors generated.{{$}}
