// RUN: %python -c "import sys; sys.stdout.write('/** first\rsecond */\nneuron N { }\n')" > %t.flux
// RUN: %fluxc --emit=source %t.flux | FileCheck %s
// A lone carriage return inside a doc block ends a line (as it does for the lexer): the doc
// prints back as two `///` lines, not one line with a line break inside (found by the fuzzer).
// CHECK:      /// first
// CHECK-NEXT: /// second
// CHECK-NEXT: neuron N {
