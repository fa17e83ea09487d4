// RUN: %fluxc --emit=ast %s | FileCheck %s
// Prefix '-', '+', 'not', '!' nest and bind tighter than '*' but looser than '.', '[]' and calls.

let a = - -x
let b = +x * -y
let c = not !ready
let d = -s.v[0]
let e = -f(x) - 1

// CHECK:      Module "{{.*}}unary-operators.flux"
// CHECK-NEXT:   Let a <4:1>
// CHECK-NEXT:     Unary - <4:9>
// CHECK-NEXT:       Unary - <4:11>
// CHECK-NEXT:         Name x <4:12>
// CHECK-NEXT:   Let b <5:1>
// CHECK-NEXT:     Binary * <5:9>
// CHECK-NEXT:       Unary + <5:9>
// CHECK-NEXT:         Name x <5:10>
// CHECK-NEXT:       Unary - <5:14>
// CHECK-NEXT:         Name y <5:15>
// CHECK-NEXT:   Let c <6:1>
// CHECK-NEXT:     Unary not <6:9>
// CHECK-NEXT:       Unary not <6:13>
// CHECK-NEXT:         Name ready <6:14>
// CHECK-NEXT:   Let d <7:1>
// CHECK-NEXT:     Unary - <7:9>
// CHECK-NEXT:       Index <7:10>
// CHECK-NEXT:         Member .v <7:10>
// CHECK-NEXT:           Name s <7:10>
// CHECK-NEXT:         Int 0 <7:14>
// CHECK-NEXT:   Let e <8:1>
// CHECK-NEXT:     Binary - <8:9>
// CHECK-NEXT:       Unary - <8:9>
// CHECK-NEXT:         Call <8:10>
// CHECK-NEXT:           Name f <8:10>
// CHECK-NEXT:           Arg <8:12>
// CHECK-NEXT:             Name x <8:12>
// CHECK-NEXT:       Int 1 <8:17>
// CHECK-NOT: {{.}}
