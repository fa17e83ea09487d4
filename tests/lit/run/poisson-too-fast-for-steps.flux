// The step engines (CPU step engine, GPU) draw whether a Poisson source fires in a step: at most
// one spike a step. A source at 1 / dt or faster would fire at every step, a regular source in
// disguise, so the run is refused with the source's name and what to do. The event engine
// draws exact spike times and runs it; at --dt 0.05ms the step engine does too.
// RUN: not %fluxc run %s -q --engine step --time 10ms 2>&1 | FileCheck %s
// RUN: %fluxc run %s -q --time 10ms
// RUN: %fluxc run %s -q --engine step --dt 0.05ms --time 10ms
// CHECK: fluxc: error: input Fast.bg is a Poisson source of 12800 Hz, but a step of 0.1 ms holds at most one spike of a source: it would fire at every step (10000 Hz), like a regular source. Lower its rate below 1 / dt, split it into several sources, use a smaller --dt, or run it on the event engine
import stdlib.neurons

circuit Fast {
  input bg[3] : poisson(rate = 12.8 kHz)
  population E[3] : Mlif
  connect bg -> E : direct(w = 0.01) with one_to_one
}
