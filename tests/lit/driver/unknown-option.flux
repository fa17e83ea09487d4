// RUN: not %fluxc --frobnicate %s 2>&1 | FileCheck --match-full-lines %s
// An unknown option is refused before any file is read, with a pointer to --help.

// CHECK:     fluxc: error: unrecognised option '--frobnicate'; see 'fluxc --help'
// CHECK-NOT: {{.}}
