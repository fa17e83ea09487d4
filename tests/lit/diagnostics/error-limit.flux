// RUN: not %fluxc check --error-limit=2 %s 2>&1 | FileCheck --strict-whitespace %s
// RUN: not %fluxc check --error-limit=0 %s 2>&1 | FileCheck --check-prefix=ALL %s
// RUN: not %fluxc check %s 2>&1 | FileCheck --check-prefix=ALL %s
// --error-limit=2 stops after 2 errors with a 'too many errors' line; 0 means no limit (default 20).

let a = )
let b = ]
let c = ,
let d = }

// CHECK:      {{^.*}}error-limit.flux:6:9: error: unexpected ')'; expected an expression{{$}}
// CHECK:      {{^.*}}error-limit.flux:7:9: error: unexpected ']'; expected an expression{{$}}
// CHECK-NEXT: {{^}}let b = ]{{$}}
// CHECK-NEXT: {{^}}        ^{{$}}
// CHECK-NEXT: {{^}}fluxc: error: too many errors emitted, stopping now; use --error-limit=0 to see all{{$}}
// CHECK-NEXT: {{^}}3 errors generated.{{$}}
// CHECK-NOT:  {{.}}

// ALL:     error-limit.flux:6:9: error:
// ALL:     error-limit.flux:7:9: error:
// ALL:     error-limit.flux:8:9: error:
// ALL:     error-limit.flux:9:9: error:
// ALL-NOT: too many errors
// ALL:     4 errors generated.
