// A misspelt connectivity rule is an error at its name with the closest rule suggested.
// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s

import stdlib.neurons

circuit Top {
  population E[10] : Mlif
  E -> E : direct(w = 0.1) with fixed_indgree(3)
// CHECK:      {{^.*}}circuit-unknown-rule.flux:[[@LINE-1]]:33: error: unknown connectivity rule 'fixed_indgree'; did you mean 'fixed_indegree'?{{$}}
// CHECK-NEXT: {{^}}  E -> E : direct(w = 0.1) with fixed_indgree(3){{$}}
// CHECK-NEXT: {{^}}                                ^~~~~~~~~~~~~{{$}}
}
// CHECK-NEXT: {{^}}1 error generated.{{$}}
