// Circuits of the Flux standard library: reusable networks built from stdlib.neurons and
// stdlib.synapses.
//
// `import stdlib.circuits` brings in the circuits below; docs/stdlib.md shows each with an
// example.

import stdlib.neurons
import stdlib.synapses as syn

// ---- circuits: Cpg, WinnerTakeAll, Column, SmallWorldCortex ----

/**
 * A two-neuron central pattern generator (CPG): a pacemaker with delayed feedback
 * inhibition, as in the locomotor circuits of the spinal cord and the brainstem
 * (examples/cpg runs it with its drive).
 *
 * The pacemaker `a` integrates the tonic excitatory drive (`drive_w` per spike) until it
 * fires; its spike excites the follower `b` (`excitation`) after `loop_delay`, and `b`
 * answers with strong inhibition (`inhibition`) that reaches `a` another `loop_delay` later
 * and pushes its level below rest. `a` must climb back to threshold before it fires again,
 * so every cycle is one spike of `a` and, `loop_delay` later, one of `b`: the ports `rhythm`
 * and `antiphase` (e.g. flexor and extensor). The `command` port modulates `a`
 * (`command_gain` per spike): modulation lowers its effective threshold, so it recovers
 * sooner, and the frequency rises monotonically with the command's rate (docs/model.md).
 * `threshold` is both neurons' threshold; it is also their `theta_min`, which pins Mlif's
 * slowly drifting threshold, so that the loop, not the drift, sets the period.
 */
circuit Cpg(excitation: real = 1.2, inhibition: real = -2.0, loop_delay: time = 5 ms,
            drive_w: real = 0.2, command_gain: real = 0.3, threshold: real = 0.8) {
  /// Tonic excitatory drive: the events at which the pacemaker integrates.
  in tonic
  /// Modulatory command: the higher its rate, the faster the rhythm.
  in command
  /// The pacemaker's spikes (one per cycle) and the follower's (`loop_delay` later).
  out rhythm, antiphase

  // Single spikes, no bursts: a burst of `a` would excite `b` several times per cycle.
  neuron a, b : Mlif { threshold = threshold; theta_min = threshold; burst_max = 1 }

  tonic -> a : direct(w = drive_w)
  a -> b : direct(w = excitation, delay = loop_delay)
  b -> a : direct(w = inhibition, delay = loop_delay)
  command -> a : modulator(w = command_gain)

  a -> rhythm
  b -> antiphase
}

/**
 * Winner-take-all: `n` excitatory units, each exciting itself, share an inhibitory pool of
 * `pool` interneurons; the most strongly driven unit wins and silences the others (soft
 * winner-take-all by shared inhibition; Amari & Arbib 1977, Coultrip, Granger & Lynch 1992).
 *
 * Every spike of a unit fires the whole pool (`to_pool` per unit spike, above the pool's
 * threshold), and the pool inhibits every unit, `inhibition` in total, 2 ms after the spike.
 * The unit that fired also excites itself by `self_excitation` after `self_delay` (3 ms:
 * after the pool's inhibition and after its own 2 ms refractory period, during which an
 * input would be lost), which with the defaults cancels its share of the inhibition. So a
 * firing unit is not held back by its own spikes, while every other unit falls
 * |inhibition| below rest at each of them and, with Mlif's linear leak of 0.05 per ms,
 * needs tens of ms of drive to climb back: longer than the winner's inter-spike interval.
 * A unit that gets ahead by chance holds the others down for a while (hysteresis), but a
 * clearly stronger drive breaks through: with Poisson drives of 600 Hz against 350 Hz and
 * less (w = 0.3), the strongest unit fires at about 100 Hz and the others are silent after
 * at most 250 ms (tests/lit/stdlib/winner-take-all.flux). Nearly equal drives give a
 * winner by chance.
 *
 * Thresholds are pinned (no drift, no habituation, no bursts), so that only the drive
 * decides. Channel i of `drive` reaches unit i; the synapse is given where `drive` is
 * connected (`stim -> wta.drive : direct(w = 0.3) with one_to_one` from a source of `n`
 * channels, or `s1 -> wta.drive[1] : direct(w = 0.3)`). Channel i of `units` carries unit
 * i's spikes.
 */
