// RUN: %fluxc --emit=ast %s | FileCheck %s
// 'instance' of a sub-circuit, single or an array, with or without arguments.

circuit Brain {
  instance v1 : cortex.Column
  instance columns[16] : Column(n = 200, 0.1)
  instance empty : Column()
}

// CHECK:      Module "{{.*}}instance-declaration.flux"
// CHECK-NEXT:   Circuit Brain <4:1>
// CHECK-NEXT:     Instance v1 <5:3>
// CHECK-NEXT:       Circuit cortex.Column <5:17>
// CHECK-NEXT:     Instance columns <6:3>
// CHECK-NEXT:       Int 16 <6:20>
// CHECK-NEXT:       Circuit Column() <6:26>
// CHECK-NEXT:         Arg n <6:33>
// CHECK-NEXT:           Int 200 <6:37>
// CHECK-NEXT:         Arg <6:42>
// CHECK-NEXT:           Real 0.1 <6:42>
// CHECK-NEXT:     Instance empty <7:3>
// CHECK-NEXT:       Circuit Column() <7:20>
// CHECK-NOT: {{.}}
