// RUN: %fluxc --version | FileCheck --match-full-lines %s
// --version prints fluxc's version, then LLVM 19, the host triple and CPU, and the vector width.

// CHECK:      fluxc {{[0-9]+\.[0-9]+\.[0-9]+}}
// CHECK-NEXT: LLVM 19.{{[0-9]+\.[0-9]+}}, host {{[a-z0-9_]+-[-a-z0-9_.]+}} ({{[-a-z0-9_.]+}}, {{(128|256|512)}}-bit vectors)
// CHECK-NOT:  {{.}}
