// RUN: %fluxc --emit=ast %s | FileCheck %s
// 'let' at top level and in circuits (optionally typed), and as a statement in blocks.

let scale = 2
let rate: frequency = 5 Hz

circuit C {
  let n: int = 10 * scale
  population E[n] : Lif
}

neuron N {
  on pre {
    let x = w * scale
    v += x
  }
}

// CHECK:      Module "{{.*}}let-declarations.flux"
// CHECK-NEXT:   Let scale <4:1>
// CHECK-NEXT:     Int 2 <4:13>
// CHECK-NEXT:   Let rate : frequency <5:1>
// CHECK-NEXT:     Int 5 [Hz] <5:23>
// CHECK-NEXT:   Circuit C <7:1>
// CHECK-NEXT:     Let n : int <8:3>
// CHECK-NEXT:       Binary * <8:16>
// CHECK-NEXT:         Int 10 <8:16>
// CHECK-NEXT:         Name scale <8:21>
// CHECK-NEXT:     Population E : Lif <9:3>
// CHECK-NEXT:       Name n <9:16>
// CHECK-NEXT:   Neuron N <12:1>
// CHECK-NEXT:     Handler pre <13:3>
// CHECK-NEXT:       Let x <14:5>
// CHECK-NEXT:         Binary * <14:13>
// CHECK-NEXT:           Name w <14:13>
// CHECK-NEXT:           Name scale <14:17>
// CHECK-NEXT:       Assign += <15:5>
// CHECK-NEXT:         Name v <15:5>
// CHECK-NEXT:         Name x <15:10>
// CHECK-NOT: {{.}}
