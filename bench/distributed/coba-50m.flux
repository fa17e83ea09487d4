// The conductance-based network of bench/coba-auryn scaled to 20,000 neurons with connection
// probability 0.125: about 50 million synapses, for the memory a distributed run needs per
// process (bench/distributed/run.sh; docs/distributed.md). Weights are scaled down by the
// 6.25x larger in-degree so that the network stays in the same regime.
import stdlib.benchmarks

circuit Coba50M(n_e: int = 16000, n_i: int = 4000, p: real = 0.125, w_ex = 0.64 nS,
                w_in = -8.16 nS, delay = 0.8 ms, bg_current = 200 pA) {
  population E[n_e] : CobaLif { i_e = bg_current, v = uniform(-60 mV, -50 mV) }
  population I[n_i] : CobaLif { i_e = bg_current, v = uniform(-60 mV, -50 mV) }

  connect E -> E : direct(w = w_ex, delay = delay) with probability(p)
  connect E -> I : direct(w = w_ex, delay = delay) with probability(p)
  connect I -> E : direct(w = w_in, delay = delay) with probability(p)
  connect I -> I : direct(w = w_in, delay = delay) with probability(p)
}