circuit WinnerTakeAll(n: int = 4, pool: int = 2, inhibition: real = -3.0,
                      self_excitation: real = 3.0, self_delay: time = 3 ms,
                      to_pool: real = 0.8) {
  /// Channel i drives unit i; the synapse is given where the port is connected.
  in drive[n]
  /// Channel i carries the spikes of unit i.
  out units[n]

  /// The competing units.
  population E[n] : Mlif { theta_min = 1.0; habituation = 0; burst_max = 1 }
  /// The shared inhibitory pool.
  population I[pool] : FastMlif { theta_min = 0.6; habituation = 0; burst_max = 1 }

  drive -> E with one_to_one
  connect E -> E : direct(w = self_excitation, delay = self_delay)
          with one_to_one(allow_self = true)
  connect E -> I : direct(w = to_pool) with all_to_all
  // `inhibition` is the total per unit spike: every interneuron of the pool fires once.
  connect I -> E : direct(w = inhibition / pool) with all_to_all
  E -> units with one_to_one
}

/**
 * A cortical column: `n` neurons, a fraction `ei` of them excitatory (80/20 by default, the
 * cortical balance of excitation and inhibition).
 *
 * `round(n * ei)` excitatory Mlif cells (`E`) and the rest fast-spiking FastMlif interneurons
 * (`I`). Recurrent excitation (10 inputs per cell) learns by STDP (syn.Stdp) unless
 * `plastic` is false; the interneurons are excited by a random tenth of the excitatory
 * cells, inhibit the excitatory cells through depressing synapses (syn.Capacity) and each
 * other on a ring. The `thalamus` port reaches the first fraction `l4` of the excitatory
 * cells (layer 4); `spikes` carries every excitatory spike.
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

/**
 * A sheet of `columns` Columns whose excitatory cells are wired by a small-world
 * (Watts-Strogatz) graph, `small_world(k, p)`, with Hebbian (syn.Stdp) weights.
 *
 * The excitatory cells of all columns lie on one ring, column after column; each is joined
 * to its k / 2 nearest neighbours on each side, and each link is rewired with probability
 * `p`: mostly links within a column and between neighbouring columns, and a fraction `p` of
 * long-range shortcuts between columns. Every link is a syn.Stdp synapse (starting at `w`,
 * at most `w_max`, `delay` long: synaptic delay plus conduction), so the weights between
 * columns learn from the timing of their spikes. `column_size` and `ei` are each column's
 * `n` and `ei`. `thalamus` reaches every column's thalamic input; `spikes` carries every
 * excitatory spike of the sheet (each column's own is `C[i].spikes`).
 */
circuit SmallWorldCortex(columns: int = 16, k: int = 8, p: real = 0.15, column_size: int = 100,
                         ei: real = 0.8, w: real = 0.05, w_max: real = 0.2,
                         delay: time = 2 ms) {
  /// Thalamic drive, to every column.
  in thalamus
  /// Every excitatory spike of the sheet.
  out spikes

  /// The columns.
  instance C[columns] : Column(n = column_size, ei = ei)

  // C.E is the E population of every column, taken together, in column order.
  connect C.E -> C.E : syn.Stdp(w = w, w_max = w_max, delay = delay)
          with small_world(k = k, p = p)

  thalamus -> C.thalamus
  C.spikes -> spikes
}

// ---- circuits: Brunel ----

