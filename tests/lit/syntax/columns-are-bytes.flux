// RUN: %fluxc --emit=ast %s | FileCheck %s
// Columns count bytes like clang: after 'µ' (2 bytes) and '→' (3 bytes) columns jump by 2 and 3.

let s = "µ→" let t = 1

// CHECK:      Let s <4:1>
// CHECK-NEXT:   String "µ→" <4:9>
// CHECK-NEXT: Let t <4:17>
// CHECK-NEXT:   Int 1 <4:25>
