// RUN: %fluxc --emit=ast %s | FileCheck %s
// Postfix chains apply left to right: member, index, slice and call in any order.

let x = a.b[1].c(2)[3 .. 4].d

// CHECK:      Module "{{.*}}member-index-chains.flux"
// CHECK-NEXT:   Let x <4:1>
// CHECK-NEXT:     Member .d <4:9>
// CHECK-NEXT:       Slice <4:9>
// CHECK-NEXT:         Call <4:9>
// CHECK-NEXT:           Member .c <4:9>
// CHECK-NEXT:             Index <4:9>
// CHECK-NEXT:               Member .b <4:9>
// CHECK-NEXT:                 Name a <4:9>
// CHECK-NEXT:               Int 1 <4:13>
// CHECK-NEXT:           Arg <4:18>
// CHECK-NEXT:             Int 2 <4:18>
// CHECK-NEXT:         Int 3 <4:21>
// CHECK-NEXT:         Int 4 <4:26>
// CHECK-NOT: {{.}}
