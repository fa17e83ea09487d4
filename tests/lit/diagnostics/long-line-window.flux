// RUN: %python -c "print('let x = ' + ' + '.join(['a'] * 100) + ' @ ' + ' + '.join(['b'] * 100))" > %t.flux
// RUN: not %fluxc check %t.flux 2>&1 | FileCheck --strict-whitespace %s
// A line over 160 columns is shown as a window from 40 columns before the caret, cut with '...'.

// CHECK:      {{^.*}}.flux:1:407: error: unexpected character '@'{{$}}
// CHECK-NEXT: {{^\.\.\.[ +a]* a @ b [ +b]*\.\.\.$}}
// CHECK-NEXT: {{^ {43}\^$}}
