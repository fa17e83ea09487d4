// A two-neuron central pattern generator (CPG) whose frequency is set by a modulatory
// command, as in the locomotor circuits of the spinal cord and the brainstem.
//
// The oscillator is the standard library's `Cpg` (stdlib/circuits.flux): the pacemaker `a`
// integrates a tonic excitatory drive until it fires; its spike excites the follower `b`
// after `loop_delay`, and `b` answers with strong inhibition that reaches `a` another
// `loop_delay` later and pushes its level below rest. `a` then needs time to climb back to
// threshold, and that recovery time sets the period. A modulatory command lowers `a`'s
// effective threshold (theta - mod_gain * mod), so `a` recovers sooner: the stronger the
// command, the higher the frequency (monotonically, see docs/model.md). This file gives the
// oscillator its drive and connects it to a host.

import stdlib.circuits as circuits

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
  /// The stdlib oscillator (threshold 0.8, loop delay 5 ms), with a stronger command than
  /// its default.
  instance osc : circuits.Cpg(command_gain = 0.4)
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
