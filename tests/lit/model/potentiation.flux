// A silent neuron's threshold falls at `potentiation` per ms down to `theta_min`, and stays
// there (docs/model.md): the stdlib defaults (1 -> 0.2 at 0.001 per ms, floor reached at
// 800 ms) and faster custom parameters (1 -> 0.5 at 0.01 per ms, floor at 50 ms). The step
// engine subtracts 1e-4 from a single-precision theta 8000 times: its rounding drifts ~1e-4.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %fluxc run %s -q --time 1s --probe-every 0.5ms --probe-output %t/event.csv \
// RUN:   --probe Top.default.theta --probe Top.fast.theta
// RUN: %python %S/Inputs/probes.py %t/event.csv --engine event \
// RUN:   --name default=Top.default.theta --name fast=Top.fast.theta \
// RUN:   --check 0 1000 'default ~ max(0.2, 1 - 0.001 * t)' 1e-9 \
// RUN:   --check 0 1000 'fast ~ max(0.5, 1 - 0.01 * t)' 1e-9 \
// RUN:   --check 800.5 1000 'default ~ 0.2' 0 \
// RUN:   --check 50 1000 'fast ~ 0.5' 0 \
// RUN:   | FileCheck %s
// RUN: %fluxc run %s -q --engine step --dt 0.1ms --time 1s --probe-every 0.5ms \
// RUN:   --probe-output %t/step.csv --probe Top.default.theta --probe Top.fast.theta
// RUN: %python %S/Inputs/probes.py %t/step.csv --engine step \
// RUN:   --name default=Top.default.theta --name fast=Top.fast.theta \
// RUN:   --check 0 1000 'default ~ max(0.2, 1 - 0.001 * t)' 2e-4 \
// RUN:   --check 0 1000 'fast ~ max(0.5, 1 - 0.01 * t)' 2e-4 \
// RUN:   --check 805 1000 'default ~ 0.2' 1e-7 \
// RUN:   --check 51 1000 'fast ~ 0.5' 0 \
// RUN:   | FileCheck %s

// CHECK-COUNT-4: ok:
// CHECK-NOT: FAIL

import stdlib.neurons

circuit Top {
  neuron default : Mlif
  neuron fast : Mlif { potentiation = 0.01 per ms; theta_min = 0.5 }
}
