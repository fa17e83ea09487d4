// --emit=sema gives every constant default in base units (ms, mV, pA, nS, pF, mm; rates in 1/ms = kHz): 0.002 s and 2 ms are the same value, 40 Hz is 0.04 kHz.
// RUN: %fluxc --emit=sema %s | FileCheck --strict-whitespace %s

neuron Cell {
  param a = 0.002 s
  param b = 2 ms
  param c = 3 us
  param d = 40 Hz
  param e = 5 per s
  param f = 250 uV
  param g = 0.5 mV per ms
  param h = 0.5 m per s
}

// CHECK:      {{^}}  param a : time [ms] = 0.002 s  (2.0 ms){{$}}
// CHECK-NEXT: {{^}}  param b : time [ms] = 2 ms  (2.0 ms){{$}}
// CHECK-NEXT: {{^}}  param c : time [ms] = 3 us  (0.003 ms){{$}}
// CHECK-NEXT: {{^}}  param d : rate [kHz] = 40 Hz  (0.04 kHz){{$}}
// CHECK-NEXT: {{^}}  param e : rate [kHz] = 5 per s  (0.005 kHz){{$}}
// CHECK-NEXT: {{^}}  param f : voltage [mV] = 250 uV  (0.25 mV){{$}}
// CHECK-NEXT: {{^}}  param g : quantity in [mV/ms] = 0.5 mV per ms  (0.5 mV/ms){{$}}
// CHECK-NEXT: {{^}}  param h : velocity [mm/ms] = 0.5 m per s  (0.5 mm/ms){{$}}
