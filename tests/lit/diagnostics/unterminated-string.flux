// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s
// A string must close on its line; the unterminated string is underlined, and '\"' does not close it.

let name = "unfinished \"
// CHECK:      {{^.*}}unterminated-string.flux:[[@LINE-1]]:12: error: unterminated string; add the closing '"' on the same line{{$}}
// CHECK-NEXT: {{^}}let name = "unfinished \"{{$}}
// CHECK-NEXT: {{^}}           ^~~~~~~~~~~~~~{{$}}
// CHECK-NEXT: {{^}}1 error generated.{{$}}
