// RUN: %fluxc --emit=ast %s | FileCheck %s
// Integers, reals, exponents and '_' digit separators; the spelling is kept as written.

let i = 42
let zero = 0
let r = 3.25
let e1 = 1e3
let e2 = 1.5e-3
let e3 = 2E+10
let sep = 1_000_000
let sepr = 6_02.2_1e2_3
let big = 9007199254740992

// CHECK:      Module "{{.*}}number-literals.flux"
// CHECK-NEXT:   Let i <4:1>
// CHECK-NEXT:     Int 42 <4:9>
// CHECK-NEXT:   Let zero <5:1>
// CHECK-NEXT:     Int 0 <5:12>
// CHECK-NEXT:   Let r <6:1>
// CHECK-NEXT:     Real 3.25 <6:9>
// CHECK-NEXT:   Let e1 <7:1>
// CHECK-NEXT:     Real 1e3 <7:10>
// CHECK-NEXT:   Let e2 <8:1>
// CHECK-NEXT:     Real 1.5e-3 <8:10>
// CHECK-NEXT:   Let e3 <9:1>
// CHECK-NEXT:     Real 2E+10 <9:10>
// CHECK-NEXT:   Let sep <10:1>
// CHECK-NEXT:     Int 1_000_000 <10:11>
// CHECK-NEXT:   Let sepr <11:1>
// CHECK-NEXT:     Real 6_02.2_1e2_3 <11:12>
// CHECK-NEXT:   Let big <12:1>
// CHECK-NEXT:     Int 9007199254740992 <12:11>
// CHECK-NOT: {{.}}
