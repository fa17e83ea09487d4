// A name declared by two imported modules is ambiguous where it is used unqualified; the error suggests both qualified names and notes both declarations.
// RUN: rm -rf %t && split-file %s %t
// RUN: not %fluxc check %t/main.flux 2>&1 | FileCheck --strict-whitespace %s

// CHECK:      {{^.*}}main.flux:3:33: error: 'Cell' is ambiguous: it is declared in '{{.*}}one.flux' and in '{{.*}}two.flux'; write 'one.Cell' or 'two.Cell'{{$}}
// CHECK-NEXT: {{^}}circuit Top { population P[2] : Cell }{{$}}
// CHECK-NEXT: {{^}}                                ^~~~{{$}}
// CHECK-NEXT: {{^.*}}one.flux:1:8: note: declared here{{$}}
// CHECK-NEXT: {{^}}neuron Cell { param a = 1.0 }{{$}}
// CHECK-NEXT: {{^}}       ^~~~{{$}}
// CHECK-NEXT: {{^.*}}two.flux:1:8: note: declared here{{$}}
// CHECK-NEXT: {{^}}neuron Cell { param b = 2.0 }{{$}}
// CHECK-NEXT: {{^}}       ^~~~{{$}}
// CHECK-NEXT: {{^}}1 error generated.{{$}}

//--- main.flux
import "one.flux"
import "two.flux"
circuit Top { population P[2] : Cell }
//--- one.flux
neuron Cell { param a = 1.0 }
//--- two.flux
neuron Cell { param b = 2.0 }
