// RUN: %fluxc --emit=ast --no-locations %s | FileCheck %s
// Every binary level is left-associative: 'a - b - c' is '(a - b) - c', and so on.

let sub = a - b - c
let div = a / b * c % d
let cmp = a < b <= c
let eq = a == b != c
let conj = a and b && c
let disj = a or b || c

// CHECK:      Module "{{.*}}operator-associativity.flux"
// CHECK-NEXT:   Let sub
// CHECK-NEXT:     Binary -
// CHECK-NEXT:       Binary -
// CHECK-NEXT:         Name a
// CHECK-NEXT:         Name b
// CHECK-NEXT:       Name c
// CHECK-NEXT:   Let div
// CHECK-NEXT:     Binary %
// CHECK-NEXT:       Binary *
// CHECK-NEXT:         Binary /
// CHECK-NEXT:           Name a
// CHECK-NEXT:           Name b
// CHECK-NEXT:         Name c
// CHECK-NEXT:       Name d
// CHECK-NEXT:   Let cmp
// CHECK-NEXT:     Binary <=
// CHECK-NEXT:       Binary <
// CHECK-NEXT:         Name a
// CHECK-NEXT:         Name b
// CHECK-NEXT:       Name c
// CHECK-NEXT:   Let eq
// CHECK-NEXT:     Binary !=
// CHECK-NEXT:       Binary ==
// CHECK-NEXT:         Name a
// CHECK-NEXT:         Name b
// CHECK-NEXT:       Name c
// CHECK-NEXT:   Let conj
// CHECK-NEXT:     Binary and
// CHECK-NEXT:       Binary and
// CHECK-NEXT:         Name a
// CHECK-NEXT:         Name b
// CHECK-NEXT:       Name c
// CHECK-NEXT:   Let disj
// CHECK-NEXT:     Binary or
// CHECK-NEXT:       Binary or
// CHECK-NEXT:         Name a
// CHECK-NEXT:         Name b
// CHECK-NEXT:       Name c
// CHECK-NOT: {{.}}
