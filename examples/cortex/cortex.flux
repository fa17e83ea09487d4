/* Cortex: a sheet of cortical columns.

   Each column holds 80 % excitatory and 20 % inhibitory Mlif neurons (the cortical E/I
   balance). The columns are wired to each other by a small-world (Watts-Strogatz) graph
   whose weights learn by STDP, and neighbouring columns inhibit each other through their
   interneurons (surround inhibition). A 28 x 28 image from the host reaches the columns
   through a retinotopic layer of LIF cells; the CPG of examples/cpg paces the columns with
   a rhythm whose frequency the host's arousal signal sets; four motor channels go back to
   the host. NoisyCortex derives from Cortex: twice the columns, and background noise. */

import stdlib.neurons
import stdlib.synapses as syn
import "../cpg/cpg.flux" as cpg

/// Number of columns of the default sheet.
let default_columns: int = 16

/**
 * A cortical column: `n` neurons, a fraction `ei` of them excitatory.
 *
 * Recurrent excitation is plastic (STDP) unless `plastic` is false; interneurons inhibit
 * the excitatory cells through depressing (capacity) synapses and each other on a ring.
 * The thalamic input reaches the fraction `l4` of the excitatory cells (layer 4).
 */
circuit Column(n: int = 100, ei: real = 0.8, l4: real = 0.25, plastic: bool = true) {
  /// Thalamic drive.
  in thalamus
  /// The excitatory cells' spikes.
  out spikes

  let n_e: int = round(n * ei)

  /// Excitatory (pyramidal) cells.
  population E[n_e] : Mlif
  /// Inhibitory (fast-spiking) interneurons: their inputs do not learn from modulation.
  population I[n - n_e] : FastMlif { learn_gain = 0.0, burst_max = 1 }

  if plastic {
    connect E -> E : syn.Stdp(w = 0.2, w_max = 0.5) with fixed_indegree(10)
  } else {
    connect E -> E : direct(w = 0.2) with fixed_indegree(10)
  }
  connect E -> I : direct(w = uniform(0.1, 0.3)) with probability(0.1)
  connect I -> E : syn.Capacity(w = -0.5, regen = 0.02 per ms) with probability(0.2)
  connect I -> I : direct(w = -0.3) with ring(k = 4)
  connect thalamus -> E[0 .. round(n_e * l4)] : direct(w = +0.6) with all_to_all

  E -> spikes
}

/// Columns on a line (or a ring, if `wrap`), `spacing` apart, with axons that conduct at
/// `velocity`.
circuit Cortex(columns: int = default_columns, column_size: int = 100, ei: real = 0.8,
               k: int = 8, rewire: real = 0.15, spacing = 0.5 mm, velocity = 0.5 m per s,
               wrap: bool = false) {
  /// A 28 x 28 image from the host, one channel per pixel.
  extern input camera[784]
  /// Arousal from the host: speeds up the pacemaker.
  extern input arousal
  /// Four motor channels, read by the host.
  extern output motor[4]

  /// Delay between neighbouring columns: synaptic delay plus conduction time.
  let hop = 1 ms + spacing / velocity
  /// Excitatory cells in the whole sheet.
  let e_total: int = columns * round(column_size * ei)

  /// Retinotopic input layer: LIF cells with a small bias current.
  population V1[784] : Lif { tau_m = 20 ms; i_e = 150 pA }
  instance C[columns] : Column(n = column_size, ei = ei)
  /// A theta-like rhythm: the oscillator of examples/cpg with its default parameters.
  instance pacemaker : cpg.Oscillator()
  input tonic : poisson(rate = 400 Hz)

  connect camera -> V1 : direct(w = 400 pA) with grid(w = 28, h = 28, radius = 1)
  connect V1 -> C.E : direct(w = 0.15) with fixed_outdegree(4)
  // Excitation across the sheet: a small-world graph over all excitatory cells, laid on a
  // ring column after column -- mostly links within and between neighbouring columns, and
  // a fraction `rewire` of long-range shortcuts -- with Hebbian (STDP) weights.
  connect C.E -> C.E : syn.Stdp(w = 0.05, w_max = 0.2, delay = hop) with small_world(k = k, p = rewire)

  tonic -> pacemaker.tonic
  arousal -> pacemaker.command
  pacemaker.rhythm -> C.thalamus

  for i in 0 .. columns {
    // Surround inhibition: adjacent columns excite each other's interneurons.
    if i + 1 < columns {
      connect C[i].E -> C[i + 1].I : direct(w = 0.08, delay = hop) with probability(0.05)
      connect C[i + 1].E -> C[i].I : direct(w = 0.08, delay = hop) with probability(0.05)
    } else if wrap && 3 <= columns {
      // Close the line into a ring: the last column and the first are neighbours.
      connect C[i].E -> C[0].I : direct(w = 0.08, delay = hop) with probability(0.05)
      connect C[0].E -> C[i].I : direct(w = 0.08, delay = hop) with probability(0.05)
    }
    // On an open line the end columns have one neighbour: make up the missing surround.
    if !wrap and (i == 0 or i == columns - 1) {
      connect C[i].E -> C[i].I : direct(w = 0.08) with probability(0.05)
    }
    C[i].spikes -> motor[i % 4]
  }
}

/// The cortex with twice the columns and independent 5 Hz background noise on every
/// excitatory cell (spontaneous cortical activity).
circuit NoisyCortex extends Cortex {
  columns = 2 * default_columns
  input noise[e_total] : poisson(rate = 5 Hz)
  connect noise -> C.E : direct(w = 0.3) with one_to_one
}
