// The CUBA benchmark (bench/cuba) scaled up for a GPU: 80,000 excitatory and 20,000 inhibitory
// neurons, each receiving about 1,000 synapses (connection probability 0.01): 100 million
// synapses. The weights are scaled by 80 / 1000 (each neuron has 12.5 times more inputs than in
// the 4000-neuron network), which keeps the network in its asynchronous regime.
import "../cuba/cuba.flux" as cuba

circuit Cuba100k {
  instance net : cuba.Cuba(n_e = 80000, n_i = 20000, p = 0.01, w_ex = 0.1296 mV,
                           w_in = -0.72 mV)
}
