// Two members of one circuit with the same name (here a population and a port) are an error with a note at the first.
// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s

import stdlib.neurons

circuit Top {
  population E[10] : Mlif
  out E
// CHECK:      {{^.*}}circuit-duplicate-member.flux:[[@LINE-1]]:7: error: 'E' is declared twice in this circuit{{$}}
// CHECK-NEXT: {{^}}  out E{{$}}
// CHECK-NEXT: {{^}}      ^{{$}}
// CHECK-NEXT: {{^.*}}circuit-duplicate-member.flux:[[@LINE-5]]:14: note: the other declaration is here{{$}}
// CHECK-NEXT: {{^}}  population E[10] : Mlif{{$}}
// CHECK-NEXT: {{^}}             ^{{$}}
}
// CHECK-NEXT: {{^}}1 error generated.{{$}}
