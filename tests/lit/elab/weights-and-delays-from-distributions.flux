// A normal weight keeps its mean's sign (truncated at zero: inhibition stays inhibitory), and
// delays may be drawn per synapse too, always positive.
// RUN: %fluxc --emit=network --full %s | FileCheck %s
// RUN: %fluxc --emit=network --full %s | FileCheck --check-prefix=SIGN %s

import stdlib.neurons

circuit Net {
  population A[20] : Mlif
  population B[20] : Mlif
  A -> B : direct(w = normal(-0.5, 0.5), delay = uniform(1 ms, 3 ms)) with all_to_all
}
// CHECK: projection Net.A -> Net.B kind=direct rule=all_to_all synapses=400 weight=[-{{[0-9.e-]+}}, -{{[0-9.e-]+}}] delay=[1.{{[0-9]+}}, 2.{{[0-9]+}}] ms
// SIGN-NOT: w={{[0-9]}}
