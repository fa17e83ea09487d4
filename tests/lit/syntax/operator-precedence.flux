// RUN: %fluxc --emit=ast --no-locations %s | FileCheck %s
// Binary precedence, loosest first: or, and, == !=, < <= > >=, + -, * / % (written both ways round).

let loosest_first = a or b and c == d < e + f * g
let tightest_first = a * b + c < d == e and f or g
let ladder = a % b - c >= d != e && f || g

// CHECK:      Module "{{.*}}operator-precedence.flux"
// CHECK-NEXT:   Let loosest_first
// CHECK-NEXT:     Binary or
// CHECK-NEXT:       Name a
// CHECK-NEXT:       Binary and
// CHECK-NEXT:         Name b
// CHECK-NEXT:         Binary ==
// CHECK-NEXT:           Name c
// CHECK-NEXT:           Binary <
// CHECK-NEXT:             Name d
// CHECK-NEXT:             Binary +
// CHECK-NEXT:               Name e
// CHECK-NEXT:               Binary *
// CHECK-NEXT:                 Name f
// CHECK-NEXT:                 Name g
// CHECK-NEXT:   Let tightest_first
// CHECK-NEXT:     Binary or
// CHECK-NEXT:       Binary and
// CHECK-NEXT:         Binary ==
// CHECK-NEXT:           Binary <
// CHECK-NEXT:             Binary +
// CHECK-NEXT:               Binary *
// CHECK-NEXT:                 Name a
// CHECK-NEXT:                 Name b
// CHECK-NEXT:               Name c
// CHECK-NEXT:             Name d
// CHECK-NEXT:           Name e
// CHECK-NEXT:         Name f
// CHECK-NEXT:       Name g
// CHECK-NEXT:   Let ladder
// CHECK-NEXT:     Binary or
// CHECK-NEXT:       Binary and
// CHECK-NEXT:         Binary !=
// CHECK-NEXT:           Binary >=
// CHECK-NEXT:             Binary -
// CHECK-NEXT:               Binary %
// CHECK-NEXT:                 Name a
// CHECK-NEXT:                 Name b
// CHECK-NEXT:               Name c
// CHECK-NEXT:             Name d
// CHECK-NEXT:           Name e
// CHECK-NEXT:         Name f
// CHECK-NEXT:       Name g
// CHECK-NOT: {{.}}
