// Short-term depression: a synapse with a limited, regenerating capacity (docs/model.md,
// stdlib.synapses.Capacity).
//
// A presynaptic neuron fires in trains of 10 spikes at 200 Hz (trains.csv), separated by
// pauses of 20, 50 and 150 ms. Its synapses hold a capacity of at most `max_capacity`; each
// spike transmits min(w, capacity), takes that much from the capacity, and the capacity
// regenerates at `regen` (0.01 per ms: empty to full in 100 ms). Within a train the
// synapse runs dry and transmits only what regenerates between two spikes (regen * 5 ms =
// 0.05, an eighth of w); in a pause it refills at `regen`, so the next train starts with
// regen * pause of capacity: 0.2 after 20 ms, 0.5 after 50 ms, full after 150 ms.
//
// Two targets read the same synapse (each through its own copy): `meter`, an Mlif that
// neither leaks nor fires, whose `level` adds up what arrives, so a probe shows every
// transmitted amount; and `post`, an ordinary Mlif that fires only when two fresh
// transmissions arrive close together, that is at the start of a train on a rested
// synapse.

import stdlib.neurons
import stdlib.synapses as syn

/// A presynaptic neuron driven in trains, and two targets behind depressing synapses.
circuit Depression(w: real = 0.4, max_capacity: real = 1.0, regen: rate = 0.01 per ms) {
  /// The trains: 4 x 10 spikes at 200 Hz, pauses of 20, 50 and 150 ms.
  input trains : spike_train(file = "trains.csv")

  /// Fires once per input spike (an electric input fires it at once).
  neuron pre : Mlif
  /// Adds up what the synapse transmits: no leak, no adaptation, a threshold it never
  /// reaches.
  neuron meter : Mlif { leak = 0 per ms; potentiation = 0 per ms; threshold = 1000.0;
                        theta_max = 1000.0 }
  /// An ordinary target: two full transmissions 5 ms apart (0.4 + 0.4 - 5 ms of leak) fire
  /// it, a depressed synapse does not. theta_min = threshold stops the threshold's slow
  /// drift, so only the synapse changes between trains.
  neuron post : Mlif { threshold = 0.65; theta_min = 0.65; leak = 0.02 per ms }

  trains -> pre : electric
  // The 1.5 ms delay puts every arrival half-way between two samples of a 1 ms probe.
  pre -> meter : syn.Capacity(w = w, max_capacity = max_capacity, regen = regen,
                              delay = 1.5 ms)
  pre -> post : syn.Capacity(w = w, max_capacity = max_capacity, regen = regen,
                             delay = 1.5 ms)
}
