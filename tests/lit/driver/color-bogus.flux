// RUN: not %fluxc check --color=bogus %s 2>&1 | FileCheck --match-full-lines %s
// An unknown --color value is refused, listing the valid ones.

// CHECK:     fluxc: error: unknown value 'bogus' for --color; use auto, always or never
// CHECK-NOT: {{.}}