/**
 * The sparse balanced network of Brunel (2000): N_E excitatory and N_I inhibitory DeltaLif
 * neurons (delta synapses: a spike makes the target's potential jump), every neuron with
 * exactly C_E excitatory and C_I inhibitory inputs from the network, drawn at random
 * (fixed_indegree), excitatory weight J, inhibitory weight -g J, one delay D for every
 * synapse, and C_E external excitatory inputs of weight J, each a Poisson process of rate
 * nu_ext = eta nu_thr.
 *
 * Reference: Brunel N (2000) Dynamics of sparsely connected networks of excitatory and
 * inhibitory spiking neurons. J Comput Neurosci 8:183-208 (model: section 2; the four states
 * of Figure 8 at (g, eta) = (3, 2) synchronous regular, (6, 4) synchronous irregular with a
 * fast global oscillation, (5, 2) asynchronous irregular, (4.5, 0.9) synchronous irregular
 * with a slow oscillation). The defaults are the paper's: N_E = 10,000, N_I = 2,500,
 * C_E = 1000, C_I = 250 (connection probability 0.1), J = 0.1 mV, D = 1.5 ms, theta = 20 mV,
 * V_r = 10 mV, tau = 20 ms, tau_rp = 2 ms, and the asynchronous irregular state (g = 5,
 * eta = 2).
 *
 * The threshold rate. nu_thr is the rate of each of the C_E external inputs that brings the
 * mean free membrane potential (no recurrent input, no threshold) to threshold: each input
 * spike adds J, which decays with tau, so the mean is mu_ext = C_E J nu_ext tau, and
 * mu_ext = theta (measured from the rest, 0 mV) gives
 *
 *   nu_thr = theta / (J C_E tau) = 20 mV / (0.1 mV * 1000 * 20 ms) = 10 Hz,
 *
 * so eta = 2 means nu_ext = 20 Hz per external input, 20 kHz of input spikes per neuron.
 *
 * The external inputs. By default they come from a pool `ext` of `n_ext` Poisson sources
 * (n_ext = N_E: an outside population like E), each neuron drawing exactly C_E of them
 * (fixed_indegree): every neuron receives C_E independent Poisson inputs at nu_ext, as in
 * the paper, and two neurons share C_E^2 / n_ext of them on average (100, the same as they
 * share recurrent excitatory inputs). With `ext_independent = true` each neuron instead has
 * its own Poisson source of rate C_E nu_ext (a sum of independent Poisson processes is
 * Poisson), one_to_one: no shared external input at all. That form is exact but costly
 * today: on the event engine each 20 kHz channel reschedules its next spike into the time
 * bucket being processed (a sorted insert), which is slow at full scale, and the step engine
 * fires a channel at most once per step, with probability rate dt: fluxc refuses a rate of
 * 1 / dt or more (10 kHz at dt 0.1 ms, eta = 1), and below it the count per step has the
 * variance rate dt (1 - rate dt) instead of Poisson's rate dt (a tenth of it at 9 kHz).
 *
 * Scaling down (`n_e`, `n_i` smaller, `c_e`, `c_i`, `j` unchanged). Brunel's mean-field theory
 * depends on the network only through what one neuron receives: the mean input
 * mu = C_E J tau (nu_ext + nu (1 - g C_I / C_E)) and its variance
 * sigma^2 = J^2 C_E tau (nu_ext + nu (1 + g^2 C_I / C_E)). Keeping C_E, C_I and J keeps both,
 * so a smaller network sits at the same point of the phase diagram, with the same rates and
 * the same cost per neuron (the work scales with N). What it changes is the sparseness:
 * eps = C_E / N_E grows (0.5 at N_E = 2000), two neurons share more of their inputs, and
 * the fluctuations of the global activity (of order 1 / sqrt(N)) and the input correlations
 * the theory neglects (it assumes eps << 1) grow: the asynchronous state gets noisier and
 * states near a transition may move. The alternative, fewer inputs with J C_E fixed (smaller
 * `c_e`, larger `j`), keeps the mean input but multiplies the variance sigma^2 by the factor
 * by which C_E shrank: it moves the network in the phase diagram, so it is not the way this
 * circuit scales by default; the parameters allow it (nu_thr follows `j` and `c_e`). `n_e`
 * must exceed `c_e` (no self-connections), `n_i` must exceed `c_i`, and `n_ext` be at least
 * `c_e`.
 *
 *   instance net : Brunel(g = 4.5, eta = 0.9)                   // slow oscillations
 *   instance small : Brunel(n_e = 2000, n_i = 500)             // 2,500 neurons, eps = 0.5
 *
 * Simultaneous inputs. All delays are equal, so the spikes of neurons that fired at the same
 * instant (on the same input) reach their common targets at the same instant. The event
 * engine applies simultaneous inputs one by one in the order of the sources' global indices
 * and evaluates the threshold after each (docs/running.md); with excitatory sources first, a
 * neuron could fire on the excitatory part of a volley whose inhibitory part would have kept
 * it below threshold, and the network can lock into a spurious saturated state (seen at
 * g = 5, eta = 2 after 0.4 s). The inhibitory population is therefore declared first (lower
 * indices): the running sum of a volley then falls before it rises, so the neuron crosses
 * threshold exactly when the sum of the whole volley takes it there, as in Brunel's
 * clock-driven simulations, NEST's iaf_psc_delta and Flux's step engine, which add all the
 * inputs of a step before checking.
 *
 * The neurons start at potentials drawn uniformly between rest and threshold; the network
 * settles into its state within about 100 ms. The populations are `E`, `I` and `ext`
 * (`ext_e` and `ext_i` with `ext_independent`); an outer circuit reaches them as `net.E`,
 * `net.I`, so the circuit needs no ports.
 */
