// The fix the shadowing error suggests works: with `import ... as n`, a local `Mlif` is allowed and `n.Mlif` still names the stdlib model.
// RUN: %fluxc check %s 2>&1 | count 0
// RUN: %fluxc --emit=network --full %s | FileCheck %s

import stdlib.neurons as n

neuron Mlif { param local_only = 3.0 }

circuit Top {
  population Mine[1] : Mlif
  population Theirs[1] : n.Mlif
}

// CHECK-LABEL: population Top.Mine kind=neurons size=1 first=0 model=Mlif
// CHECK-NEXT:    param local_only = 3
// CHECK-LABEL: population Top.Theirs kind=neurons size=1 first=1 model=Mlif
// CHECK-NEXT:    param rest = 0
