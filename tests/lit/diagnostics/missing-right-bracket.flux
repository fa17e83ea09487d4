// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s
// A missing ']' is reported at the token where it was due.

circuit C {
  population E[10 : N
// CHECK:      {{^.*}}missing-right-bracket.flux:[[@LINE-1]]:19: error: expected ']' before ':'{{$}}
// CHECK-NEXT: {{^}}  population E[10 : N{{$}}
// CHECK-NEXT: {{^}}                  ^{{$}}
// CHECK-NEXT: {{^}}1 error generated.{{$}}
}
