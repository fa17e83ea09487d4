// RUN: %fluxc --emit=ast - < %s | FileCheck %s
// RUN: %fluxc check - < %s
// '-' reads the program from standard input; the module is named '<stdin>'.

let k = 1

// CHECK:      {{^}}Module "<stdin>"{{$}}
// CHECK-NEXT: {{^}}  Let k <5:1>{{$}}
