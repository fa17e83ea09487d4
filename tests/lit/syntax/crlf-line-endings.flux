// RUN: %python -c "import sys; open(sys.argv[1], 'wb').write(b'/// Doc.\r\nneuron N {\r\n  param a = 1\r\n}\r\n')" %t.flux
// RUN: %fluxc --emit=ast %t.flux | FileCheck %s
// Windows line endings: '\r\n' ends a line, and '\r' is not part of a doc comment.

// CHECK:      Neuron N <2:1>
// CHECK-NEXT:   Doc "Doc."
// CHECK-NEXT:   Param a <3:3>
// CHECK-NEXT:     Int 1 <3:13>
