// RUN: %python -c "print('let x = ' + '-' * 5000 + 'not ' * 5000 + '1')" > %t.flux
// RUN: not %fluxc check %t.flux 2>&1 | FileCheck --strict-whitespace %s
// A 10,000-long chain of prefix operators counts as nesting: refused at the 257th, no stack overflow.

// CHECK:      {{^.*}}.flux:1:265: error: nesting is too deep (more than 256 levels of brackets and prefix operators); split the expression with 'let'{{$}}
// CHECK-NEXT: {{^\.\.\.-+\.\.\.$}}
// CHECK-NEXT: {{^ {43}\^$}}
// CHECK-NEXT: {{^}}1 error generated.{{$}}
