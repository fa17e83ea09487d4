// RUN: %python -c "import sys; open(sys.argv[1], 'wb').write(b'let a = 1\nlet b = \"caf\xe9\"\n')" %t.flux
// RUN: not %fluxc check %t.flux 2>&1 | FileCheck --strict-whitespace %s
// A byte that is not UTF-8 (Latin-1 'é', 0xE9) is refused before lexing, at the byte, shown as <E9>.

// CHECK:      {{^.*}}.flux:2:13: error: invalid UTF-8 byte 0xE9; Flux source files must be UTF-8 text{{$}}
// CHECK-NEXT: {{^}}let b = "caf<E9>"{{$}}
// CHECK-NEXT: {{^}}            ^~~~{{$}}
// CHECK-NEXT: {{^}}1 error generated.{{$}}
