// RUN: %fluxc --emit=ast %s | FileCheck %s
// Calls with no, positional and named arguments (an Arg node each), and calls of calls.

let a = now()
let b = clamp(v, lo = 0, hi = 1 mV)
let c = make(2)(3)

// CHECK:      Module "{{.*}}call-arguments.flux"
// CHECK-NEXT:   Let a <4:1>
// CHECK-NEXT:     Call <4:9>
// CHECK-NEXT:       Name now <4:9>
// CHECK-NEXT:   Let b <5:1>
// CHECK-NEXT:     Call <5:9>
// CHECK-NEXT:       Name clamp <5:9>
// CHECK-NEXT:       Arg <5:15>
// CHECK-NEXT:         Name v <5:15>
// CHECK-NEXT:       Arg lo <5:18>
// CHECK-NEXT:         Int 0 <5:23>
// CHECK-NEXT:       Arg hi <5:26>
// CHECK-NEXT:         Int 1 [mV] <5:31>
// CHECK-NEXT:   Let c <6:1>
// CHECK-NEXT:     Call <6:9>
// CHECK-NEXT:       Call <6:9>
// CHECK-NEXT:         Name make <6:9>
// CHECK-NEXT:         Arg <6:14>
// CHECK-NEXT:           Int 2 <6:14>
// CHECK-NEXT:       Arg <6:17>
// CHECK-NEXT:         Int 3 <6:17>
// CHECK-NOT: {{.}}
