// RUN: not %fluxc --verify %s 2>&1 | FileCheck --strict-whitespace %s
// --verify fails on an announced error that is missing and on an unannounced one, listing each.

let fine = 1 // expected-error {{this error never happens}}
let bad = "\q"

// CHECK:      {{^}}error: 'expected{{-}}error' diagnostics expected but not seen:{{$}}
// CHECK-NEXT: {{^  .*}}verify-missing-error.flux Line 4: this error never happens{{$}}
// CHECK-NEXT: {{^}}error: 'error' diagnostics seen but not expected:{{$}}
// CHECK-NEXT: {{^  .*}}verify-missing-error.flux Line 5: unknown escape sequence '\q' in string; the escapes are \n, \t, \" and \\{{$}}
// CHECK-NOT:  {{.}}
