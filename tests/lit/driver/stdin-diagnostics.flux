// RUN: %python -c "print('let x = 1\nlet y 2')" > %t.flux
// RUN: not %fluxc check - < %t.flux 2>&1 | FileCheck --match-full-lines %s
// Diagnostics for standard input are located in '<stdin>', with the snippet.

// CHECK:      <stdin>:2:7: error: unexpected number '2'; expected '=' or ':'
// CHECK-NEXT: let y 2
// CHECK-NEXT:       ^
// CHECK-NEXT: 1 error generated.
