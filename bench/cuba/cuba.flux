// CUBA: benchmark 2 of Brette et al. (2007), the current-based version of the Vogels & Abbott
// (2005) balanced network. See README.md beside this file for the parameters and their sources.
//
//   build/tools/fluxc/fluxc check --emit=network bench/cuba/cuba.flux
//   bench/cuba/run.sh
import stdlib.benchmarks

/**
 * 4000 CubaLif neurons, 3200 excitatory (E) and 800 inhibitory (I), every ordered pair
 * connected with probability `p` (no self-connections): about 320,000 synapses, 80 inputs per
 * neuron. Weights are jumps of the synaptic input in mV, excitatory positive and inhibitory
 * negative (Brette's CUBA.py: we = 60 * 0.27 / 10 mV, wi = -20 * 4.5 / 10 mV).
 *
 * No external input: the rest (-49 mV) lies above the threshold (-50 mV), so the neurons fire
 * on their own and the recurrent inhibition holds the network in an irregular, self-sustained
 * state. Initial potentials are uniform between reset and threshold, as in Brette's script
 * (v = Vr + rand() * (Vt - Vr)); the inputs start at 0.
 *
 * Brette's scripts give no synaptic delay (Brian delivers a spike at the next 0.1 ms step);
 * the smallest delay a step engine can honour, one step of 0.1 ms, stands for it, as in NEST's
 * version of the benchmark (delay 0.1 ms).
 */
circuit Cuba(n_e: int = 3200, n_i: int = 800, p: real = 0.02, w_ex = 1.62 mV, w_in = -9 mV,
             delay = 0.1 ms) {
  /// Excitatory neurons.
  population E[n_e] : CubaLif { v = uniform(-60 mV, -50 mV) }
  /// Inhibitory neurons (the same model; only their outgoing weights differ).
  population I[n_i] : CubaLif { v = uniform(-60 mV, -50 mV) }

  connect E -> E : direct(w = w_ex, delay = delay) with probability(p)
  connect E -> I : direct(w = w_ex, delay = delay) with probability(p)
  connect I -> E : direct(w = w_in, delay = delay) with probability(p)
  connect I -> I : direct(w = w_in, delay = delay) with probability(p)
}
