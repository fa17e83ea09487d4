// RUN: %python -c "import sys; open(sys.argv[1], 'wb').write(b'let a = 1\nlet b\x00 = 2\n')" %t.flux
// RUN: not %fluxc check %t.flux 2>&1 | FileCheck --strict-whitespace %s
// A NUL byte means the file is probably binary: it is refused at the NUL, before lexing.

// CHECK:      {{^.*}}.flux:2:6: error: unexpected NUL byte; is this a binary file?{{$}}
// CHECK-NEXT: {{^}}let b<U+0000> = 2{{$}}
// CHECK-NEXT: {{^}}     ^~~~~~~~{{$}}
// CHECK-NEXT: {{^}}1 error generated.{{$}}
