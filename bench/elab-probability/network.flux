// The elaboration benchmark as a Flux program: 50,000 neurons, each pair connected with
// probability 0.02 (about 50 million synapses). Time the whole compiler with
//   /usr/bin/time -f "%e s, %M KB" build/tools/fluxc/fluxc --emit=network bench/elab-probability/network.flux
import stdlib.neurons

circuit Probability(n: int = 50000, p: real = 0.02) {
  population P[n] : Mlif
  connect P -> P : direct(w = 0.1, delay = 1.5 ms) with probability(p)
}
