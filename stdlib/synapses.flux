// Synapse models of the Flux standard library.
//
// `import stdlib.synapses` brings in:
//   Static    transmits its weight unchanged
//   Capacity  short-term depression: a limited, regenerating capacity (docs/model.md)
//   Stdp      spike-timing-dependent plasticity with a short-term component that decays and
//             a long-term component that the target's modulation consolidates (docs/model.md)
//   RewardStdp  three-factor learning: pairings charge an eligibility trace, and the weight
//             follows the trace in proportion to the target's modulation (reward)
//
// Inside a synapse model, `pre` and `post` name the source and target neurons: `post.mod` is
// the target's modulation. `on pre` runs when a presynaptic spike reaches the synapse, `on
// post` when the target fires. `deliver(x)` transmits x to the target, `delay` later, through
// the synapse's `kind` ("direct", "modulator" or "electric"). The built-in synapses
// `direct(w = ..)`, `modulator(w = ..)` and `electric(..)` are Static with that kind.

/// The plain synapse: every presynaptic spike transmits the weight `w`, unchanged, `delay`
/// later.
synapse Static {
  /// Weight. Through a direct synapse positive excites and negative inhibits; through a
  /// modulator it is the change of the target's modulation. No default: every connection
  /// states its weight.
  param w: real
  /// Transmission delay (axonal and synaptic), > 0.
  param delay = 1 ms
  /// Which input of the target the synapse drives: "direct", "modulator" or "electric".
  param kind = "direct"

  on pre {
    deliver(w)
  }
}

/// Short-term depression by a limited, regenerating capacity (docs/model.md). The synapse
/// holds `capacity`, at most `max_capacity`; a spike transmits min(|w|, capacity) with the
/// sign of w, capacity drops by what was transmitted and regenerates linearly at `regen`.
/// Closely spaced spikes therefore transmit less, and the synapse recovers in
/// max_capacity / regen.
synapse Capacity extends Static {
  /// The most the synapse can hold.
  param max_capacity = 1.0
  /// Linear regeneration rate of the capacity.
  param regen = 0.01 per ms

  /// What the synapse holds now; it starts full.
  state capacity = max_capacity

  evolve(dt) {
    capacity = min(max_capacity, capacity + regen * dt)
  }

  on pre {
    let sent = min(abs(w), capacity)
    capacity -= sent
    if w < 0 {
      deliver(-sent)
    } else {
      deliver(sent)
    }
  }
}

/// Spike-timing-dependent plasticity with consolidation by modulation (docs/model.md).
///
/// Pair-based STDP with exponential traces: a presynaptic spike before a postsynaptic one
/// strengthens the synapse by a_plus * exp(-lag / tau_plus), the reverse order weakens it by
/// a_minus * exp(-lag / tau_minus). Changes are scaled by the target's learning rate
/// max(0, 1 + learn_gain * mod) and go first to the short-term component `short`, which
/// decays with `tau_short`. While the target's modulation is positive, `short` is
/// consolidated into the long-term component `long` at `consolidate` per unit of modulation
/// per ms. The synapse transmits clamp(long + short, w_min, w_max).
///
/// The target must have `mod` and `learn_gain` (Mlif and models derived from it do).
/// Consolidation treats the target's modulation as constant between two updates of the
/// synapse (it is read when the synapse is updated).
synapse Stdp extends Static {
  /// Lowest effective weight.
  param w_min = 0.0
  /// Highest effective weight.
  param w_max = 1.0
  /// Potentiation for a pre spike just before a post spike.
  param a_plus = 0.01
  /// Time constant of the presynaptic trace (the potentiation window).
  param tau_plus = 20 ms
  /// Depression for a post spike just before a pre spike (slightly above a_plus, so that
  /// uncorrelated firing weakens a synapse on average).
  param a_minus = 0.0105
  /// Time constant of the postsynaptic trace (the depression window).
  param tau_minus = 20 ms
  /// Decay time constant of the short-term component.
  param tau_short = 1_000 ms
  /// Consolidation rate from short to long, per unit of the target's modulation.
  param consolidate = 0.002 per ms

  /// Presynaptic trace: +1 per pre spike, decays with tau_plus.
  state pre_trace = 0.0
  /// Postsynaptic trace: +1 per post spike, decays with tau_minus.
  state post_trace = 0.0
  /// Short-term component of the weight.
  state short = 0.0
  /// Long-term component of the weight; starts at w.
  state long = w

  evolve(dt) {
    pre_trace *= exp(-dt / tau_plus)
    post_trace *= exp(-dt / tau_minus)
    // With m = max(0, post.mod) held over the interval, short decays at rate k and the part
    // consolidate * m / k of what it loses moves to long (exact for constant m).
    let m = max(0, post.mod)
    let k = 1 / tau_short + consolidate * m
    let moved = short * consolidate * m / k * (1 - exp(-k * dt))
    long = clamp(long + moved, w_min, w_max)
    short *= exp(-k * dt)
  }

  /// A presynaptic spike: transmit the effective weight, then depress by the postsynaptic
  /// trace (post before pre) and count the spike in the presynaptic trace.
  on pre {
    deliver(clamp(long + short, w_min, w_max))
    let rate = max(0, 1 + post.learn_gain * post.mod)
    short -= rate * a_minus * post_trace
    pre_trace += 1
  }

  /// A postsynaptic spike: potentiate by the presynaptic trace (pre before post) and count
  /// the spike in the postsynaptic trace.
  on post {
    let rate = max(0, 1 + post.learn_gain * post.mod)
    short += rate * a_plus * pre_trace
    post_trace += 1
  }
}

