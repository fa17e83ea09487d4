// A two-neuron central pattern generator oscillates, and a modulatory command raises its
// frequency monotonically (docs/model.md). The oscillator is the one of examples/cpg (copied
// here, so that this test of the model does not move with the example): a pacemaker `a`
// with a tonic drive, whose spikes excite a follower `b` that inhibits `a` back. Three copies
// run side by side, each driven by a regular tonic drive (430 Hz: no input lands exactly on
// the threshold) and a regular modulatory command of 0, 20 or 40 Hz (command_gain 0.15: the
// effective threshold stays high enough for one pacemaker spike per cycle; much stronger
// commands make `a` fire several spikes per cycle, and its cycle slows down).
// Checked on both engines: each pacemaker fires regularly (CV ISI < 0.1) at 15-40 Hz and its
// follower answers every spike; the pacemaker's rate rises with the command by at least 2 Hz
// per level; and the engines agree within 5%. Measured: 24, 27, 30 Hz on both.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %fluxc run %s -q --time 1s --stats-json %t/event.json
// RUN: %fluxc run %s -q --time 1s --engine step --dt 0.1ms --stats-json %t/step.json
// RUN: %python %S/Inputs/stats.py --run event=%t/event.json --run step=%t/step.json \
// RUN:   --expect 'all(15 <= rate(e, c + ".osc.a") <= 40 for e in ["event", "step"] for c in ["rest", "walk", "run"])' \
// RUN:   --expect 'all(cv(e, c + ".osc.a") < 0.1 for e in ["event", "step"] for c in ["rest", "walk", "run"])' \
// RUN:   --expect 'all(abs(spikes(e, c + ".osc.b") - spikes(e, c + ".osc.a")) <= 1 for e in ["event", "step"] for c in ["rest", "walk", "run"])' \
// RUN:   --expect 'rate("event", "rest.osc.a") + 2 <= rate("event", "walk.osc.a") and rate("event", "walk.osc.a") + 2 <= rate("event", "run.osc.a")' \
// RUN:   --expect 'rate("step", "rest.osc.a") + 2 <= rate("step", "walk.osc.a") and rate("step", "walk.osc.a") + 2 <= rate("step", "run.osc.a")' \
// RUN:   --expect 'all(close(rate("event", c + ".osc.a"), rate("step", c + ".osc.a"), 0.05) for c in ["rest", "walk", "run"])' \
// RUN:   | FileCheck %s

// CHECK-COUNT-6: ok:
// CHECK-NOT: FAIL

import stdlib.neurons

/// The oscillator of examples/cpg/cpg.flux: a pacemaker with delayed feedback inhibition.
circuit Oscillator(excitation: real = 1.2, inhibition: real = -2.0, loop_delay: time = 5 ms,
                   drive_w: real = 0.2, command_gain: real = 0.3) {
  in tonic
  in command
  // theta_min = threshold: the loop, not a slow drift of the threshold, sets the period.
  neuron a, b : Mlif { threshold = 0.8; theta_min = 0.8; burst_max = 1 }
  tonic -> a : direct(w = drive_w)
  a -> b : direct(w = excitation, delay = loop_delay)
  b -> a : direct(w = inhibition, delay = loop_delay)
  command -> a : modulator(w = command_gain)
}

circuit Driven(command_rate: rate = 0 Hz) {
  instance osc : Oscillator(command_gain = 0.15)
  input tonic : regular(rate = 430 Hz)
  input command : regular(rate = command_rate)
  tonic -> osc.tonic
  command -> osc.command
}

circuit Top {
  instance rest : Driven(command_rate = 0 Hz)
  instance walk : Driven(command_rate = 20 Hz)
  instance run : Driven(command_rate = 40 Hz)
}
