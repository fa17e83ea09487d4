// RUN: %fluxc --emit=ast %s | FileCheck %s
// The five assignment operators, with names, members and indices as targets.

neuron N {
  on pre {
    v = 1
    v += 2
    v -= 3
    s.g *= 4
    buf[i] /= 5
  }
}

// CHECK:      Module "{{.*}}assignment-operators.flux"
// CHECK-NEXT:   Neuron N <4:1>
// CHECK-NEXT:     Handler pre <5:3>
// CHECK-NEXT:       Assign = <6:5>
// CHECK-NEXT:         Name v <6:5>
// CHECK-NEXT:         Int 1 <6:9>
// CHECK-NEXT:       Assign += <7:5>
// CHECK-NEXT:         Name v <7:5>
// CHECK-NEXT:         Int 2 <7:10>
// CHECK-NEXT:       Assign -= <8:5>
// CHECK-NEXT:         Name v <8:5>
// CHECK-NEXT:         Int 3 <8:10>
// CHECK-NEXT:       Assign *= <9:5>
// CHECK-NEXT:         Member .g <9:5>
// CHECK-NEXT:           Name s <9:5>
// CHECK-NEXT:         Int 4 <9:12>
// CHECK-NEXT:       Assign /= <10:5>
// CHECK-NEXT:         Index <10:5>
// CHECK-NEXT:           Name buf <10:5>
// CHECK-NEXT:           Name i <10:9>
// CHECK-NEXT:         Int 5 <10:15>
// CHECK-NOT: {{.}}
