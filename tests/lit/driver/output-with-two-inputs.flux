// RUN: not %fluxc --emit=ast -o %t.out %s %s 2>&1 | FileCheck --match-full-lines %s
// -o takes exactly one input file.

// CHECK:     fluxc: error: -o takes one input file, got 2
// CHECK-NOT: {{.}}
