// The COBA network of coba-auryn.flux, five times denser: connection probability 0.1 instead
// of 0.02 (about 1.6 million synapses, 400 inputs per neuron) and every weight times 0.2, so
// that the mean synaptic input of a neuron at a given rate stays the same. See README.md.
//
//   build/tools/fluxc/fluxc check --emit=network bench/coba-auryn/coba-auryn-p01.flux
import "coba-auryn.flux" as auryn

/// CobaAuryn with p = 0.1 and weights 0.8 nS and -10.2 nS (0.2 x 4 nS and 0.2 x 51 nS).
circuit CobaAurynP01 extends auryn.CobaAuryn {
  p = 0.1
  w_ex = 0.8 nS
  w_in = -10.2 nS
}
