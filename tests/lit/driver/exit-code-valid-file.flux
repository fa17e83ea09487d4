// RUN: %fluxc check %s
// RUN: %fluxc %s
// RUN: %fluxc check %s 2>&1 | count 0
// RUN: not %fluxc check %S/../Inputs/syntax-error.flux
// A valid file exits 0 silently, with or without 'check'; a file with an error exits 1.

neuron N { param a = 1 }
