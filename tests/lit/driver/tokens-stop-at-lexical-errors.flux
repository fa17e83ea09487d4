// RUN: not %fluxc --emit=tokens %s 2>&1 | FileCheck %s
// RUN: not %fluxc --emit=tokens %s 2>/dev/null | count 0
// --emit=tokens reports bad characters and prints no tokens; it does not parse, so no syntax errors.

let a = 1 @
let b

// CHECK:     tokens-stop-at-lexical-errors.flux:5:11: error: unexpected character '@'
// CHECK-NOT: error:
// CHECK:     1 error generated.
