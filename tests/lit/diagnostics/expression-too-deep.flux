// RUN: %python -c "print('let a = 1 let x = ' + ' + '.join(['a'] * 1000))" > %t.ok.flux
// RUN: %fluxc check %t.ok.flux 2>&1 | count 0
// RUN: %python -c "print('let x = ' + ' * '.join(['a'] * 1001))" > %t.flux
// RUN: not %fluxc check %t.flux 2>&1 | FileCheck --strict-whitespace %s
// A flat chain of 1,000 operands is accepted; 1,001 (tree depth 1,001) is refused once, at its leaf.

// CHECK:      {{^.*}}.flux:1:9: error: expression is too deeply nested (more than 1000 levels); split it with 'let'{{$}}
// CHECK-NEXT: {{^}}let x = a * a * a{{.*}}...{{$}}
// CHECK-NEXT: {{^        \^$}}
// CHECK-NEXT: {{^}}1 error generated.{{$}}
