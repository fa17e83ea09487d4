// A synapse model's positional arguments are its parameters, then the delay; one too many is
// an error (this used to read past the parameter list and crash).
// RUN: split-file %s %t
// RUN: %fluxc --emit=network %t/good.flux | FileCheck %s
// RUN: not %fluxc --emit=network %t/bad.flux 2>&1 | FileCheck --check-prefix=BAD %s
// CHECK: kind=model model=Bare as=direct rule=all_to_all synapses=2 weight=0.5 delay=2 ms
// BAD: error: 'Bare' takes 2 parameters, got 3

//--- good.flux
import stdlib.neurons
synapse Bare { param w = 0.25; on pre { deliver(w) } }
circuit T { population E[2] : Mlif; E -> E : Bare(0.5, 2 ms) }
//--- bad.flux
import stdlib.neurons
synapse Bare { param w = 0.25; on pre { deliver(w) } }
circuit T { population E[2] : Mlif; E -> E : Bare(0.5, 2 ms, 3) }
