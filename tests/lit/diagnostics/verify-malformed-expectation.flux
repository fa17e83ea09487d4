// RUN: not %fluxc --verify %s 2>&1 | FileCheck --strict-whitespace %s
// --verify refuses an announcement it cannot read (no '{{' after it), pointing at it.

let a = 1 // expected-error no braces here

// CHECK:      {{^.*}}verify-malformed-expectation.flux:4:14: error: cannot read this expectation; write it as 'expected{{-}}error {{[{][{]}}message}}'{{$}}
// CHECK-NEXT: {{^}}let a = 1 // expected{{-}}error no braces here{{$}}
// CHECK-NEXT: {{^}}             ^~~~~~~~~~~~~~~{{$}}
