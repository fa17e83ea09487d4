// RUN: rm -f %t.ast
// RUN: not %fluxc --emit=ast -o %t.ast %s 2>&1 | FileCheck %s
// RUN: not ls %t.ast
// RUN: not ls %t.ast.tmp
// When the input has errors, -o leaves no output file (nor a temporary) behind.

let broken =

// CHECK: error: unexpected end of file; expected an expression
