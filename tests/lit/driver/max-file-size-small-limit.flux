// RUN: %python -c "print('let x = 1\n' * 200)" > %t.flux
// RUN: not %fluxc check --max-file-size=0.001 %t.flux 2>&1 | FileCheck %s
// Under 0.1 MiB the size message still shows the file exceeds the limit (2000 bytes vs 1048).

// CHECK:     error: file is too large (
// CHECK-NOT: 0.0 MiB
// CHECK:     1 error generated.
