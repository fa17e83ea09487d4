// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s
// RUN: %python -c "print('let x = \"\\\\q\"')" > %t.flux
// RUN: not %fluxc check %t.flux 2>&1 | FileCheck --strict-whitespace --check-prefix=ONE %s
// After the diagnostics comes one summary line, plural or singular, and nothing after it.

let a = "\q"
let b = "\w"

// CHECK:      {{^.*}}errors-generated-summary.flux:6:10: error: unknown escape sequence '\q'
// CHECK:      {{^.*}}errors-generated-summary.flux:7:10: error: unknown escape sequence '\w'
// CHECK-NEXT: {{^}}let b = "\w"{{$}}
// CHECK-NEXT: {{^}}         ^~{{$}}
// CHECK-NEXT: {{^}}2 errors generated.{{$}}
// CHECK-NOT:  {{.}}

// ONE:      {{^.*}}.flux:1:10: error: unknown escape sequence '\q'
// ONE:      {{^}}1 error generated.{{$}}
// ONE-NOT:  {{.}}
