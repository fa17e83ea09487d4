// A state variable that becomes NaN stops the run with an error that names the state, the
// neuron and the time; fluxc exits 1 and keeps what was recorded so far: the spike file (whole
// lines, every spike before the error) and the probe samples (docs/running.md, "Run-time
// errors"). `bad` fires on each of its first four inputs (1, 11, 21 and 31 ms); its fifth, at
// 41 ms, makes its level 0 / 0. `ok` keeps firing on the same inputs until the run stops.
// The engines scan every state every 10 ms of simulated time (and at the end), so the message
// names the 10 ms window in which the value went bad.
// RUN: rm -rf %t && mkdir -p %t
// RUN: not %fluxc run %s -q --time 100ms --record %t/event.csv --probe Top.bad.level \
// RUN:   --probe-output %t/event-probes.csv 2>&1 | FileCheck %s --check-prefix=EVENT
// RUN: %python %S/Inputs/spikes.py %t/event.csv --only Top.bad --only Top.ok \
// RUN:   | FileCheck %s --check-prefix=SPIKES
// RUN: %python %S/Inputs/probes.py %t/event-probes.csv --engine event \
// RUN:   --check 0 40 'Top.bad.level ~ 0' 0 | FileCheck %s --check-prefix=PROBES
// RUN: not %fluxc run %s -q --engine step --dt 0.1ms --time 100ms --record %t/step.csv \
// RUN:   --probe Top.bad.level --probe-output %t/step-probes.csv 2>&1 \
// RUN:   | FileCheck %s --check-prefix=STEP
// RUN: %python %S/Inputs/spikes.py %t/step.csv --only Top.bad --only Top.ok \
// RUN:   | FileCheck %s --check-prefix=SPIKES
// RUN: %python %S/Inputs/probes.py %t/step-probes.csv --engine step \
// RUN:   --check 0 40 'Top.bad.level ~ 0' 0 | FileCheck %s --check-prefix=PROBES

// EVENT:     fluxc: error: state 'level' of neuron Top.bad became nan between t = 40 ms and t = 50 ms; check the model's parameters and equations
// EVENT-NOT: error
// STEP:      fluxc: error: state 'level' of neuron Top.bad became nan between t = 40 ms and t = 50 ms; check the model's parameters and equations
// STEP-NOT:  error

// SPIKES:      Top.bad[0] 1
// SPIKES-NEXT: Top.ok[0] 1
// SPIKES-NEXT: Top.bad[0] 11
// SPIKES-NEXT: Top.ok[0] 11
// SPIKES-NEXT: Top.bad[0] 21
// SPIKES-NEXT: Top.ok[0] 21
// SPIKES-NEXT: Top.bad[0] 31
// SPIKES-NEXT: Top.ok[0] 31
// SPIKES-NOT:  Top.bad
// SPIKES-NOT:  {{ (4[2-9]|[5-9][0-9])$}}
// SPIKES:      end:

// PROBES: ok:

import stdlib.neurons

/// Fires at each input of 1 or more, until its fifth input turns its level into 0 / 0.
neuron Fragile {
  state level = 0.0
  state count = 0.0
  on direct(w) {
    count += 1
    level += w
    if count >= 5 {
      level = (level - level) / (count - count)
    }
  }
  fire when level >= 1.0
  on fire { level = 0; refractory for 1 ms }
}

circuit Top {
  input kick : regular(rate = 100 Hz)   // 0, 10, 20, ... ms; arrives 1 ms later
  neuron bad : Fragile
  neuron ok : Mlif
  kick -> bad : direct(w = 1.5)
  kick -> ok : direct(w = 1.5)
}