/// Reward-modulated STDP: three-factor learning with an eligibility trace (Izhikevich 2007,
/// Cereb Cortex 17:2443-2452; Fremaux & Gerstner 2016, Front Neural Circuits 9:85).
///
/// Spike pairings do not change the weight: they charge the eligibility trace, by a_plus *
/// exp(-lag / tau_plus) for a presynaptic spike before a postsynaptic one and by -a_minus *
/// exp(-lag / tau_minus) for the reverse order. The trace decays with `tau_e`, and the weight
/// follows it in proportion to the target's modulation, the third factor:
///
///   d eligibility / dt = -eligibility / tau_e      (plus the pairings)
///   d weight / dt = learning_rate * eligibility * post.mod
///
/// Positive modulation (reward: a modulatory projection from reward or dopamine neurons onto
/// the target, `reward -> target : modulator(w = ...)`) turns the pairings of the last few
/// tau_e into lasting changes, negative modulation (punishment) reverses them, and without
/// modulation nothing is learnt: the trace fades. With an Mlif target (whose modulation
/// relaxes in 1 / mod_relax = 100 ms) a modulatory input of 1 right after a pairing turns
/// learning_rate / (1 / tau_e + mod_relax), about 0.9, of the trace into weight. The synapse
/// transmits clamp(weight, w_min, w_max).
///
/// The target must have `mod` (Mlif and models derived from it do). As in Stdp, the target's
/// modulation is read when the synapse is updated (at its pre and post spikes) and treated as
/// constant since the previous update; `evolve` is exact when it is. A reward that arrives
/// long after the synapse's last update is therefore applied over the whole interval at its
/// value then: give rewards while the cells are active, as dopamine signals last hundreds of
/// ms.
///
/// It extends Static, not Stdp: Stdp's pairings act on the transmitted weight at once (its
/// short-term component) and are scaled by the modulation; here they act only through the
/// modulation, so every handler and the `evolve` of Stdp would be replaced.
synapse RewardStdp extends Static {
  /// Lowest weight.
  param w_min = 0.0
  /// Highest weight.
  param w_max = 1.0
  /// Eligibility of a pre spike just before a post spike.
  param a_plus = 0.01
  /// Time constant of the presynaptic trace (the potentiation window).
  param tau_plus = 20 ms
  /// Eligibility (negative) of a post spike just before a pre spike.
  param a_minus = 0.0105
  /// Time constant of the postsynaptic trace (the depression window).
  param tau_minus = 20 ms
  /// Decay time constant of the eligibility trace: how long a pairing waits for its reward.
  param tau_e = 1_000 ms
  /// Rate at which the weight follows the trace, per unit of the target's modulation.
  param learning_rate = 0.01 per ms

  /// Presynaptic trace: +1 per pre spike, decays with tau_plus.
  state pre_trace = 0.0
  /// Postsynaptic trace: +1 per post spike, decays with tau_minus.
  state post_trace = 0.0
  /// Eligibility trace: what the pairings would change, waiting for modulation.
  state eligibility = 0.0
  /// The weight; starts at w.
  state weight = w

  /// Exact for a constant modulation m = post.mod over the interval: the trace decays by
  /// e^(-dt / tau_e), and the weight moves by learning_rate * m times its integral,
  /// eligibility * tau_e * (1 - e^(-dt / tau_e)).
  evolve(dt) {
    pre_trace *= exp(-dt / tau_plus)
    post_trace *= exp(-dt / tau_minus)
    let decay = exp(-dt / tau_e)
    let change = learning_rate * post.mod * eligibility * tau_e * (1 - decay)
    weight = clamp(weight + change, w_min, w_max)
    eligibility *= decay
  }

  /// A presynaptic spike: transmit the weight, then charge the trace negatively by the
  /// postsynaptic trace (post before pre) and count the spike in the presynaptic trace.
  on pre {
    deliver(clamp(weight, w_min, w_max))
    eligibility -= a_minus * post_trace
    pre_trace += 1
  }

  /// A postsynaptic spike: charge the trace by the presynaptic trace (pre before post) and
  /// count the spike in the postsynaptic trace.
  on post {
    eligibility += a_plus * pre_trace
    post_trace += 1
  }
}
