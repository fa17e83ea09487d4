// The brain of a snake in a grid game (examples/embed-snake): six sensory channels, three
// motor channels, and an all-to-all layer of synapses whose weights an evolutionary search
// running in the host program sets (flux_set_weight), genome by genome.
//
//   fluxc build snake.flux --name snake -o <dir>
import stdlib.neurons

/// What the snake sees, relative to its heading: food to the left, ahead, to the right, and
/// danger (a wall or its own body in the next cell) to the left, ahead, to the right. The
/// game pushes a spike on a channel for each cue present at each game tick.
extern input vision[6]
/// Turn left, go straight, turn right: the game takes the channel with the most spikes.
extern output moves[3]

circuit SnakeBrain {
  /// Sensory neurons: one per channel, each spike of the game makes its neuron spike.
  population sense[6] : Mlif { threshold = 0.5; burst_max = 1 }
  /// Motor neurons: they integrate the weighted sensory spikes.
  population motor[3] : Mlif { threshold = 1.0; burst_max = 1; leak = 0.2 per ms }

  vision -> sense : direct(w = 1.0, delay = 0.5 ms) with one_to_one
  /// The genome: 18 weights, set by the host before each game (0 here).
  connect sense -> motor : direct(w = 0, delay = 1 ms) with all_to_all
  motor -> moves with one_to_one
}
