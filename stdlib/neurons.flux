// Neuron models of the Flux standard library.
//
// `import stdlib.neurons` brings in:
//   Mlif      the modulated leaky integrate-and-fire neuron of docs/model.md (the default)
//   FastMlif  Mlif with a lower threshold and a shorter refractory period (interneurons)
//   Lif       a current-based leaky integrate-and-fire neuron with an exponential synaptic
//             current, integrated in closed form
//   Izhikevich  Izhikevich's (2003) simple model: RS, IB, CH, FS, ... cells by (a, b, c, d)
//   AdEx      the adaptive exponential integrate-and-fire neuron (Brette & Gerstner 2005)
//   DeltaLif  leaky integrate-and-fire with delta synapses (inputs jump the potential), the
//             neuron of Brunel (2000), integrated in closed form
//
// When is the firing condition evaluated?
//   Mlif, FastMlif  only when an input arrives (after the input is applied). Between inputs
//                   `level` only falls and `theta` only falls slowly toward `theta_min`, and
//                   the model *defines* firing to happen at inputs, which makes the event
//                   engine exact without a clock.
//   Lif             on a 0.1 ms grid as well (`checked every resolution`): the synaptic
//                   current and the bias current keep charging the membrane after an input,
//                   so `v` can cross `v_th` between inputs.
//   Izhikevich, AdEx  on a 0.1 ms grid as well, for the same reason; they integrate
//                   numerically (Heun's method), and the grid is also their longest step.
//   DeltaLif        only when an input arrives: between inputs `v` relaxes toward a rest
//                   below threshold, so it can only cross it at an input's jump.
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

/**
 * Izhikevich's simple model (Izhikevich 2003, IEEE Trans Neural Netw 14:1569-1572):
 *
 *   dv/dt = 0.04 v^2 + 5 v + 140 - u + I
 *   du/dt = a (b v - u)
 *   if v >= 30 mV: v = c, u = u + d
 *
 * with v in mV and t in ms, as in the paper; u and I are in mV as well (the right side of
 * the first line, in mV, is read per ms). The defaults are the paper's regular-spiking (RS)
 * cell; other cells are other (a, b, c, d): intrinsically bursting (IB) c = -55 mV,
 * d = 4 mV; chattering (CH) c = -50 mV, d = 2 mV; fast spiking (FS) a = 0.1 per ms,
 * d = 2 mV (docs/stdlib.md lists them). With I = 10 mV, RS fires tonically at about 22 Hz
 * and FS at about 135 Hz.
 *
 * The input is I = i_e + i_syn: a bias (a step current, by an override or `--inject`) and a
 * synaptic current. A direct input of weight w (mV) adds w to i_syn, which decays with
 * `tau_syn`; with the default 1 ms an input delivers the charge of the paper's network, which
 * adds w to I for one 1 ms step.
 *
 * Integration: the quadratic term has no closed form together with u, so `evolve` takes one
 * step of Heun's method (the explicit trapezoidal rule, second order) for v and u, with the
 * exact decay of i_syn. `checked every resolution` makes the engines split every evolve at
 * the 0.1 ms grid, so a step is never longer than `resolution`: at 0.1 ms the inter-spike
 * intervals are within 0.5 % (RS) and 2 % (FS) of the exact solution; forward Euler would
 * be 4.5 % off for FS. The membrane potential diverges in finite time above threshold, so the
 * step caps v (and its predictor) at `v_peak`: a step can never run away, and a capped v
 * fires at the next check. The firing condition is evaluated when an input arrives and on
 * the `resolution` grid (v crosses 30 mV between inputs).
 */
neuron Izhikevich {
  /// Time scale of the recovery variable u (0.02 per ms: slow recovery).
  param a = 0.02 per ms
  /// Sensitivity of u to subthreshold fluctuations of v.
  param b = 0.2
  /// Potential after a spike.
  param c = -65 mV
  /// Increase of u at a spike.
  param d = 8 mV
  /// Spike cutoff: the neuron fires when v reaches it (30 mV in the paper).
  param v_peak = 30 mV
  /// Initial potential (the paper's networks start at -65 mV, with u = b v).
  param v_init = -65 mV
  /// Constant input I (a bias or a step current), in the paper's units: 10 mV is I = 10.
  param i_e = 0 mV
  /// Decay time constant of the synaptic input.
  param tau_syn = 1 ms
  /// Grid on which the threshold is checked between inputs, and the longest integration step.
  param resolution = 0.1 ms

  /// Membrane potential.
  state v = v_init
  /// Recovery variable (activation of K+, inactivation of Na+ currents), in mV.
  state u = b * v_init
  /// Synaptic input, in the units of I.
  state i_syn = 0 mV

  /// One Heun step over dt <= resolution: an Euler predictor, then the mean of the slopes at
  /// both ends; the input at the end of the step includes the decay of i_syn.
  evolve(dt) {
    let decay = exp(-dt / tau_syn)
    let i0 = i_e + i_syn
    let i1 = i_e + i_syn * decay
    let dv0 = (0.04 * v * v / 1 mV + 5 * v + 140 mV - u + i0) / 1 ms
    let du0 = a * (b * v - u)
    let vp = min(v + dv0 * dt, v_peak)
    let up = u + du0 * dt
    let dv1 = (0.04 * vp * vp / 1 mV + 5 * vp + 140 mV - up + i1) / 1 ms
    let du1 = a * (b * vp - up)
    v = min(v + (dv0 + dv1) * dt / 2, v_peak)
    u += (du0 + du1) * dt / 2
    i_syn *= decay
  }

  /// Direct input: a jump of w (mV) in the synaptic input; negative w is inhibitory.
  on direct(w) {
    i_syn += w
  }

  /// Electric input: fire at once.
  on electric {
    fire
  }

  fire when v >= v_peak checked every resolution

  on fire {
    v = c
    u += d
  }
}

