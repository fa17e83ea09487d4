// RUN: not %fluxc --verify %s 2>&1 | FileCheck %s
// --verify matches lines exactly: an error announced one line off is both missing and unexpected.

// expected-error@+2 {{unknown escape}}
let a = "\q"

// CHECK:      'expected{{-}}error' diagnostics expected but not seen:
// CHECK-NEXT:   verify-wrong-line.flux Line 6: unknown escape
// CHECK-NEXT: 'error' diagnostics seen but not expected:
// CHECK-NEXT:   verify-wrong-line.flux Line 5: unknown escape sequence '\q'
