/* Cortex: a sheet of cortical columns.

   The sheet is the standard library's SmallWorldCortex (stdlib/circuits.flux): columns of
   80 % excitatory and 20 % inhibitory Mlif neurons (the cortical E/I balance), wired to
   each other by a small-world (Watts-Strogatz) graph whose weights learn by STDP. This file
   adds what makes it a brain area of a robot: neighbouring columns inhibit each other
   through their interneurons (surround inhibition); a 28 x 28 image from the host reaches
   the columns through a retinotopic layer of LIF cells; the stdlib's two-neuron CPG paces
   the columns with a rhythm whose frequency the host's arousal signal sets; four motor
   channels go back to the host. NoisyCortex derives from Cortex: twice the columns, and
   background noise. */

import stdlib.neurons
import stdlib.circuits as circuits

/// Number of columns of the default sheet.
let default_columns: int = 16

/**
 * Columns on a line (or a ring, if `wrap`), `spacing` apart, with axons that conduct at
 * `velocity`.
 *
 * The columns and their small-world wiring are `sheet`, a circuits.SmallWorldCortex: its
 * columns are `sheet.C[i]`, each with excitatory cells `E` and interneurons `I`.
 */
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
  /// The columns, their excitatory cells on a small-world graph with STDP weights: mostly
  /// links within and between neighbouring columns, a fraction `rewire` of long-range
  /// shortcuts, each `hop` long.
  instance sheet : circuits.SmallWorldCortex(columns = columns, column_size = column_size,
                                             ei = ei, k = k, p = rewire, delay = hop)
  /// A theta-like rhythm: the stdlib's two-neuron CPG with its default parameters.
  instance pacemaker : circuits.Cpg()
  input tonic : poisson(rate = 400 Hz)

  connect camera -> V1 : direct(w = 400 pA) with grid(w = 28, h = 28, radius = 1)
  connect V1 -> sheet.C.E : direct(w = 0.15) with fixed_outdegree(4)

  tonic -> pacemaker.tonic
  arousal -> pacemaker.command
  pacemaker.rhythm -> sheet.thalamus

  for i in 0 .. columns {
    // Surround inhibition: adjacent columns excite each other's interneurons.
    if i + 1 < columns {
      connect sheet.C[i].E -> sheet.C[i + 1].I : direct(w = 0.08, delay = hop) with probability(0.05)
      connect sheet.C[i + 1].E -> sheet.C[i].I : direct(w = 0.08, delay = hop) with probability(0.05)
    } else if wrap && 3 <= columns {
      // Close the line into a ring: the last column and the first are neighbours.
      connect sheet.C[i].E -> sheet.C[0].I : direct(w = 0.08, delay = hop) with probability(0.05)
      connect sheet.C[0].E -> sheet.C[i].I : direct(w = 0.08, delay = hop) with probability(0.05)
    }
    // On an open line the end columns have one neighbour: make up the missing surround.
    if !wrap and (i == 0 or i == columns - 1) {
      connect sheet.C[i].E -> sheet.C[i].I : direct(w = 0.08) with probability(0.05)
    }
    sheet.C[i].spikes -> motor[i % 4]
  }
}

/// The cortex with twice the columns and independent 5 Hz background noise on every
/// excitatory cell (spontaneous cortical activity).
circuit NoisyCortex extends Cortex {
  columns = 2 * default_columns
  input noise[e_total] : poisson(rate = 5 Hz)
  connect noise -> sheet.C.E : direct(w = 0.3) with one_to_one
}
