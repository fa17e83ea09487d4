// RUN: %fluxc --emit=ast %s | FileCheck %s
// Statement-level 'if' / 'else if' / 'else' inside a handler; without 'else' there is no Else.

neuron N {
  on pre {
    if v > 1 {
      fire
    } else if v < -1 {
      v = -1
    } else {
      v += 0.1
    }
    if ready { fire }
  }
}

// CHECK:      Module "{{.*}}if-statement.flux"
// CHECK-NEXT:   Neuron N <4:1>
// CHECK-NEXT:     Handler pre <5:3>
// CHECK-NEXT:       If <6:5>
// CHECK-NEXT:         Branch <6:8>
// CHECK-NEXT:           Binary > <6:8>
// CHECK-NEXT:             Name v <6:8>
// CHECK-NEXT:             Int 1 <6:12>
// CHECK-NEXT:           Fire <7:7>
// CHECK-NEXT:         Branch <8:15>
// CHECK-NEXT:           Binary < <8:15>
// CHECK-NEXT:             Name v <8:15>
// CHECK-NEXT:             Unary - <8:19>
// CHECK-NEXT:               Int 1 <8:20>
// CHECK-NEXT:           Assign = <9:7>
// CHECK-NEXT:             Name v <9:7>
// CHECK-NEXT:             Unary - <9:11>
// CHECK-NEXT:               Int 1 <9:12>
// CHECK-NEXT:         Else
// CHECK-NEXT:           Assign += <11:7>
// CHECK-NEXT:             Name v <11:7>
// CHECK-NEXT:             Real 0.1 <11:12>
// CHECK-NEXT:       If <13:5>
// CHECK-NEXT:         Branch <13:8>
// CHECK-NEXT:           Name ready <13:8>
// CHECK-NEXT:           Fire <13:16>
// CHECK-NOT: {{.}}
