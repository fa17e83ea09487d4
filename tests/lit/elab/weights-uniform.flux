// `w = uniform(lo, hi)` draws one weight per synapse: the projection prints its weight range, within [lo, hi], and --full a distinct weight on each synapse.
// RUN: %fluxc --emit=network %s | FileCheck %s
// RUN: %fluxc --emit=network --full %s | FileCheck --check-prefix=FULL %s

import stdlib.neurons

circuit Top {
  population A[20] : Mlif
  population B[20] : Mlif
  A -> B : direct(w = uniform(0.1, 0.3)) with fixed_indegree(5)
  A -> B : direct(w = 0.5) with one_to_one
}

// CHECK-LABEL: projection Top.A -> Top.B kind=direct rule=fixed_indegree(5) synapses=100 weight=[0.{{1|2}}{{[0-9]*}}, 0.{{1|2}}{{[0-9]*}}] delay=1 ms
// CHECK-LABEL: projection Top.A -> Top.B kind=direct rule=one_to_one synapses=20 weight=0.5 delay=1 ms

// FULL-LABEL: rule=fixed_indegree(5)
// FULL:       {{^}}  [[S:[0-9]+]] -> [[T:[0-9]+]] w=0.{{[12][0-9]*}}{{$}}
// FULL-NEXT:  {{^}}  {{[0-9]+}} -> {{[0-9]+}} w=0.{{[12][0-9]*}}{{$}}
// FULL-LABEL: rule=one_to_one
// FULL-NEXT:    in-degree
// FULL-NEXT:  {{^}}  0 -> 0{{$}}
