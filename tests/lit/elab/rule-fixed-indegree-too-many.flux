// `fixed_indegree(k)` with more sources asked for than exist (self-connections excluded) is an error at the rule.
// RUN: not %fluxc --emit=network %s 2>&1 | FileCheck --strict-whitespace %s

import stdlib.neurons

circuit Top {
  population A[10] : Mlif
  A -> A : direct(w = 0.1) with fixed_indegree(10)
// CHECK:      {{^.*}}rule-fixed-indegree-too-many.flux:[[@LINE-1]]:33: error: fixed_indegree(10) needs 10 distinct sources for each neuron, but there are only 9 (self-connections excluded){{$}}
}
