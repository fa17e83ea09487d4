// RUN: %fluxc --emit=source %s | FileCheck --strict-whitespace %s
// --emit=source keeps only the parentheses the tree needs (grouping, right operands, '- -x').

let a = ((x)) + ((y * z))
let b = (x + y) * z
let c = x - (y - z)
let d = (x - y) - z
let e = -(x + y)
let f = (-x)[0]
let g = not (a and b) or (c or d)
let h = - -x
let i = -(-(2 ms))
let j = (a.b)(c)[(d)]
let k = x / (y * z)

// CHECK:      {{^}}let a = x + y * z{{$}}
// CHECK-EMPTY:
// CHECK-NEXT: {{^}}let b = (x + y) * z{{$}}
// CHECK-EMPTY:
// CHECK-NEXT: {{^}}let c = x - (y - z){{$}}
// CHECK-EMPTY:
// CHECK-NEXT: {{^}}let d = x - y - z{{$}}
// CHECK-EMPTY:
// CHECK-NEXT: {{^}}let e = -(x + y){{$}}
// CHECK-EMPTY:
// CHECK-NEXT: {{^}}let f = (-x)[0]{{$}}
// CHECK-EMPTY:
// CHECK-NEXT: {{^}}let g = not (a and b) or (c or d){{$}}
// CHECK-EMPTY:
// CHECK-NEXT: {{^}}let h = - -x{{$}}
// CHECK-EMPTY:
// CHECK-NEXT: {{^}}let i = - -2 ms{{$}}
// CHECK-EMPTY:
// CHECK-NEXT: {{^}}let j = a.b(c)[d]{{$}}
// CHECK-EMPTY:
// CHECK-NEXT: {{^}}let k = x / (y * z){{$}}
