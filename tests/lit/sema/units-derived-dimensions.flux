// Arithmetic carries dimensions: conductance times voltage is a current, voltage over current a resistance, and sqrt of a squared voltage a voltage.
// RUN: %fluxc --emit=sema %s | FileCheck --strict-whitespace %s

neuron Cell {
  param i: current = 0.2 nS * 1 mV
  param r = 1 mV / 1 pA
  param s = sqrt(4 mV * 1 mV)
  param q = 1 ms * 1 mV
}

// CHECK:      {{^}}  param i : current [pA] = 0.2 nS * 1 mV  (0.2 pA){{$}}
// CHECK-NEXT: {{^}}  param r : resistance [GOhm] = 1 mV / 1 pA  (1.0 GOhm){{$}}
// CHECK-NEXT: {{^}}  param s : voltage [mV] = sqrt(4 mV * 1 mV)  (2.0 mV){{$}}
// CHECK-NEXT: {{^}}  param q : quantity in [ms*mV] = 1 ms * 1 mV  (1.0 ms*mV){{$}}
