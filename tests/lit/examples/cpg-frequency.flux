// examples/cpg under `fluxc run`: the pacemaker's frequency rises strictly with the rate of
// its modulatory command. Three copies of the example's `Cpg`, each with its own built-in
// command (`command_rate`): none, 5 Hz and 10 Hz. Each must oscillate (a regular rhythm, CV
// of the period at most 0.3, one spike of the follower `b` per cycle of the pacemaker `a`)
// at a frequency between 15 and 40 Hz, and the frequency must rise with the command, on the
// event engine and on the step engine. Measured (seed 1, 10 s): event 22.5, 24.6, 26.4 Hz;
// step 22.8, 24.0, 27.2 Hz.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %fluxc run %s -q --time 10s --stats-json %t/event.json
// RUN: %python %S/Inputs/rates.py %t/event.json --rising Drives.rest.osc.a \
// RUN:   Drives.walk.osc.a Drives.trot.osc.a --range 15 40 --max-cv 0.3 \
// RUN:   --same Drives.rest.osc.a Drives.rest.osc.b --same Drives.walk.osc.a Drives.walk.osc.b \
// RUN:   --same Drives.trot.osc.a Drives.trot.osc.b | FileCheck %s
// RUN: %fluxc run %s -q --time 10s --engine step --dt 0.1ms --stats-json %t/step.json
// RUN: %python %S/Inputs/rates.py %t/step.json --rising Drives.rest.osc.a \
// RUN:   Drives.walk.osc.a Drives.trot.osc.a --range 15 40 --max-cv 0.3 \
// RUN:   --same Drives.rest.osc.a Drives.rest.osc.b --same Drives.walk.osc.a Drives.walk.osc.b \
// RUN:   --same Drives.trot.osc.a Drives.trot.osc.b | FileCheck %s

// CHECK: ok: rates rise strictly
// CHECK-NEXT: ok: rates within [15, 40] Hz
// CHECK-NEXT: ok: CV of the ISIs at most 0.3
// CHECK-NEXT: ok: Drives.rest.osc.a and Drives.rest.osc.b fire alike
// CHECK-NEXT: ok: Drives.walk.osc.a and Drives.walk.osc.b fire alike
// CHECK-NEXT: ok: Drives.trot.osc.a and Drives.trot.osc.b fire alike
// CHECK-NOT: FAIL

import "../../../examples/cpg/cpg.flux" as cpg

circuit Drives {
  instance rest : cpg.Cpg
  instance walk : cpg.Cpg(command_rate = 5 Hz)
  instance trot : cpg.Cpg(command_rate = 10 Hz)
}
