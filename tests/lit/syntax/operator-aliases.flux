// RUN: %fluxc --emit=ast --no-locations %s | FileCheck %s
// '&&', '||' and '!' are spellings of 'and', 'or' and 'not': the trees are identical.

let words = not a and b or c
let symbols = !a && b || c

// CHECK:      Module "{{.*}}operator-aliases.flux"
// CHECK-NEXT:   Let words
// CHECK-NEXT:     Binary or
// CHECK-NEXT:       Binary and
// CHECK-NEXT:         Unary not
// CHECK-NEXT:           Name a
// CHECK-NEXT:         Name b
// CHECK-NEXT:       Name c
// CHECK-NEXT:   Let symbols
// CHECK-NEXT:     Binary or
// CHECK-NEXT:       Binary and
// CHECK-NEXT:         Unary not
// CHECK-NEXT:           Name a
// CHECK-NEXT:         Name b
// CHECK-NEXT:       Name c
// CHECK-NOT: {{.}}
