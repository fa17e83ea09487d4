// RUN: split-file --no-leading-lines %s %t
// RUN: %fluxc --emit=tokens %t/input.flux | FileCheck %s
// Operators lex greedily ('->', '..', '+=', '&&'); '0..10' is NUMBER RANGE NUMBER; strings are whole.

// CHECK:      1:1 ARROW '->'
// CHECK-NEXT: 1:4 RANGE '..'
// CHECK-NEXT: 1:7 PLUS_EQ '+='
// CHECK-NEXT: 1:10 MINUS_EQ '-='
// CHECK-NEXT: 1:13 STAR_EQ '*='
// CHECK-NEXT: 1:16 SLASH_EQ '/='
// CHECK-NEXT: 1:19 EQ_EQ '=='
// CHECK-NEXT: 1:22 BANG_EQ '!='
// CHECK-NEXT: 1:25 LESS_EQ '<='
// CHECK-NEXT: 1:28 GREATER_EQ '>='
// CHECK-NEXT: 1:31 AMP_AMP '&&'
// CHECK-NEXT: 1:34 PIPE_PIPE '||'
// CHECK-NEXT: 1:37 EQ '='
// CHECK-NEXT: 1:39 LESS '<'
// CHECK-NEXT: 1:41 GREATER '>'
// CHECK-NEXT: 1:43 PLUS '+'
// CHECK-NEXT: 1:45 MINUS '-'
// CHECK-NEXT: 1:47 STAR '*'
// CHECK-NEXT: 1:49 SLASH '/'
// CHECK-NEXT: 1:51 PERCENT '%'
// CHECK-NEXT: 1:53 BANG '!'
// CHECK-NEXT: 1:55 DOT '.'
// CHECK-NEXT: 1:57 COMMA ','
// CHECK-NEXT: 1:59 COLON ':'
// CHECK-NEXT: 1:61 SEMI ';'
// CHECK-NEXT: 1:63 LPAREN '('
// CHECK-NEXT: 1:65 RPAREN ')'
// CHECK-NEXT: 1:67 LBRACKET '['
// CHECK-NEXT: 1:69 RBRACKET ']'
// CHECK-NEXT: 1:71 LBRACE '{'
// CHECK-NEXT: 1:73 RBRACE '}'
// CHECK-NEXT: 2:1 NUMBER '0'
// CHECK-NEXT: 2:2 RANGE '..'
// CHECK-NEXT: 2:4 NUMBER '10'
// CHECK-NEXT: 2:7 NUMBER '1.5e-3'
// CHECK-NEXT: 2:14 NUMBER '1_000'
// CHECK-NEXT: 2:20 STRING '"a\"b"'
// CHECK-NEXT: 3:1 EOF
// CHECK-NOT: {{.}}

//--- input.flux
-> .. += -= *= /= == != <= >= && || = < > + - * / % ! . , : ; ( ) [ ] { }
0..10 1.5e-3 1_000 "a\"b"
