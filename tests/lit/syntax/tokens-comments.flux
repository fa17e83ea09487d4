// RUN: split-file --no-leading-lines %s %t
// RUN: %fluxc --emit=tokens %t/input.flux | FileCheck %s
// Comments are hidden tokens of four kinds: line, doc line '///', block (newlines as \n), doc block.

// CHECK:      1:1 DOC_LINE_COMMENT '/// doc line' hidden
// CHECK-NEXT: 2:1 LET 'let'
// CHECK-NEXT: 2:5 ID 'x'
// CHECK-NEXT: 2:7 EQ '='
// CHECK-NEXT: 2:9 NUMBER '1'
// CHECK-NEXT: 2:11 LINE_COMMENT '// trailing' hidden
// CHECK-NEXT: 3:1 BLOCK_COMMENT '/* block\n   spanning lines */' hidden
// CHECK-NEXT: 4:22 DOC_BLOCK_COMMENT '/** doc block */' hidden
// CHECK-NEXT: 4:39 LET 'let'
// CHECK-NEXT: 4:43 ID 'y'
// CHECK-NEXT: 4:45 EQ '='
// CHECK-NEXT: 4:47 NUMBER '2'
// CHECK-NEXT: 5:1 DOC_LINE_COMMENT '//// ruler' hidden
// CHECK-NEXT: 6:1 EOF
// CHECK-NOT: {{.}}

//--- input.flux
/// doc line
let x = 1 // trailing
/* block
   spanning lines */ /** doc block */ let y = 2
//// ruler
