// UNSUPPORTED: asan
// RUN: %python -c "print('let x = ' + '+'.join(['1'] * 20000))" > %t.flux
// RUN: not %python %S/../Inputs/limits.py --seconds 5 --memory-mib 1024 -- %fluxc check %t.flux 2>&1 | FileCheck %s
// A 20,000-term sum (120 kB) is refused as too deep within seconds, like a 20,000-term product.
// about 3 s, 20,000 about 12 s, while 10,000 '*' take 0.04 s.

// CHECK:     .flux:1:9: error: expression is too deeply nested (more than 1000 levels)
// CHECK:     1 error generated.
// CHECK-NOT: limits.py
