// Two top-level declarations with one name: the second is a redefinition, with a note at the first.
// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s

neuron Cell { param x = 1.0 }
circuit Cell { }
// CHECK:      {{^.*}}redefinition.flux:[[@LINE-1]]:9: error: redefinition of 'Cell'{{$}}
// CHECK-NEXT: {{^}}circuit Cell { }{{$}}
// CHECK-NEXT: {{^}}        ^~~~{{$}}
// CHECK-NEXT: {{^.*}}redefinition.flux:[[@LINE-5]]:8: note: the previous declaration of 'Cell' is here{{$}}
// CHECK-NEXT: {{^}}neuron Cell { param x = 1.0 }{{$}}
// CHECK-NEXT: {{^}}       ^~~~{{$}}
// CHECK-NEXT: {{^}}1 error generated.{{$}}
