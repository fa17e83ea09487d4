// A neuron held below threshold leaks back to rest at exactly `leak` per ms, from above and
// from below, and never past rest (docs/model.md, "Observable behaviours"). The event engine
// is exact (closed form at each probe sample); the step engine is single precision. Once at
// rest the level stays there exactly (in the step engine: the float nearest 0.2).
// RUN: rm -rf %t && mkdir -p %t
// RUN: %fluxc run %s -q --time 40ms --probe-every 0.1ms --probe-output %t/event.csv \
// RUN:   --probe Top.up.level --probe Top.down.level --probe Top.raised.level
// RUN: %python %S/Inputs/probes.py %t/event.csv --engine event --name up=Top.up.level \
// RUN:   --name down=Top.down.level --name raised=Top.raised.level \
// RUN:   --check 0 40 'up ~ after(3) * max(0, 0.5 - 0.05 * since(3))' 1e-9 \
// RUN:   --check 0 40 'down ~ after(3) * min(0, -0.3 + 0.05 * since(3))' 1e-9 \
// RUN:   --check 0 40 'raised ~ 0.2 + after(3) * max(0, 0.7 - 0.02 * since(3))' 1e-9 \
// RUN:   --check 13.1 40 'up ~ 0' 0 --check 9.1 40 'down ~ 0' 0 --check 38.1 40 'raised ~ 0.2' 0 \
// RUN:   | FileCheck %s
// RUN: %fluxc run %s -q --engine step --dt 0.1ms --time 40ms --probe-every 0.1ms \
// RUN:   --probe-output %t/step.csv --probe Top.up.level --probe Top.down.level \
// RUN:   --probe Top.raised.level
// RUN: %python %S/Inputs/probes.py %t/step.csv --engine step --name up=Top.up.level \
// RUN:   --name down=Top.down.level --name raised=Top.raised.level \
// RUN:   --check 0 40 'up ~ after(3) * max(0, 0.5 - 0.05 * since(3))' 1e-5 \
// RUN:   --check 0 40 'down ~ after(3) * min(0, -0.3 + 0.05 * since(3))' 1e-5 \
// RUN:   --check 0 40 'raised ~ 0.2 + after(3) * max(0, 0.7 - 0.02 * since(3))' 1e-5 \
// RUN:   --check 14 40 'up ~ 0' 0 --check 10 40 'down ~ 0' 0 --check 39 40 'raised ~ 0.2' 1e-7 \
// RUN:   | FileCheck %s

// CHECK-COUNT-6: ok:
// CHECK-NOT: FAIL

import stdlib.neurons

circuit Top {
  input kick : regular(rate = 1 Hz, phase = 2 ms)  // one spike, at 2 ms, in a 40 ms run
  neuron up : Mlif                                  // leak 0.05 per ms, rest 0, threshold 1
  neuron down : Mlif
  neuron raised : Mlif { rest = 0.2; leak = 0.02 per ms }
  kick -> up : direct(w = 0.5)                      // arrives at 3 ms
  kick -> down : direct(w = -0.3)
  kick -> raised : direct(w = 0.7)                  // 0.9: below threshold, leaks to 0.2
}
