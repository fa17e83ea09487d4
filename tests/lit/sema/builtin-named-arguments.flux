// The random draws take their documented parameter names as named arguments: `uniform(low = 0.1, high = 0.3)` (docs/language.md, "call with named arguments").
// RUN: %fluxc check %s 2>&1 | count 0

import stdlib.neurons

circuit Top {
  population P[4] : Mlif { threshold = normal(mean = 1.0, sd = 0.1) }
  P -> P : direct(w = uniform(low = 0.1, high = 0.3))
}
