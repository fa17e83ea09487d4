// The four states of the sparse balanced network of Brunel (2000), Figure 8: the stdlib's
// `Brunel` circuit (stdlib/circuits.flux) at full scale, 10,000 excitatory and 2,500
// inhibitory neurons, at four points (g, eta) of the phase diagram. See README.md beside this
// file for what each state looks like, the published figures and Flux's.
//
//   fluxc run examples/brunel/brunel.flux --time 1s                     # BrunelAI, the default
//   fluxc run examples/brunel/brunel.flux --top BrunelSIFast --engine step --time 1s
//
// Brunel N (2000) Dynamics of sparsely connected networks of excitatory and inhibitory
// spiking neurons. J Comput Neurosci 8:183-208.
import stdlib.circuits

/// Figure 8A, (g, eta) = (3, 2): "almost fully synchronized network, neurons firing
/// regularly at high rates". Excitation dominates (g < 4): every neuron fires about every
/// 3 ms, locked to the 1.5 ms delay in two alternating clusters.
circuit BrunelSR extends Brunel {
  g = 3.0
  eta = 2.0
}

/// Figure 8B, (g, eta) = (6, 4): "fast oscillation of the global activity, neurons firing
/// irregularly at a rate that is lower than the global frequency" (about 180 Hz; 56 Hz
/// per neuron in the theory).
circuit BrunelSIFast extends Brunel {
  g = 6.0
  eta = 4.0
}

/// Figure 8D, (g, eta) = (4.5, 0.9): "slow oscillation of the global activity, neurons firing
/// irregularly at very low rates" (6.5 Hz in the theory).
circuit BrunelSISlow extends Brunel {
  g = 4.5
  eta = 0.9
}

/// Figure 8C, (g, eta) = (5, 2): "stationary global activity, irregularly firing neurons"
/// (38 Hz in the theory). The last circuit of the file, so `fluxc run` runs it by default.
circuit BrunelAI extends Brunel {
  g = 5.0
  eta = 2.0
}
