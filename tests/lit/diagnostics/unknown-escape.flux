// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s
// An unknown escape is reported at its backslash, naming the valid ones; every bad string is reported.

let path = "C:\data"
// CHECK:      {{^.*}}unknown-escape.flux:[[@LINE-1]]:15: error: unknown escape sequence '\d' in string; the escapes are \n, \t, \" and \\{{$}}
// CHECK-NEXT: {{^}}let path = "C:\data"{{$}}
// CHECK-NEXT: {{^}}              ^~{{$}}
let unicode = "ok\n\u00e9"
// CHECK-NEXT: {{^.*}}unknown-escape.flux:[[@LINE-1]]:20: error: unknown escape sequence '\u' in string; the escapes are \n, \t, \" and \\{{$}}
// CHECK-NEXT: {{^}}let unicode = "ok\n\u00e9"{{$}}
// CHECK-NEXT: {{^}}                   ^~{{$}}
// CHECK-NEXT: {{^}}2 errors generated.{{$}}
