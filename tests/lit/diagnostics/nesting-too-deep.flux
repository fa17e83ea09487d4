// RUN: %python -c "print('let x = ' + '(' * 10000 + '1' + ')' * 10000)" > %t.flux
// RUN: not %fluxc check %t.flux 2>&1 | FileCheck --strict-whitespace %s
// 10,000 nested parentheses are refused before parsing, at the 257th, in a window of the long line.

// CHECK:      {{^.*}}.flux:1:265: error: nesting is too deep (more than 256 levels of brackets and prefix operators); split the expression with 'let'{{$}}
// CHECK-NEXT: {{^\.\.\.\(+\.\.\.$}}
// CHECK-NEXT: {{^ {43}\^$}}
// CHECK-NEXT: {{^}}1 error generated.{{$}}
