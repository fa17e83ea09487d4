// RUN: %python -c "import sys; open(sys.argv[1], 'wb').write(b'let x = 1\x01\nlet y =\t\x1b 2\n')" %t.flux
// RUN: not %fluxc check %t.flux 2>&1 | FileCheck --strict-whitespace %s
// Control characters are named (U+XXXX), shown as <U+XXXX> and underlined; tabs expand to 8 columns.

// CHECK:      {{^.*}}.flux:1:10: error: unexpected control character U+0001{{$}}
// CHECK-NEXT: {{^}}let x = 1<U+0001>{{$}}
// CHECK-NEXT: {{^}}         ^~~~~~~~{{$}}
// CHECK-NEXT: {{^.*}}.flux:2:9: error: unexpected control character U+001B{{$}}
// CHECK-NEXT: {{^}}let y = <U+001B> 2{{$}}
// CHECK-NEXT: {{^}}        ^~~~~~~~{{$}}
// CHECK-NEXT: {{^}}2 errors generated.{{$}}