/**
 * Adaptive exponential integrate-and-fire neuron (AdEx; Brette & Gerstner 2005,
 * J Neurophysiol 94:3637-3642):
 *
 *   c_m dv/dt = -g_l (v - e_l) + g_l delta_t exp((v - v_t) / delta_t) - w + I
 *   tau_w dw/dt = a (v - e_l) - w
 *   if v >= v_peak: v = v_r, w = w + b
 *
 * The defaults are the paper's (its regular-spiking cell): c_m 281 pF, g_l 30 nS, e_l
 * -70.6 mV, v_t -50.4 mV, delta_t 2 mV, tau_w 144 ms, a 4 nS, b 0.0805 nA, reset to
 * v_r = e_l. Above v_t the exponential term makes v diverge, so the spike time hardly
 * depends on the cutoff `v_peak` (20 mV; Brian's v_t + 5 delta_t moves spikes by < 0.1 ms).
 * Each spike adds b to the adaptation current w, which decays with tau_w: under a step
 * current the inter-spike intervals lengthen (spike-frequency adaptation), 23 ms to 67 ms
 * at 800 pA.
 *
 * The input is I = i_e + i_syn: a bias current and a synaptic current to which a direct
 * input of weight w (pA) adds w, decaying with `tau_syn`. During the refractory period
 * `t_ref` (0 in the paper) v is held at v_r while w relaxes.
 *
 * Integration: `evolve` takes one step of Heun's method (second order) for v and w, with the
 * exact decay of i_syn; `checked every resolution` makes the engines split every evolve at
 * the 0.1 ms grid, so a step is never longer than `resolution` (at 0.1 ms the inter-spike
 * intervals are within 0.2 ms of the exact solution). The exponent is capped at 20 (e^20 is
 * about 5e8: the current it gives, 3e10 pA with the defaults, carries v past any cutoff
 * within one step, so the cap moves no spike), and v and the step's predictor are capped at
 * v_peak, so the exponential can never overflow, not even in the step engine's single
 * precision. The firing condition is evaluated when an input arrives and on the `resolution`
 * grid.
 */
