// RUN: %python -c "print('let a = 1\nlet b 2')" > %t.first.flux
// RUN: %python -c "print('let c = \"\\\\q\"')" > %t.second.flux
// RUN: not %fluxc check %t.first.flux %s %t.second.flux 2>&1 | FileCheck %s
// One run checks several files and reports the errors of each, in order, under one summary.

let fine = 1

// CHECK:     first.flux:2:7: error: unexpected number '2'; expected '=' or ':'
// CHECK:     second.flux:1:10: error: unknown escape sequence '\q' in string
// CHECK:     2 errors generated.
// CHECK-NOT: several-files.flux
