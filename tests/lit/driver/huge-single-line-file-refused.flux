// UNSUPPORTED: asan
// RUN: %python -c "import sys; open(sys.argv[1], 'w').write('x' * (50 << 20))" %t.flux
// RUN: not %python %S/../Inputs/limits.py --seconds 5 --memory-mib 512 --remove-after %t.flux -- %fluxc check %t.flux 2>&1 | FileCheck %s
// A 50 MiB file on one line (minified or binary-like text) is refused as fast as a multi-line one.
// and 2.7 GB of memory before the error appears.

// CHECK:     .flux:1:1: error: file is too large (50.0 MiB; the limit is 16.0 MiB)
// CHECK:     1 error generated.
// CHECK-NOT: limits.py
