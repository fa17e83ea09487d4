// `small_world` needs an even k below the population size: an odd k is an error at the rule.
// RUN: not %fluxc --emit=network %s 2>&1 | FileCheck %s

import stdlib.neurons

circuit Top {
  population A[30] : Mlif
  A -> A : direct(w = 0.1) with small_world(k = 5, p = 0.1)
// CHECK: rule-small-world-odd-k.flux:[[@LINE-1]]:33: error: small_world(5, p) needs an even k below the population size 30 (k/2 neighbours on each side of the ring)
}
