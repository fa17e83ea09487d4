// Values converted to base units print as plain numbers: 1.5 s is 1500 ms, 2 nA is 2000 pA, 10 ms stays 10 ms, 2 min is 120000 ms.
// RUN: %fluxc --emit=sema %s | FileCheck --strict-whitespace %s

neuron Cell {
  param t = 1.5 s
  param i = 2 nA
  param x = 10 ms
  param m = 2 min
  param v = -70 mV
}

// CHECK:      {{^}}  param t : time [ms] = 1.5 s  (1500{{(\.0)?}} ms){{$}}
// CHECK-NEXT: {{^}}  param i : current [pA] = 2 nA  (2000{{(\.0)?}} pA){{$}}
// CHECK-NEXT: {{^}}  param x : time [ms] = 10 ms{{(  \(10(\.0)? ms\))?}}{{$}}
// CHECK-NEXT: {{^}}  param m : time [ms] = 2 min  (120000{{(\.0)?}} ms){{$}}
// CHECK-NEXT: {{^}}  param v : voltage [mV] = -70 mV{{(  \(-70(\.0)? mV\))?}}{{$}}
