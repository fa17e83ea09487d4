// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s
// Characters that start no token ('@', '#', '$') are each reported, all of them, in order.

let a = 1 @ 2
// CHECK:      {{^.*}}stray-characters.flux:[[@LINE-1]]:11: error: unexpected character '@'{{$}}
// CHECK-NEXT: {{^}}let a = 1 @ 2{{$}}
// CHECK-NEXT: {{^}}          ^{{$}}
let b = #b
// CHECK-NEXT: {{^.*}}stray-characters.flux:[[@LINE-1]]:9: error: unexpected character '#'{{$}}
// CHECK-NEXT: {{^}}let b = #b{{$}}
// CHECK-NEXT: {{^}}        ^{{$}}
let $c = 3
// CHECK-NEXT: {{^.*}}stray-characters.flux:[[@LINE-1]]:5: error: unexpected character '$'{{$}}
// CHECK-NEXT: {{^}}let $c = 3{{$}}
// CHECK-NEXT: {{^}}    ^{{$}}
// CHECK-NEXT: {{^}}3 errors generated.{{$}}
