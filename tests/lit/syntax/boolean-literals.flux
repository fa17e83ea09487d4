// RUN: %fluxc --emit=ast %s | FileCheck %s
// 'true' and 'false' are Bool literals, usable in any expression.

let yes = true
let no = false
let mixed = true and not false

// CHECK:      Module "{{.*}}boolean-literals.flux"
// CHECK-NEXT:   Let yes <4:1>
// CHECK-NEXT:     Bool true <4:11>
// CHECK-NEXT:   Let no <5:1>
// CHECK-NEXT:     Bool false <5:10>
// CHECK-NEXT:   Let mixed <6:1>
// CHECK-NEXT:     Binary and <6:13>
// CHECK-NEXT:       Bool true <6:13>
// CHECK-NEXT:       Unary not <6:22>
// CHECK-NEXT:         Bool false <6:26>
// CHECK-NOT: {{.}}
