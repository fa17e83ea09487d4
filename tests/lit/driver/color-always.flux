// RUN: not %fluxc check --color=always %s 2>&1 | FileCheck --strict-whitespace %s
// --color=always adds ANSI escapes off a terminal: bold location and text, red 'error:', green caret.

let x 1

// CHECK:      {{^.}}[1m{{.*}}color-always.flux:4:7: {{.}}[1;31merror: {{.}}[0m{{.}}[1munexpected number '1'; expected '=' or ':'{{.}}[0m{{$}}
// CHECK-NEXT: {{^}}let x 1{{$}}
// CHECK-NEXT: {{^}}      {{.}}[1;32m^{{.}}[0m{{$}}
// CHECK-NEXT: {{^}}1 error generated.{{$}}
