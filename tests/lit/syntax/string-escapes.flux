// RUN: %fluxc --emit=ast %s | FileCheck %s
// String literals decode \n, \t, \" and \\ (printed escaped again); other text is kept.

let plain = "hello, world"
let escapes = "tab\tnewline\nquote\"backslash\\"
let empty = ""
let unicode = "µV → λ"

// CHECK:      Module "{{.*}}string-escapes.flux"
// CHECK-NEXT:   Let plain <4:1>
// CHECK-NEXT:     String "hello, world" <4:13>
// CHECK-NEXT:   Let escapes <5:1>
// CHECK-NEXT:     String "tab\tnewline\nquote\"backslash\\" <5:15>
// CHECK-NEXT:   Let empty <6:1>
// CHECK-NEXT:     String "" <6:13>
// CHECK-NEXT:   Let unicode <7:1>
// CHECK-NEXT:     String "µV → λ" <7:15>
// CHECK-NOT: {{.}}
