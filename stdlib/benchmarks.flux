// Neuron models of the classic network benchmarks (bench/cuba, bench/coba, bench/coba-auryn).
//
// `import stdlib.benchmarks` brings in:
//   CubaLif   LIF with two exponentially decaying synaptic inputs, expressed in mV (CUBA,
//             benchmark 2 of Brette et al. 2007); integrated in closed form
//   CobaLif   LIF with two exponentially decaying synaptic conductances (COBA, benchmark 1 of
//             Brette et al. 2007, and Auryn's COBA benchmark with a background current);
//             forward Euler, as in Brette's and Auryn's reference code
//
// Sources:
//   Brette R, Rudolph M, Carnevale T, et al. (2007) Simulation of networks of spiking neurons:
//     a review of tools and strategies. J Comput Neurosci 23:349-398 (benchmarks 1 and 2), and
//     R. Brette's Brian scripts for them (COBA.py "Benchmark 1 ... Euler integration",
//     CUBA.py "Benchmark 2 ... exact subthreshold integration").
//   Vogels TP, Abbott LF (2005) Signal propagation and logic gating in networks of
//     integrate-and-fire neurons. J Neurosci 25:10786-10795 (the network they are based on).
//   Zenke F, Gerstner W (2014) Limits to high-speed simulations of spiking neural networks
//     using general-purpose computers. Front Neuroinform 8:76; Auryn's TIFGroup and
//     examples/sim_coba_benchmark.cpp.
//
// Routing of the two synaptic inputs. A neuron model has one `direct` event, so the sign of
// the weight says which input a spike reaches: w > 0 is excitatory, w < 0 inhibitory. Write
// excitatory weights positive and inhibitory weights negative in the connections.
//
// When is the firing condition evaluated? Both models: when an input arrives and on a 0.1 ms
// grid (`checked every resolution`): the synaptic inputs, and in CUBA the leak toward a rest
// above threshold, carry `v` across `v_th` between inputs. The engines split every `evolve`
// at that grid and at the end of the refractory period, so `dt` is never longer than
// `resolution` and `refractory` is constant within one `evolve`.

/**
 * Current-based LIF of the CUBA benchmark (Brette et al. 2007, benchmark 2; Vogels & Abbott
 * 2005), as in R. Brette's Brian script CUBA.py:
 *
 *   tau_m dv/dt = (e_l - v) + ge + gi
 *   tau_ex dge/dt = -ge,   tau_in dgi/dt = -gi
 *
 * `ge` and `gi` are the synaptic inputs in mV (a current times the membrane resistance), so
 * a weight is the jump of the input it reaches: 1.62 mV excitatory, -9 mV inhibitory in the
 * benchmark. The rest `e_l` = -49 mV lies above the threshold (-50 mV): without inhibition
 * every neuron fires on its own, which keeps the network active without external input.
 *
 * `evolve` is the exact solution of the linear system over an input-free interval (Brette's
 * script integrates it exactly as well): every exponential is exp(-dt / constant), so for a
 * fixed step it is a handful of multiplications, and it is exact for any dt, which makes the
 * event engine exact between the points of its grid. It needs `tau_ex` and `tau_in` different
 * from `tau_m` (5 and 10 ms against 20 ms here). During the refractory period `v` is held at
 * `v_reset` while both inputs keep decaying.
 */
neuron CubaLif {
  /// Membrane time constant.
  param tau_m = 20 ms
  /// Leak reversal (resting) potential; -49 mV, above threshold, in Brette's CUBA.
  param e_l = -49 mV
  /// Spike threshold.
  param v_th = -50 mV
  /// Potential after a spike, held during the refractory period.
  param v_reset = -60 mV
  /// Absolute refractory period.
  param t_ref = 5 ms
  /// Decay time constant of the excitatory input (must differ from tau_m).
  param tau_ex = 5 ms
  /// Decay time constant of the inhibitory input (must differ from tau_m).
  param tau_in = 10 ms
  /// Grid on which the threshold is checked between inputs.
  param resolution = 0.1 ms

  /// Membrane potential.
  state v = e_l
  /// Excitatory synaptic input, in mV (>= 0).
  state ge = 0 mV
  /// Inhibitory synaptic input, in mV (<= 0).
  state gi = 0 mV

  /// Exact over an input-free interval: with u = v - e_l and s = ex, in,
  ///   u(dt) = u(0) e^(-dt/tau_m)
  ///         + sum over s of g_s(0) tau_s / (tau_s - tau_m) (e^(-dt/tau_s) - e^(-dt/tau_m)).
  evolve(dt) {
    let decay_m = exp(-dt / tau_m)
    let decay_ex = exp(-dt / tau_ex)
    let decay_in = exp(-dt / tau_in)
    if refractory {
      v = v_reset
    } else {
      let gain_ex = tau_ex / (tau_ex - tau_m) * (decay_ex - decay_m)
      let gain_in = tau_in / (tau_in - tau_m) * (decay_in - decay_m)
      v = e_l + (v - e_l) * decay_m + ge * gain_ex + gi * gain_in
    }
    ge *= decay_ex
    gi *= decay_in
  }

  /// Direct input of weight w (mV): w > 0 jumps the excitatory input, w < 0 the inhibitory.
  on direct(w) {
    if w > 0 mV {
      ge += w
    } else {
      gi += w
    }
  }

  fire when v >= v_th checked every resolution

  on fire {
    v = v_reset
    refractory for t_ref
  }
}

