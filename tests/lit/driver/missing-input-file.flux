// RUN: not %fluxc check %t.does-not-exist.flux 2>&1 | FileCheck --match-full-lines %s
// A file that does not exist is an error naming the file and the system's reason.

// CHECK:      fluxc: error: cannot read '{{.*}}.does-not-exist.flux': No such file or directory
// CHECK-NEXT: 1 error generated.
