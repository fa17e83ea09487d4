// RUN: %fluxc --emit=ast %s | FileCheck %s
// 'refractory', 'evolve', 'checked', 'every', 'when', 'as' are names wherever they introduce no syntax.

import lib as as

neuron when {
  param refractory = 2 ms
  state every = 0
  checked = 1
  evolve(evolve) { every += evolve }
  on fire {
    refractory for refractory
    when.as = checked(every = 1)
  }
}

// CHECK:      Module "{{.*}}soft-keywords-as-names.flux"
// CHECK-NEXT:   Import lib as as <4:1>
// CHECK-NEXT:   Neuron when <6:1>
// CHECK-NEXT:     Param refractory <7:3>
// CHECK-NEXT:       Int 2 [ms] <7:22>
// CHECK-NEXT:     State every <8:3>
// CHECK-NEXT:       Int 0 <8:17>
// CHECK-NEXT:     Override checked <9:3>
// CHECK-NEXT:       Int 1 <9:13>
// CHECK-NEXT:     Evolve evolve <10:3>
// CHECK-NEXT:       Assign += <10:20>
// CHECK-NEXT:         Name every <10:20>
// CHECK-NEXT:         Name evolve <10:29>
// CHECK-NEXT:     Handler fire <11:3>
// CHECK-NEXT:       RefractoryFor <12:5>
// CHECK-NEXT:         Name refractory <12:20>
// CHECK-NEXT:       Assign = <13:5>
// CHECK-NEXT:         Member .as <13:5>
// CHECK-NEXT:           Name when <13:5>
// CHECK-NEXT:         Call <13:15>
// CHECK-NEXT:           Name checked <13:15>
// CHECK-NEXT:           Arg every <13:23>
// CHECK-NEXT:             Int 1 <13:31>
// CHECK-NOT: {{.}}
