// An unknown unit is reported at the unit, with the closest known unit and the full list of units.
// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s

neuron Cell {
  param rate = 40 kHZ
// CHECK:      {{^.*}}units-unknown-unit.flux:[[@LINE-1]]:19: error: unknown unit 'kHZ'; did you mean 'kHz'? (the units are ms, s, us, min, Hz, kHz, mV, V, uV, pA, nA, uA, nS, uS, mS, pF, nF, uF, MOhm, GOhm, um, mm, cm, m){{$}}
// CHECK-NEXT: {{^}}  param rate = 40 kHZ{{$}}
// CHECK-NEXT: {{^}}                  ^~~{{$}}
}
// CHECK-NEXT: {{^}}1 error generated.{{$}}
