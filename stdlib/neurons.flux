// Neuron models of the Flux standard library.
//
// `import stdlib.neurons` brings in:
//   Mlif      the modulated leaky integrate-and-fire neuron of docs/model.md (the default)
//   FastMlif  Mlif with a lower threshold and a shorter refractory period (interneurons)
//   Lif       a current-based leaky integrate-and-fire neuron with an exponential synaptic
//             current, integrated in closed form
//
// When is the firing condition evaluated?
//   Mlif, FastMlif  only when an input arrives (after the input is applied). Between inputs
//                   `level` only falls and `theta` only falls slowly toward `theta_min`, and
//                   the model *defines* firing to happen at inputs, which makes the event
//                   engine exact without a clock.
//   Lif             on a 0.1 ms grid as well (`checked every resolution`): the synaptic
//                   current and the bias current keep charging the membrane after an input,
//                   so `v` can cross `v_th` between inputs.
//
// Units follow the literals: times in ms, rates `per ms`, potentials in mV, currents in pA,
// capacitances in pF. Mlif's `level`, `theta` and `mod` are dimensionless.

/// Modulated leaky integrate-and-fire neuron (docs/model.md), the default neuron of Flux.
///
/// A leaky vessel: `level` rises with direct input and leaks linearly back to `rest`; the
/// neuron fires when `level` reaches the effective threshold `theta - mod_gain * mod`.
/// The threshold adapts (it rises with inputs that arrive while the neuron is refractory,
/// and falls slowly while it is not), and modulatory input shifts the effective threshold
/// and the learning rate of the neuron's plastic inputs without driving it directly.
/// Firing is evaluated only when an input arrives, so the event engine is exact.
neuron Mlif {
  /// Resting level: where `level` starts and returns to after a spike.
  param rest = 0.0
  /// Initial threshold `theta` (it adapts within [theta_min, theta_max]).
  param threshold = 1.0
  /// Rate at which `level` leaks linearly toward `rest`.
  param leak = 0.05 per ms
  /// Refractory period after each spike; inputs that arrive within it are ignored.
  param refractory = 2 ms
  /// Threshold increase per direct input that arrives while the neuron is refractory.
  param habituation = 0.02
  /// Upper bound of `theta` under habituation.
  param theta_max = 2.0
  /// Rate at which `theta` drifts down: the neuron grows more sensitive while it rests.
  param potentiation = 0.001 per ms
  /// Lower bound of `theta` under potentiation.
  param theta_min = 0.2
  /// Rate at which `mod` relaxes exponentially toward the balance 0.
  param mod_relax = 0.01 per ms
  /// How far one unit of modulation lowers the effective threshold.
  param mod_gain = 0.5
  /// How strongly modulation scales the learning rate of the neuron's plastic inputs: the
  /// rate is multiplied by max(0, 1 + learn_gain * mod) (read by stdlib.synapses.Stdp).
  param learn_gain = 1.0
  /// Most spikes in one burst, when `level` is far above the effective threshold.
  param burst_max: int = 3
  /// Interval between the spikes of a burst.
  param burst_gap = 1 ms

  /// Membrane level, dimensionless.
  state level = rest
  /// Adaptive threshold.
  state theta = threshold
  /// Modulation: 0 is balanced, positive sensitises, negative desensitises.
  state mod = 0.0

  /// Closed form over an input-free interval of length dt: exact for any dt.
  evolve(dt) {
    // Linear leak toward rest, from either side, never overshooting it.
    if level > rest {
      level = max(rest, level - leak * dt)
    } else if level < rest {
      level = min(rest, level + leak * dt)
    }
    theta = max(theta_min, theta - potentiation * dt)
    mod *= exp(-mod_relax * dt)
  }

  /// Direct input of weight w: positive excites, negative inhibits. While refractory the
  /// input is ignored and habituates the neuron instead.
  on direct(w) {
    if refractory {
      theta = min(theta_max, theta + habituation)
    } else {
      level += w
    }
  }

  /// Modulatory input: shifts the effective threshold and the learning rate, never fires.
  on modulator(w) {
    mod += w
  }

  /// Electric (gap-junction-like) input: fire at once, bypassing summation and threshold.
  on electric {
    fire
  }

  /// Evaluated when an input of any kind arrives, after the input is applied.
  fire when level >= theta - mod_gain * mod

  /// A spike: a burst of up to `burst_max` spikes if `level` is a multiple of the effective
  /// threshold above rest, then reset and refractory.
  on fire {
    let theta_eff = theta - mod_gain * mod
    if theta_eff > rest {
      // `burst` is a builtin of the model language (see docs/language.md): the spike
      // being emitted is the first of `count`, `gap` apart.
      burst(count = clamp(floor((level - rest) / (theta_eff - rest)), 1, burst_max), gap = burst_gap)
    }
    level = rest
    refractory for refractory
  }
}

/// Mlif tuned for fast-spiking inhibitory interneurons: more sensitive, shorter refractory
/// period, faster leak.
neuron FastMlif extends Mlif {
  threshold = 0.6
  refractory = 1 ms
  leak = 0.1 per ms
}

/**
 * Current-based leaky integrate-and-fire neuron with an exponentially decaying synaptic
 * current (as NEST's iaf_psc_exp):
 *
 *   tau_m dv/dt = -(v - v_rest) + (i_syn + i_e) tau_m / c_m
 *   tau_syn di_syn/dt = -i_syn
 *
 * A direct input of weight w (in pA) adds w to i_syn. `evolve` is the exact solution over an
 * input-free interval. Because the current keeps charging the membrane after an input,
 * `v` can cross `v_th` between inputs: the condition is also checked every `resolution`
 * (the classic hybrid scheme). During the refractory period `v` is clamped at `v_reset`
 * while the synaptic current still decays.
 */
neuron Lif {
  /// Resting (leak reversal) potential.
  param v_rest = -70 mV
  /// Potential after a spike.
  param v_reset = -70 mV
  /// Spike threshold.
  param v_th = -55 mV
  /// Membrane time constant.
  param tau_m = 10 ms
  /// Membrane capacitance.
  param c_m = 250 pF
  /// Decay time constant of the synaptic current.
  param tau_syn = 2 ms
  /// Constant bias current.
  param i_e = 0 pA
  /// Absolute refractory period.
  param t_ref = 2 ms
  /// Grid on which the event engine checks the threshold between inputs.
  param resolution = 0.1 ms

  /// Membrane potential.
  state v = v_rest
  /// Synaptic current.
  state i_syn = 0 pA

  evolve(dt) {
    let decay_m = exp(-dt / tau_m)
    let decay_s = exp(-dt / tau_syn)
    // Steady state under the bias current alone.
    let v_inf = v_rest + i_e * tau_m / c_m
    if refractory {
      v = v_reset
    } else if tau_syn != tau_m {
      let gain = i_syn * tau_m / c_m * tau_syn / (tau_syn - tau_m)
      v = v_inf + (v - v_inf) * decay_m + gain * (decay_s - decay_m)
    } else {
      // The limit tau_syn -> tau_m of the line above.
      v = v_inf + (v - v_inf) * decay_m + i_syn / c_m * dt * decay_m
    }
    i_syn *= decay_s
  }

  /// Direct input: a jump of w (pA) in the synaptic current; negative w is inhibitory.
  on direct(w) {
    i_syn += w
  }

  /// Electric input: fire at once.
  on electric {
    fire
  }

  fire when v >= v_th checked every resolution

  on fire { v = v_reset; refractory for t_ref }
}
