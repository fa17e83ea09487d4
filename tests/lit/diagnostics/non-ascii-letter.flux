// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s
// A non-ASCII letter outside a string is one unexpected character, shown whole, caret under it.

let café = 1
// CHECK:      {{^.*}}non-ascii-letter.flux:[[@LINE-1]]:8: error: unexpected character 'é'{{$}}
// CHECK-NEXT: {{^}}let café = 1{{$}}
// CHECK-NEXT: {{^}}       ^{{$}}
let τ = 2
// CHECK-NEXT: {{^.*}}non-ascii-letter.flux:[[@LINE-1]]:5: error: unexpected character 'τ'{{$}}
// CHECK-NEXT: {{^}}let τ = 2{{$}}
// CHECK-NEXT: {{^}}    ^{{$}}
// CHECK-NEXT: {{^}}2 errors generated.{{$}}