circuit Brunel(g: real = 5.0, eta: real = 2.0, n_e: int = 10000, n_i: int = round(n_e / 4),
               c_e: int = 1000, c_i: int = round(c_e / 4), j = 0.1 mV, delay = 1.5 ms,
               tau_m = 20 ms, v_th = 20 mV, v_reset = 10 mV, t_ref = 2 ms,
               n_ext: int = n_e, ext_independent: bool = false) {
  // The threshold rate theta / (J C_E tau) (10 Hz with the defaults), the rest at 0 mV.
  let nu_thr = v_th / (j * c_e * tau_m)
  let nu_ext = eta * nu_thr

  // I is declared before E on purpose: see "Simultaneous inputs" above.
  /// Inhibitory neurons (the same model as E; only their outgoing weights differ).
  population I[n_i] : DeltaLif {
    tau_m = tau_m; v_th = v_th; v_reset = v_reset; t_ref = t_ref; v = uniform(0 mV, v_th)
  }
  /// Excitatory neurons.
  population E[n_e] : DeltaLif {
    tau_m = tau_m; v_th = v_th; v_reset = v_reset; t_ref = t_ref; v = uniform(0 mV, v_th)
  }

  if ext_independent {
    // One source per neuron at C_E nu_ext, the sum of its C_E external inputs.
    input ext_e[n_e] : poisson(rate = c_e * nu_ext)
    input ext_i[n_i] : poisson(rate = c_e * nu_ext)
    ext_e -> E : direct(w = j, delay = delay) with one_to_one
    ext_i -> I : direct(w = j, delay = delay) with one_to_one
  } else {
    // C_E external inputs per neuron from a pool of n_ext sources at nu_ext.
    input ext[n_ext] : poisson(rate = nu_ext)
    ext -> E : direct(w = j, delay = delay) with fixed_indegree(c_e)
    ext -> I : direct(w = j, delay = delay) with fixed_indegree(c_e)
  }

  // Recurrent connections: C_E excitatory and C_I inhibitory inputs per neuron.
  E -> E : direct(w = j, delay = delay) with fixed_indegree(c_e)
  E -> I : direct(w = j, delay = delay) with fixed_indegree(c_e)
  I -> E : direct(w = -g * j, delay = delay) with fixed_indegree(c_i)
  I -> I : direct(w = -g * j, delay = delay) with fixed_indegree(c_i)
}
