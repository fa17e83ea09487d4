// `import stdlib.neurons as neurons` names the module `neurons`; `neurons.Mlif` and `neurons.FastMlif` resolve through it.
// RUN: %fluxc --emit=sema %s | FileCheck --check-prefix=SEMA %s
// RUN: %fluxc --emit=network %s | FileCheck %s

import stdlib.neurons as neurons

circuit Top {
  population E[8] : neurons.Mlif
  population I[2] : neurons.FastMlif
}

// SEMA: import stdlib.neurons as neurons
// CHECK:      population Top.E kind=neurons size=8 first=0 model=Mlif
// CHECK-NEXT: population Top.I kind=neurons size=2 first=8 model=FastMlif
