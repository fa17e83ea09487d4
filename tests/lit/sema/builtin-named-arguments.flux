// The random draws take their documented parameter names as named arguments: `uniform(low = 0.1, high = 0.3)` (docs/language.md, "call with named arguments").
// XFAIL: *
// BUG: checkCall() refuses every named argument to a builtin ("'uniform' takes no named arguments"), although the reference shows `uniform(low = 0.1, high = 0.3)` and names the parameters low, high, mean, sd.
// RUN: %fluxc check %s 2>&1 | count 0

import stdlib.neurons

circuit Top {
  population P[4] : Mlif { threshold = normal(mean = 1.0, sd = 0.1) }
  P -> P : direct(w = uniform(low = 0.1, high = 0.3))
}