/**
 * Conductance-based LIF with exponentially decaying conductances (the equations of NEST's
 * iaf_cond_exp and PyNN's IF_cond_exp): the COBA benchmark (Brette et al. 2007, benchmark 1;
 * Vogels & Abbott 2005) and Auryn's TIFGroup (Zenke & Gerstner 2014), which adds the constant
 * current `i_e`:
 *
 *   c_m dv/dt = g_l (e_l - v) + ge (e_ex - v) + gi (e_in - v) + i_e
 *   tau_ex dge/dt = -ge,   tau_in dgi/dt = -gi
 *
 * The defaults are the benchmark's: a 20,000 um^2 membrane with 1 uF/cm^2 and 0.05 mS/cm^2
 * (c_m 200 pF, g_l 10 nS, tau_m = c_m / g_l = 20 ms). A direct input of weight w (nS) adds w
 * to `ge` when w > 0 and |w| to `gi` when w < 0: 6 nS and -67 nS in Brette's COBA, 4 nS and
 * -51 nS in Auryn's.
 *
 * `evolve` is one forward-Euler step of the membrane equation with the conductances (and
 * `v`) at the start of the interval, then the exact decay of the conductances: the scheme of
 * Brette's Brian script COBA.py ("Euler integration") and of Auryn's TIFGroup::evolve. The
 * exact solution would need exp() of the total conductance, a state, at every step. Because
 * the engines split intervals at the `resolution` grid, dt is at most 0.1 ms, where the step
 * is accurate: dt (g_l + ge + gi) / c_m is about 0.13 at the benchmark's mean conductances.
 * During the refractory period `v` is held at `v_reset` while the conductances keep decaying.
 */
neuron CobaLif {
  /// Membrane capacitance.
  param c_m = 200 pF
  /// Leak conductance (tau_m = c_m / g_l = 20 ms).
  param g_l = 10 nS
  /// Leak reversal (resting) potential.
  param e_l = -60 mV
  /// Spike threshold.
  param v_th = -50 mV
  /// Potential after a spike, held during the refractory period.
  param v_reset = -60 mV
  /// Absolute refractory period.
  param t_ref = 5 ms
  /// Reversal potential of the excitatory conductance.
  param e_ex = 0 mV
  /// Reversal potential of the inhibitory conductance.
  param e_in = -80 mV
  /// Decay time constant of the excitatory conductance.
  param tau_ex = 5 ms
  /// Decay time constant of the inhibitory conductance.
  param tau_in = 10 ms
  /// Constant bias current (0 in Brette's COBA, 200 pA in Auryn's).
  param i_e = 0 pA
  /// Grid on which the threshold is checked between inputs (and the longest Euler step).
  param resolution = 0.1 ms

  /// Membrane potential.
  state v = e_l
  /// Excitatory conductance.
  state ge = 0 nS
  /// Inhibitory conductance.
  state gi = 0 nS

  /// Forward Euler for v with the conductances at the start of the interval, then the exact
  /// decay of the conductances.
  evolve(dt) {
    if refractory {
      v = v_reset
    } else {
      let i_total = g_l * (e_l - v) + ge * (e_ex - v) + gi * (e_in - v) + i_e
      v += i_total * (dt / c_m)
    }
    ge *= exp(-dt / tau_ex)
    gi *= exp(-dt / tau_in)
  }

  /// Direct input of weight w (nS): w > 0 opens the excitatory conductance by w, w < 0 the
  /// inhibitory conductance by |w|.
  on direct(w) {
    if w > 0 nS {
      ge += w
    } else {
      gi -= w
    }
  }

  fire when v >= v_th checked every resolution

  on fire {
    v = v_reset
    refractory for t_ref
  }
}