neuron AdEx {
  /// Membrane capacitance.
  param c_m = 281 pF
  /// Leak conductance.
  param g_l = 30 nS
  /// Leak reversal (resting) potential.
  param e_l = -70.6 mV
  /// Threshold of the exponential term (the rheobase potential).
  param v_t = -50.4 mV
  /// Slope factor: the sharpness of spike initiation.
  param delta_t = 2 mV
  /// Time constant of the adaptation current.
  param tau_w = 144 ms
  /// Subthreshold adaptation: the conductance through which v drives w.
  param a = 4 nS
  /// Spike-triggered adaptation: the increase of w at each spike.
  param b = 80.5 pA
  /// Potential after a spike (the paper's regular-spiking cell resets to e_l).
  param v_r = -70.6 mV
  /// Spike cutoff: the neuron fires when v reaches it.
  param v_peak = 20 mV
  /// Refractory period, during which v is held at v_r (none in the paper).
  param t_ref = 0 ms
  /// Constant bias current (a step current, by an override or `--inject`).
  param i_e = 0 pA
  /// Decay time constant of the synaptic current.
  param tau_syn = 2 ms
  /// Grid on which the threshold is checked between inputs, and the longest integration step.
  param resolution = 0.1 ms

  /// Membrane potential.
  state v = e_l
  /// Adaptation current.
  state w = 0 pA
  /// Synaptic current.
  state i_syn = 0 pA

  /// One Heun step over dt <= resolution (see above); while refractory, v stays at v_r and
  /// w relaxes exactly toward a (v_r - e_l).
  evolve(dt) {
    let decay = exp(-dt / tau_syn)
    if refractory {
      v = v_r
      let w_inf = a * (v_r - e_l)
      w = w_inf + (w - w_inf) * exp(-dt / tau_w)
    } else {
      let i0 = i_e + i_syn
      let i1 = i_e + i_syn * decay
      let spike0 = g_l * delta_t * exp(min((v - v_t) / delta_t, 20))
      let dv0 = (-g_l * (v - e_l) + spike0 - w + i0) / c_m
      let dw0 = (a * (v - e_l) - w) / tau_w
      let vp = min(v + dv0 * dt, v_peak)
      let wp = w + dw0 * dt
      let spike1 = g_l * delta_t * exp(min((vp - v_t) / delta_t, 20))
      let dv1 = (-g_l * (vp - e_l) + spike1 - wp + i1) / c_m
      let dw1 = (a * (vp - e_l) - wp) / tau_w
      v = min(v + (dv0 + dv1) * dt / 2, v_peak)
      w += (dw0 + dw1) * dt / 2
    }
    i_syn *= decay
  }

  /// Direct input: a jump of x (pA) in the synaptic current; negative x is inhibitory. (The
  /// weight is not called w here: w is the adaptation current.)
  on direct(x) {
    i_syn += x
  }

  /// Electric input: fire at once.
  on electric {
    fire
  }

  fire when v >= v_peak checked every resolution

  on fire {
    v = v_r
    w += b
    refractory for t_ref
  }
}

/**
 * Leaky integrate-and-fire neuron with delta synapses (as NEST's iaf_psc_delta): the neuron
 * of Brunel (2000), J Comput Neurosci 8:183-208.
 *
 *   tau_m dv/dt = -(v - e_l) + r_m i_e,   r_m = tau_m / c_m
 *
 * A direct input of weight w (mV) makes `v` jump by w at once: the weight is the amplitude of
 * the postsynaptic potential (positive excites, negative inhibits). The neuron fires when
 * `v >= v_th`; `v` is then reset to `v_reset` and held there for `t_ref`, and inputs that
 * arrive during that time are lost (Brunel 2000; NEST's default, refractory_input = false).
 * An electric input fires the neuron at once.
 *
 * `evolve` is the exact solution over an input-free interval (an exponential relaxation
 * toward v_inf = e_l + r_m i_e), so the event engine is exact. When is the firing condition
 * evaluated? Only when an input arrives: between inputs `v` relaxes monotonically toward
 * v_inf, so it can cross `v_th` between inputs only if v_inf > v_th, a bias current above
 * rheobase (i_e > (v_th - e_l) c_m / tau_m, 1000 pA with the defaults). With i_e = 0 (Brunel's
 * network: every threshold crossing is caused by an input) no grid is needed; for a
 * suprathreshold bias, derive a model that checks on a grid:
 *
 *   neuron DrivenDeltaLif extends DeltaLif { fire when v >= v_th checked every 0.1 ms }
 *
 * The defaults are Brunel's: rest 0 mV, threshold 20 mV, reset 10 mV, tau_m 20 ms, 2 ms
 * refractory period.
 */
neuron DeltaLif {
  /// Membrane time constant.
  param tau_m = 20 ms
  /// Resting (leak reversal) potential.
  param e_l = 0 mV
  /// Spike threshold.
  param v_th = 20 mV
  /// Potential after a spike, held during the refractory period.
  param v_reset = 10 mV
  /// Absolute refractory period; direct inputs that arrive within it are lost.
  param t_ref = 2 ms
  /// Membrane capacitance: converts the bias current to a potential (r_m = tau_m / c_m).
  param c_m = 250 pF
  /// Constant bias current. Above rheobase ((v_th - e_l) c_m / tau_m) it needs a model with
  /// `checked every` (see above).
  param i_e = 0 pA

  /// Membrane potential.
  state v = e_l

  /// Exact over an input-free interval: v relaxes toward v_inf = e_l + i_e tau_m / c_m with
  /// the factor exp(-dt / tau_m); held at `v_reset` while refractory.
  evolve(dt) {
    if refractory {
      v = v_reset
    } else {
      let v_inf = e_l + i_e * tau_m / c_m
      v = v_inf + (v - v_inf) * exp(-dt / tau_m)
    }
  }

  /// Direct input: a jump of w (mV) in the membrane potential, lost while refractory.
  on direct(w) {
    if not refractory {
      v += w
    }
  }

  /// Electric input: fire at once.
  on electric {
    fire
  }

  /// Evaluated when an input arrives, after it is applied (see above for a bias current).
  fire when v >= v_th

  on fire {
    v = v_reset
    refractory for t_ref
  }
}
