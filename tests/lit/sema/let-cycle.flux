// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s
// Top-level lets that depend on each other are an error, not endless recursion.

let a = b + 1
let b = a * 2

// CHECK: let-cycle.flux:5:9: error: 'a' depends on itself through its 'let'
// CHECK-NEXT: {{^}}let b = a * 2{{$}}
// CHECK-NEXT: {{^}}        ^{{$}}
