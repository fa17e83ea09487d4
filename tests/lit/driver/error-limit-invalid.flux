// RUN: not %fluxc check --error-limit=many %s 2>&1 | FileCheck --match-full-lines %s
// --error-limit takes a number.

// CHECK: fluxc: error: the argument ('many') for option '--error-limit' is invalid; see 'fluxc --help'
