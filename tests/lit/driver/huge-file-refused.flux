// UNSUPPORTED: asan
// RUN: %python -c "import sys; open(sys.argv[1], 'w').write('let x = 1\n' * (5 << 20))" %t.flux
// RUN: not %python %S/../Inputs/limits.py --seconds 5 --memory-mib 512 --remove-after %t.flux -- %fluxc check %t.flux 2>&1 | FileCheck %s
// A 50 MiB file is refused with a clear error (default limit 16 MiB) in under 5 s and 512 MiB.

// CHECK:     .flux:1:1: error: file is too large (50.0 MiB; the limit is 16.0 MiB); keep large connectivity in a table("file.csv") and raise the limit with --max-file-size if you must
// CHECK:     1 error generated.
// CHECK-NOT: limits.py
