// A malformed table is refused with an error at the rule that names the file, the line and the field at fault.
// RUN: rm -rf %t && split-file %s %t
// RUN: cd %t && not %fluxc --emit=network main.flux 2>&1 | FileCheck --strict-whitespace %s

// CHECK:      {{^}}main.flux:5:33: error: bad.csv:4: field 2: 'x' is not a neuron index{{$}}
// CHECK-NEXT: {{^}}  A -> B : direct(w = 0.3) with table("bad.csv"){{$}}
// CHECK-NEXT: {{^}}                                ^~~~~~~~~~~~~~~~{{$}}
// CHECK-NEXT: {{^}}1 error generated.{{$}}

//--- main.flux
import stdlib.neurons
circuit Top {
  population A[4] : Mlif
  population B[4] : Mlif
  A -> B : direct(w = 0.3) with table("bad.csv")
}
//--- bad.csv
# pre,post
0,1
1,2
2,x
3,3
