// Conditioning without a host: a cue becomes associated with a response because the
// pairings of the two were rewarded, and a control cue, paired as often but never
// rewarded, does not.
//
// The variant of conditioning.flux that `fluxc run` can run on its own (conditioning.flux
// reads its reward from the host through `extern fn reward()`, which returns 0 under
// `fluxc run`, so nothing is learnt there). Here the reward is positive *modulation* of the
// response cells, and the plasticity is stdlib.synapses.Stdp as it is: pairings (cue
// before response) raise the short-term component of the cue's synapses, which fades
// within `tau_short`; while the response cells' modulation is positive, Stdp consolidates
// it into the long-term weight (and learns faster, at 1 + learn_gain * mod). The protocol
// is in schedule.csv (written by schedule.py):
//   pre-test   the light, then the tone, alone: neither evokes the response
//   training   3 pairs of trials: the light, a teacher that makes the response fire 4 ms
//              after each volley of it, and a reward after each response; then the tone
//              with the teacher alone (the same pairings, no reward)
//   post-test  light, tone, light, tone, alone: the light now evokes the response, the
//              tone does not
// A limitation to know (stdlib.synapses.Stdp): a synapse reads its target's modulation
// when it is updated (at its pre and post spikes) and treats it as constant since its last
// update. The reward therefore comes *after* the first response of each trial, whose post
// spike brings every synapse of the response cells up to date while the modulation is
// still about 0; a reward at the very start of a trial would be applied to the tone's
// synapses over the whole pause since their last spike and consolidate the tone's fading
// trace as well.

import stdlib.neurons
import stdlib.synapses as syn

/// Two cues, a response group, and plastic synapses from both cues to the response.
circuit Learner(cue_size: int = 20, response_size: int = 10, w0: real = 0.02) {
  /// The rewarded cue and the control cue: one volley of the cue's cells per spike.
  in light, tone
  /// Makes the response cells fire (the unconditioned stimulus).
  in teacher
  /// Reward: positive modulation of the response cells.
  in reward
  /// The response cells' spikes.
  out response_out

  population light_cells[cue_size] : Mlif { burst_max = 1 }
  population tone_cells[cue_size] : Mlif { burst_max = 1 }
  // Thresholds differ from cell to cell and stay put (no potentiation, no habituation by
  // the 20 synchronous inputs of a volley), so only the synapses change between phases.
  population response[response_size] : Mlif { threshold = uniform(0.8, 1.2);
                                               potentiation = 0 per ms; habituation = 0;
                                               burst_max = 1 }

  light -> light_cells : electric
  tone -> tone_cells : electric
  teacher -> response : direct(w = 1.5)
  reward -> response : modulator(w = 0.5)

  // Before training a volley of either cue brings a response cell about 20 * w0 = 0.4 of
  // the way to its threshold. The short-term component fades in 200 ms, so that what the
  // tone's pairings leave has faded before the next rewarded trial; consolidation is 5
  // times the stdlib default, so that three rewarded trials are enough.
  connect light_cells -> response : syn.Stdp(w = w0, tau_short = 200 ms,
                                             consolidate = 0.01 per ms) with all_to_all
  connect tone_cells -> response : syn.Stdp(w = w0, tau_short = 200 ms,
                                            consolidate = 0.01 per ms) with all_to_all

  response -> response_out
}

/// The protocol of schedule.csv, played into the learner.
circuit Conditioning {
  /// Channels: 0 light, 1 tone, 2 teacher, 3 reward.
  input schedule[4] : spike_train(file = "schedule.csv")
  instance learner : Learner
  /// The response, for a host that embeds this network.
  extern output action

  schedule[0] -> learner.light
  schedule[1] -> learner.tone
  schedule[2] -> learner.teacher
  schedule[3] -> learner.reward
  learner.response_out -> action
}
