// A synapse model's `post.x` / `pre.x` must name a parameter or state of the neurons it
// connects: Stdp reads the target's modulation, which Mlif has and Lif does not.
// RUN: split-file %s %t
// RUN: %fluxc --emit=network %t/good.flux | FileCheck %s
// RUN: not %fluxc --emit=network %t/bad.flux 2>&1 | FileCheck --check-prefix=BAD %s
// CHECK: projection Net.A -> Net.B kind=model model=Stdp
// BAD: error: 'Stdp' reads 'post.mod', but its target 'Net.B' is a 'Lif', which has no 'mod'
// BAD: note: the synapse is used here

//--- good.flux
import stdlib.neurons
import stdlib.synapses
circuit Net {
  population A[4] : Mlif
  population B[4] : Mlif
  A -> B : Stdp(w = 0.2) with all_to_all
}
//--- bad.flux
import stdlib.neurons
import stdlib.synapses
circuit Net {
  population A[4] : Mlif
  population B[4] : Lif
  A -> B : Stdp(w = 0.2) with all_to_all
}
