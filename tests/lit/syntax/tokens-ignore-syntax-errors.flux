// RUN: split-file --no-leading-lines %s %t
// RUN: %fluxc --emit=tokens %t/input.flux | FileCheck %s
// --emit=tokens only lexes: input that does not parse still prints its tokens, exit 0.

// CHECK:      1:1 NEURON 'neuron'
// CHECK-NEXT: 1:8 LBRACE '{'
// CHECK-NEXT: 1:9 LBRACE '{'
// CHECK-NEXT: 1:11 RBRACKET ']'
// CHECK-NEXT: 1:13 LET 'let'
// CHECK-NEXT: 2:1 EOF
// CHECK-NOT:  {{.}}

//--- input.flux
neuron {{ ] let
