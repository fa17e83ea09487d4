// One module imported twice (plainly and with an alias) is one module: its names are not ambiguous with themselves, and both spellings resolve.
// RUN: %fluxc check %s 2>&1 | count 0
// RUN: %fluxc --emit=network %s | FileCheck %s

import stdlib.neurons
import stdlib.neurons as n

circuit Top {
  population P[1] : Mlif
  population Q[2] : n.Mlif
}

// CHECK: population Top.P kind=neurons size=1 first=0 model=Mlif
// CHECK: population Top.Q kind=neurons size=2 first=1 model=Mlif
