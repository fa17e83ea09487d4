// RUN: not %fluxc check %S 2>&1 | FileCheck --match-full-lines %s
// A directory given as an input file is refused with a clear reason.

// CHECK:      fluxc: error: cannot read '{{.*}}driver': is a directory
// CHECK-NEXT: 1 error generated.
