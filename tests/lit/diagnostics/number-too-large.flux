// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s
// A number beyond the range of a double is refused, with the largest allowed.

let huge = 1e309
// CHECK:      {{^.*}}number-too-large.flux:[[@LINE-1]]:12: error: number '1e309' is too large; the largest number is about 1.8e308{{$}}
// CHECK-NEXT: {{^}}let huge = 1e309{{$}}
// CHECK-NEXT: {{^}}           ^~~~~{{$}}
let fine = 1.7976931348623157e308
// CHECK-NEXT: {{^}}1 error generated.{{$}}
