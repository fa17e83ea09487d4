// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s
// A '/*' comment that never closes is reported at its opening '/*', which is underlined.
// (These CHECK lines are inside that comment, so they spell the closing token '*{{/}}'.)

let x = 1 /* never closed
// CHECK:      {{^.*}}unterminated-block-comment.flux:[[@LINE-1]]:11: error: unterminated comment; add '*{{/}}' to close it{{$}}
// CHECK-NEXT: {{^}}let x = 1 /* never closed{{$}}
// CHECK-NEXT: {{^}}          ^~{{$}}
// CHECK-NEXT: {{^}}1 error generated.{{$}}
