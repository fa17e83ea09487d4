// COBA as Auryn benchmarks it (Zenke & Gerstner 2014; Auryn's examples/sim_coba_benchmark.cpp):
// the Vogels & Abbott (2005) conductance-based network of Brette et al. (2007) with PyNN's
// weights, a constant background current instead of an initial kick, and Auryn's 0.8 ms delay.
// See README.md beside this file for the parameters and their sources.
//
//   build/tools/fluxc/fluxc check --emit=network bench/coba-auryn/coba-auryn.flux
//   bench/coba-auryn/run.sh
import stdlib.benchmarks

/**
 * 4000 CobaLif neurons (Auryn's TIFGroup: c_m 200 pF, g_l 10 nS, e_l = v_reset = -60 mV,
 * v_th -50 mV, t_ref 5 ms, e_ex 0 mV, e_in -80 mV, tau_ex 5 ms, tau_in 10 ms), 3200 excitatory
 * (E) and 800 inhibitory (I), each driven by a constant `bg_current` of 200 pA (Auryn's
 * bg_current 2e-2 V, i.e. 20 mV times g_l), which alone would hold them at -40 mV, above
 * threshold. The four pathways are drawn with probability `p` over the whole network;
 * weights are 4 nS (Auryn: 0.4 g_l) and 51 nS (5.1 g_l), written negative for inhibition;
 * every delay is 0.8 ms (Auryn's MINDELAY of 8 steps of 0.1 ms).
 *
 * Auryn starts every neuron at rest with closed synapses, so they all fire together after
 * 13.9 ms; here the potentials start uniform between reset and threshold, which spares the
 * synchronous first volley and leaves the stationary rate alone (Auryn reports about 17 Hz for
 * both populations).
 */
circuit CobaAuryn(n_e: int = 3200, n_i: int = 800, p: real = 0.02, w_ex = 4 nS, w_in = -51 nS,
                  delay = 0.8 ms, bg_current = 200 pA) {
  /// Excitatory neurons.
  population E[n_e] : CobaLif { i_e = bg_current, v = uniform(-60 mV, -50 mV) }
  /// Inhibitory neurons (the same model; only their outgoing weights differ).
  population I[n_i] : CobaLif { i_e = bg_current, v = uniform(-60 mV, -50 mV) }

  connect E -> E : direct(w = w_ex, delay = delay) with probability(p)
  connect E -> I : direct(w = w_ex, delay = delay) with probability(p)
  connect I -> E : direct(w = w_in, delay = delay) with probability(p)
  connect I -> I : direct(w = w_in, delay = delay) with probability(p)
}
