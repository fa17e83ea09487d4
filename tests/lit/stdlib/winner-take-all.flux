// stdlib.circuits.WinnerTakeAll: the most strongly driven unit fires and the others are
// silenced. Four units driven by independent Poisson trains of 300, 600, 350 and 200 Hz
// (w = 0.3), so unit 1 is the most strongly driven; `free` is the same circuit with the
// same drive but without competition (inhibition and self-excitation 0). Checked on both
// engines, from 250 ms on (the first to fire may lead for a while by chance before the
// strongest drive breaks through: hysteresis):
//   - unit 1 of `wta` fires at 50 Hz or more (measured 111 Hz event, 99 Hz step) and the
//     other units at most 2 spikes in the 750 ms (measured 0);
//   - without competition every unit fires, the others 10 spikes or more each (measured
//     16 to 43), so it is the circuit that silences them;
//   - over the whole run unit 1 fires the most.
// RUN: rm -rf %t && split-file %s %t
// RUN: %fluxc run %t/race.flux -q --time 1s --record %t/event.csv
// RUN: %fluxc run %t/race.flux -q --time 1s --engine step --dt 0.1ms --record %t/step.csv
// RUN: %python %S/Inputs/trains.py --run event=%t/event.csv --run step=%t/step.csv \
// RUN:   --show '[[len(window(spikes(e, "wta.E", i), 250, 1000)) for i in range(4)] for e in runs]' \
// RUN:   --show '[[len(window(spikes(e, "free.E", i), 250, 1000)) for i in range(4)] for e in runs]' \
// RUN:   --expect 'all(rate(spikes(e, "wta.E", 1), 250, 1000) >= 50 for e in runs)' \
// RUN:   --expect 'all(len(window(spikes(e, "wta.E", i), 250, 1000)) <= 2 for e in runs for i in [0, 2, 3])' \
// RUN:   --expect 'all(len(window(spikes(e, "free.E", i), 250, 1000)) >= 10 for e in runs for i in [0, 2, 3])' \
// RUN:   --expect 'all(count(e, "wta.E", 1) > max(count(e, "wta.E", i) for i in [0, 2, 3]) for e in runs)' \
// RUN:   | FileCheck %s

// CHECK-COUNT-4: ok:
// CHECK-NOT: FAIL

//--- race.flux
import stdlib.circuits as circuits

circuit Race {
  instance wta : circuits.WinnerTakeAll(n = 4)
  instance free : circuits.WinnerTakeAll(n = 4, inhibition = 0.0, self_excitation = 0.0)
  input d0 : poisson(rate = 300 Hz)
  input d1 : poisson(rate = 600 Hz)
  input d2 : poisson(rate = 350 Hz)
  input d3 : poisson(rate = 200 Hz)
  d0 -> wta.drive[0] : direct(w = 0.3)
  d1 -> wta.drive[1] : direct(w = 0.3)
  d2 -> wta.drive[2] : direct(w = 0.3)
  d3 -> wta.drive[3] : direct(w = 0.3)
  d0 -> free.drive[0] : direct(w = 0.3)
  d1 -> free.drive[1] : direct(w = 0.3)
  d2 -> free.drive[2] : direct(w = 0.3)
  d3 -> free.drive[3] : direct(w = 0.3)
}
