// Conditioning: cues become associated with the responses that earn reward.
//
// Cue populations, driven by the host, project onto response populations through plastic
// synapses. Each pairing of cue and response activity (pre before post) leaves an eligibility
// trace in the synapse's short-term component; the host's reward, read through the callback
// `reward()`, turns that trace into a lasting change (reward > 0) or reverses it
// (punishment, reward < 0) -- three-factor learning. Without reward the trace fades within
// about a second, and nothing is learnt. Response populations compete through shunting
// (divisive) lateral inhibition, and the most active one is the action the host reads.

import stdlib.neurons
import stdlib.synapses as syn

/// The host's reward signal now: positive for reward, negative for punishment, 0 otherwise
/// (e.g. the change of a game's score).
extern fn reward() -> real

/// Reports a value to the host, for a log or a live plot.
extern fn note(label: string, value: real)

/// Reward-modulated STDP: syn.Stdp, with consolidation driven by the host's reward instead
/// of the target's modulation. Reward consolidates the eligibility trace `short` into
/// `long`; punishment consolidates it with the opposite sign. The target's modulation
/// still scales the learning rate (inherited `on pre` and `on post`).
synapse RewardStdp extends syn.Stdp {
  // An eligibility trace of about a second bridges the delay between action and reward.
  tau_short = 800 ms
  a_plus = 2e-2
  a_minus = 2.1e-2
  w_max = 1.5
  /// Weight of the reward signal in consolidation.
  param reward_gain = 1.0
  /// False stops consolidation, so the long-term weights stay as they are (to test recall).
  param learning: bool = true

  evolve(dt) {
    pre_trace *= exp(-dt / tau_plus)
    post_trace *= exp(-dt / tau_minus)
    let r = reward_gain * reward()
    if !learning || r == 0 {
      short *= exp(-dt / tau_short)
    } else {
      // As in syn.Stdp, with |r| as the rate and the sign of r on what moves.
      let k = 1 / tau_short + consolidate * abs(r)
      long = clamp(long + short * consolidate * r / k * (1 - exp(-k * dt)), w_min, w_max)
      short *= exp(-k * dt)
    }
  }
}

/// A response unit whose lateral inhibition is shunting: an inhibitory input divides the
/// gain of later excitation rather than subtracting from the level, so competing responses
/// are normalised instead of silenced. The gain recovers toward 1 with `tau_shunt`.
/// It has `mod` and `learn_gain`, which RewardStdp reads.
neuron Response {
  param rest = 0.0
  param threshold = 0.8
  param leak = 0.04 per ms
  param refractory = 5 ms
  /// Strength of shunting: an input w < 0 divides the gain by 1 - shunt * w.
  param shunt = 2.0
  /// Recovery time constant of the gain.
  param tau_shunt = 30 ms
  param mod_relax = 0.005 per ms
  param mod_gain = 0.3
  param learn_gain = 2.0

  state level = rest
  state gain: real = 1.0
  state mod = 0.0

  evolve(dt) {
    level = max(rest, level - leak * dt)
    gain = 1 - (1 - gain) * exp(-dt / tau_shunt)
    mod *= exp(-mod_relax * dt)
  }

  on direct(w) {
    if not refractory {
      if w < 0 {
        gain /= 1 - shunt * w
      } else {
        level += gain * w
      }
    }
  }

  on modulator(w) {
    mod += w
  }

  fire when level >= threshold - mod_gain * mod and level > rest

  on fire {
    note("response\t\"fired\"", level)
    level = rest
    refractory for refractory
  }
}

/// Cues to actions. `cues` has no default: every use says how many cues there are.
circuit Association(cues: int, actions: int = 2, cue_size: int = 20, response_size: int = 10) {
  /// One channel per cue (a light, a tone).
  in cue_in[cues]
  /// Attention: positive modulation speeds up learning in the responses.
  in attention
  /// One channel per action: the action taken is the most active one.
  out action[actions]

  population cue[cues * cue_size] : Mlif { threshold = 0.5; burst_max = 1 }
  population response[actions * response_size] : Response
  /// Spontaneous activity, so that actions are explored before anything is learnt.
  input background[actions * response_size] : poisson(rate = 3 Hz)

  connect cue -> response : RewardStdp(w = 0.1) with all_to_all
  connect background -> response : direct(w = 0.5) with one_to_one
  attention -> response : modulator(w = 0.2)

  // Each cue channel drives its own group of cue cells.
  for c in 0 .. cues {
    cue_in[c] -> cue[c * cue_size .. (c + 1) * cue_size] : direct(w = 1.0)
  }

  for a in 0 .. actions {
    let first = a * response_size
    let last = first + response_size
    response[first .. last] -> action[a]
    // Competition: each action group inhibits every other group, by shunting.
    if 2 <= actions {
      connect response[first .. last] -> response[0 .. first] : direct(w = -0.2) with probability(0.5)
      connect response[first .. last] -> response[last .. actions * response_size] : direct(w = -0.2) with probability(0.5)
    }
  }
}

/// The host's cues: a light and a tone.
extern input stimuli[2]
/// The host reads the action: press the left or the right lever.
extern output levers[2]

/// The classic two-cue task: the host rewards lever 0 after the light and lever 1 after
/// the tone (or any rule it likes: the network only sees `reward()`).
circuit Conditioning(attention_rate = 1 Hz) {
  instance task : Association(cues = 2)
  input attention : poisson(rate = attention_rate)
  stimuli -> task.cue_in with one_to_one
  attention -> task.attention
  task.action -> levers with one_to_one
}
