// RUN: %python -c "import sys; open(sys.argv[1], 'w').write('let x =')" %t.flux
// RUN: not %fluxc check %t.flux 2>&1 | FileCheck --strict-whitespace %s
// A file ending mid-declaration without a newline: the caret sits just past the last character.

// CHECK:      {{^.*}}.flux:1:8: error: unexpected end of file; expected an expression{{$}}
// CHECK-NEXT: {{^}}let x ={{$}}
// CHECK-NEXT: {{^}}       ^{{$}}
// CHECK-NEXT: {{^}}1 error generated.{{$}}
