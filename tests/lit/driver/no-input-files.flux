// RUN: not %fluxc 2>&1 | FileCheck --match-full-lines %s
// RUN: not %fluxc check 2>&1 | FileCheck --match-full-lines %s
// RUN: not %fluxc --emit=ast 2>&1 | FileCheck --match-full-lines %s
// Without input files fluxc says so (it does not wait on standard input).

// CHECK:     fluxc: error: no input files; see 'fluxc --help'
// CHECK-NOT: {{.}}
