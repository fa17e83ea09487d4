// RUN: %python -c "import sys; open(sys.argv[1], 'wb').write(b'\xef\xbb\xbflet x = 1\nlet y 2\n')" %t.flux
// RUN: not %fluxc check %t.flux 2>&1 | FileCheck --strict-whitespace %s
// A file starting with a UTF-8 byte order mark gets the same locations as without it.
// location is one character early ('2:6', the caret under the space).

// CHECK:      {{^.*}}.flux:2:7: error: unexpected number '2'; expected '=' or ':'{{$}}
// CHECK-NEXT: {{^}}let y 2{{$}}
// CHECK-NEXT: {{^}}      ^{{$}}
// CHECK-NEXT: {{^}}1 error generated.{{$}}
