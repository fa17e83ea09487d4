// RUN: %python -c "import sys, random; r = random.Random(7); open(sys.argv[1], 'wb').write(b'\x7fELF\x02\x01\x01\x00' + bytes(r.randrange(256) for _ in range(4096)))" %t.bin
// RUN: not %fluxc check %t.bin 2>&1 | FileCheck %s
// RUN: not %fluxc --emit=tokens %t.bin 2>&1 | FileCheck %s
// Binary input (an ELF header, random bytes) gives one clear error, when parsing and when lexing.

// CHECK:     error: {{invalid UTF-8 byte 0x[0-9A-F]{2}; Flux source files must be UTF-8 text|unexpected NUL byte; is this a binary file\?}}
// CHECK-NOT: error:
// CHECK:     1 error generated.
