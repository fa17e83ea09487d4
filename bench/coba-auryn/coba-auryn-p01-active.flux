// The dense variant at the sparse network's activity: p = 0.1 like coba-auryn-p01.flux, but
// with the excitatory weight at 2 nS (half of 4 nS) instead of 0.8 nS, so that the network
// fires at about 16 Hz, as coba-auryn does, rather than 3.3 Hz. Five times the synapses at
// the same rate: about 26 million synaptic events per second of network time, which is what
// this variant measures (the issue's "200 million synaptic events per second" figure). See
// README.md.
import "coba-auryn.flux" as auryn

/// CobaAuryn with p = 0.1 and weights 2 nS and -10.2 nS: about 16 Hz for both populations.
circuit CobaAurynP01Active extends auryn.CobaAuryn {
  p = 0.1
  w_ex = 2 nS
  w_in = -10.2 nS
}
