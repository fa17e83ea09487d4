// COBA: benchmark 1 of Brette et al. (2007), the conductance-based Vogels & Abbott (2005)
// balanced network. See README.md beside this file for the parameters and their sources.
//
//   build/tools/fluxc/fluxc check --emit=network bench/coba/coba.flux
//   bench/coba/run.sh
import stdlib.benchmarks

/**
 * 4000 CobaLif neurons, 3200 excitatory (E) and 800 inhibitory (I), every ordered pair
 * connected with probability `p` (no self-connections): about 320,000 synapses, 80 inputs per
 * neuron. Weights are conductance increments, excitatory positive and inhibitory negative
 * (CobaLif opens its inhibitory conductance by |w|): 6 nS and 67 nS, Brette's COBA.py
 * (we = 6/10, wi = 67/10 in units of g_l = 10 nS) and NEST's coba.py.
 *
 * No external input: the initial state ignites the network, drawn as in Brette's COBA.py
 * (potentials relative to rest there): v = e_l + (randn * 5 - 5) mV, ge = (randn * 1.5 + 4) g_l,
 * gi = (randn * 12 + 20) g_l. As there, the normal draws are not truncated, so some neurons
 * start with a negative conductance (about 5 % for gi, 0.4 % for ge), which decays within tens
 * of ms.
 *
 * Brette's scripts give no synaptic delay (Brian delivers a spike at the next 0.1 ms step);
 * the smallest delay a step engine can honour, one step of 0.1 ms, stands for it, as in NEST's
 * version of the benchmark (delay 0.1 ms).
 */
circuit Coba(n_e: int = 3200, n_i: int = 800, p: real = 0.02, w_ex = 6 nS, w_in = -67 nS,
             delay = 0.1 ms) {
  /// Excitatory neurons.
  population E[n_e] : CobaLif {
    v = normal(-65 mV, 5 mV)
    ge = normal(40 nS, 15 nS)
    gi = normal(200 nS, 120 nS)
  }
  /// Inhibitory neurons (the same model; only their outgoing weights differ).
  population I[n_i] : CobaLif {
    v = normal(-65 mV, 5 mV)
    ge = normal(40 nS, 15 nS)
    gi = normal(200 nS, 120 nS)
  }

  connect E -> E : direct(w = w_ex, delay = delay) with probability(p)
  connect E -> I : direct(w = w_ex, delay = delay) with probability(p)
  connect I -> E : direct(w = w_in, delay = delay) with probability(p)
  connect I -> I : direct(w = w_in, delay = delay) with probability(p)
}
