// A network whose synapses would need more than --max-memory is refused before anything is allocated, with the connection's size in synapses and MiB and the limit.
// RUN: not %fluxc --emit=network %s 2>&1 | FileCheck --strict-whitespace --check-prefix=DEFAULT %s
// RUN: not %fluxc --emit=network --max-memory 0.001 --top Small %s 2>&1 | FileCheck --strict-whitespace --check-prefix=SMALL %s
// RUN: %fluxc --emit=network --top Small %s | FileCheck --check-prefix=FITS %s

import stdlib.neurons

circuit Small {
  population A[1000] : Mlif
  A -> A : direct(w = 0.1) with all_to_all(allow_self = true)
// SMALL:      {{^.*}}error-max-memory.flux:[[@LINE-1]]:33: error: this connection would make about 1000000 synapses (7 MiB); with it the network needs more than the limit of 1 MiB; lower the sizes or raise --max-memory{{$}}
// FITS:       projection Small.A -> Small.A kind=direct rule=all_to_all(allow_self = true) synapses=1000000
}

// 10^5 neurons all to all: 10^10 synapses, far over the default 8 GiB.
circuit Huge {
  population A[100000] : Mlif
  A -> A : direct(w = 0.1) with all_to_all
// DEFAULT:      {{^.*}}error-max-memory.flux:[[@LINE-1]]:33: error: this connection would make about 10000000000 synapses (76294 MiB); with it the network needs more than the limit of 8192 MiB; lower the sizes or raise --max-memory{{$}}
// DEFAULT-NEXT: {{^}}  A -> A : direct(w = 0.1) with all_to_all{{$}}
// DEFAULT-NEXT: {{^}}                                ^~~~~~~~~~{{$}}
// DEFAULT-NEXT: {{^}}1 error generated.{{$}}
}
