// An electric input fires its target at the arrival time, bypassing summation and threshold:
// from rest, from a charged level (which returns to rest), and while the target is refractory
// (docs/model.md; an explicit `fire` is not subject to the refractory period). The event
// engine fires at the exact arrival time; the step engine at the first step boundary at or
// after it (a spike at step n with delay d arrives at step n + ceil(d / dt)).
// RUN: rm -rf %t && mkdir -p %t
// RUN: %fluxc run %s -q --time 10ms --record %t/event.csv --probe Top.charged.level \
// RUN:   --probe-every 0.05ms --probe-output %t/event-probes.csv
// RUN: %python %S/Inputs/spikes.py %t/event.csv --exact --only Top.n --only Top.charged \
// RUN:   --only Top.src --only Top.follower | FileCheck %s --check-prefix=EVENT
// RUN: %python %S/Inputs/probes.py %t/event-probes.csv --engine event --dt 0.05 \
// RUN:   --name level=Top.charged.level \
// RUN:   --check 0 9 'level ~ (0 if after(3.25) else 0.5 - 0.05 * since(1.5) if after(1.5) else 0)' 1e-12 \
// RUN:   | FileCheck %s --check-prefix=PROBE
// RUN: %fluxc run %s -q --engine step --dt 0.1ms --time 10ms --record %t/step.csv \
// RUN:   --probe Top.charged.level --probe-every 0.1ms --probe-output %t/step-probes.csv
// RUN: %python %S/Inputs/spikes.py %t/step.csv --only Top.n --only Top.charged --only Top.src \
// RUN:   --only Top.follower | FileCheck %s --check-prefix=STEP
// RUN: %python %S/Inputs/probes.py %t/step-probes.csv --engine step \
// RUN:   --name level=Top.charged.level \
// RUN:   --check 0 9 'level ~ (0 if after(3.3) else 0.5 - 0.05 * since(1.5) if after(1.5) else 0)' 1e-6 \
// RUN:   | FileCheck %s --check-prefix=PROBE

// Event engine: kick (2 ms) -> 1.25 ms -> n and charged fire at 3.25; kick2 (2.5 ms) -> n
// fires again at 3.75 although it is refractory until 5.25. src fires at 2.5 (direct input)
// and its electric synapse fires follower 0.7 ms later, at 3.2.
// EVENT:      Top.src[0] 2.5
// EVENT-NEXT: Top.follower[0] 3.2
// EVENT-NEXT: Top.n[0] 3.25
// EVENT-NEXT: Top.charged[0] 3.25
// EVENT-NEXT: Top.n[0] 3.75
// EVENT-NEXT: end: 5 spikes

// Step engine: 1.25 ms is 13 steps (3.3 ms), 0.5 and 0.7 ms are 5 and 7 steps.
// STEP:      Top.src[0] 2.5
// STEP-NEXT: Top.follower[0] 3.2
// STEP-NEXT: Top.n[0] 3.3
// STEP-NEXT: Top.charged[0] 3.3
// STEP-NEXT: Top.n[0] 3.8
// STEP-NEXT: end: 5 spikes

// PROBE: ok:
// PROBE-NOT: FAIL

import stdlib.neurons

circuit Top {
  input kick : regular(rate = 1 Hz, phase = 2 ms)   // one spike each in a 10 ms run
  input kick2 : regular(rate = 1 Hz, phase = 2.5 ms)
  input charge : regular(rate = 1 Hz, phase = 0.5 ms)
  neuron n : Mlif { threshold = 1.5; theta_min = 1.5 }  // level stays at rest: 0 < theta
  neuron charged : Mlif
  neuron src, follower : Mlif
  kick -> n : electric(delay = 1.25 ms)
  kick2 -> n : electric(delay = 1.25 ms)
  charge -> charged : direct(w = 0.5)                   // level 0.5 at 1.5 ms, leaking
  kick -> charged : electric(delay = 1.25 ms)           // fires it; level back to rest
  kick -> src : direct(w = 1.2, delay = 0.5 ms)         // src fires by threshold at 2.5 ms
  src -> follower : electric(delay = 0.7 ms)
}
