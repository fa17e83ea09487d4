// `import stdlib.neurons` loads stdlib/neurons.flux under the module name stdlib.neurons and makes Mlif visible unqualified.
// RUN: %fluxc check %s 2>&1 | count 0
// RUN: %fluxc --emit=sema %s | FileCheck %s

import stdlib.neurons

circuit Top {
  population E[3] : Mlif
}

// CHECK:      module {{.*}}import-stdlib-module.flux
// CHECK-NEXT:   import stdlib.neurons as neurons
// CHECK-NEXT: module stdlib.neurons
// CHECK:      circuit Top  [{{.*}}import-stdlib-module.flux]
// CHECK:      neuron Mlif  [stdlib.neurons]
// CHECK-NEXT:   param rest : real = 0.0
