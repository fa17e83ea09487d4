// RUN: %fluxc --emit=ast %s | FileCheck %s
// A unit directly follows a number: '2 ms', '0.05 per ms', '0.5 mV per ms', '5 per s'.

let a = 2 ms
let b = 0.05 per ms
let c = 0.5 mV per ms
let d = 5 per s
let e = 20 ms * 2
let f = -3 nA

// CHECK:      Module "{{.*}}unit-literals.flux"
// CHECK-NEXT:   Let a <4:1>
// CHECK-NEXT:     Int 2 [ms] <4:9>
// CHECK-NEXT:   Let b <5:1>
// CHECK-NEXT:     Real 0.05 [per ms] <5:9>
// CHECK-NEXT:   Let c <6:1>
// CHECK-NEXT:     Real 0.5 [mV per ms] <6:9>
// CHECK-NEXT:   Let d <7:1>
// CHECK-NEXT:     Int 5 [per s] <7:9>
// CHECK-NEXT:   Let e <8:1>
// CHECK-NEXT:     Binary * <8:9>
// CHECK-NEXT:       Int 20 [ms] <8:9>
// CHECK-NEXT:       Int 2 <8:17>
// CHECK-NEXT:   Let f <9:1>
// CHECK-NEXT:     Unary - <9:9>
// CHECK-NEXT:       Int 3 [nA] <9:10>
// CHECK-NOT: {{.}}
