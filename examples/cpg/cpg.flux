// A two-neuron central pattern generator (CPG) whose frequency is set by a modulatory
// command, as in the locomotor circuits of the spinal cord and the brainstem.
//
// The pacemaker `a` integrates a tonic excitatory drive until it fires; its spike excites
// the follower `b` after `loop_delay`, and `b` answers with strong inhibition that reaches
// `a` another `loop_delay` later and pushes its level below rest. `a` then needs time to
// climb back to threshold, and that recovery time sets the period. A modulatory command
// lowers `a`'s effective threshold (theta - mod_gain * mod), so `a` recovers sooner: the
// stronger the command, the higher the frequency (monotonically, see docs/model.md).

import stdlib.neurons

/// The two-neuron oscillator: a pacemaker with delayed feedback inhibition.
circuit Oscillator(excitation: real = 1.2, inhibition: real = -2.0, loop_delay: time = 5 ms,
                   drive_w: real = 0.2, command_gain: real = 0.3) {
  /// Tonic excitatory drive: the events at which the pacemaker integrates.
  in tonic
  /// Modulatory command: the higher its rate, the faster the rhythm.
  in command
  /// The pacemaker's spikes (one per cycle) and the follower's (`loop_delay` later).
  out rhythm, antiphase

  // theta_min = threshold pins the adaptive threshold, so the loop, not a slow drift of
  // the threshold, sets the period; single spikes, no bursts.
  neuron a, b : Mlif { threshold = 0.8; theta_min = 0.8; burst_max = 1 }

  tonic -> a : direct(w = drive_w)
  a -> b : direct(w = excitation, delay = loop_delay)
  b -> a : direct(w = inhibition, delay = loop_delay)
  command -> a : modulator(w = command_gain)

  a -> rhythm
  b -> antiphase
}

/// The host's locomotion command: spikes whose rate sets the gait frequency.
extern input speed
/// Flexor and extensor bursts, read by the host (e.g. a robot's leg controller).
extern output gait[2]

/// The oscillator with its drive: a steady tonic drive, and a modulatory command made of
/// the host's `speed`, a built-in command at `command_rate` (none by default: the host sets
/// the pace; give a rate to run the circuit on its own, e.g. under `fluxc run`) and a
/// little spontaneous modulatory activity.
///
/// The tonic drive is regular, the even sum of many brainstem inputs: a Poisson drive of
/// such large steps (0.2 of a threshold of 0.8) would make every period a random first
/// passage and the rhythm irregular (CV of the period about 0.5).
circuit Cpg(tonic_rate: rate = 400 Hz, spontaneous: rate = 2 Hz, command_rate: rate = 0 Hz) {
  instance osc : Oscillator(command_gain = 0.4)
  input tonic : regular(rate = tonic_rate)
  input command : regular(rate = command_rate)
  input background : poisson(rate = spontaneous)

  tonic -> osc.tonic
  speed -> osc.command
  command -> osc.command
  background -> osc.command
  osc.rhythm -> gait[0]
  osc.antiphase -> gait[1]
}
