// RUN: %python -c "import sys; open(sys.argv[1], 'wb').write(b'let s = \"\xc0\xaf \xed\xa0\x80\"\n')" %t.flux
// RUN: not %fluxc check %t.flux 2>&1 | FileCheck %s
// Well-formed-looking but invalid UTF-8 (an overlong encoding of '/') is refused too.

// CHECK: .flux:1:10: error: invalid UTF-8 byte 0xC0; Flux source files must be UTF-8 text
// CHECK: 1 error generated.
