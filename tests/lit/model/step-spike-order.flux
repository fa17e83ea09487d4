// The step engine emits the spikes of a step together, once each, in ascending global neuron
// index (runtime/engine/StepEngine.cpp, docs/running.md): input sources, neurons that fire and
// the later spikes of bursts alike, whatever the order in which the engine found them. The
// GPU gathers each neuron's inputs in this order, so the CPU step engine must record it.
// Global indices follow the declarations: early 0, a 1, many 2-5, mid 6, b 7, late 8.
//   3 ms: many[0..3] and b fire (early's spike, 2 ms on), the sources mid and late spike; mid
//         lies between many and b, late after every neuron, and both come in index order,
//         not first;
//   5 ms: a fires (early's spike, 4 ms on) while b's burst, started at 3 ms, spikes again: a
//         comes first although b's spike was due before any neuron fired.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %fluxc run %s -q --engine step --dt 0.1ms --time 10ms --record %t/step.csv
// RUN: %python %S/Inputs/spikes.py %t/step.csv | FileCheck %s

// CHECK:      Top.early[0] 1
// CHECK-NEXT: Top.many[0] 3
// CHECK-NEXT: Top.many[1] 3
// CHECK-NEXT: Top.many[2] 3
// CHECK-NEXT: Top.many[3] 3
// CHECK-NEXT: Top.mid[0] 3
// CHECK-NEXT: Top.b[0] 3
// CHECK-NEXT: Top.late[0] 3
// CHECK-NEXT: Top.a[0] 5
// CHECK-NEXT: Top.b[0] 5
// CHECK-NEXT: end: 10 spikes

/// Fires when v reaches 1; `count` spikes `gap` apart.
neuron Cell {
  param count = 1
  param gap = 1 ms
  state v = 0.0
  on direct(w) {
    v += w
  }
  fire when v >= 1.0
  on fire {
    burst(count = count, gap = gap)
    v = 0.0
    refractory for 0.5 ms
  }
}

circuit Top {
  input early : regular(rate = 1 Hz, phase = 1 ms)
  neuron a : Cell
  population many[4] : Cell
  input mid : regular(rate = 1 Hz, phase = 3 ms)
  neuron b : Cell { count = 2; gap = 2 ms }
  input late : regular(rate = 1 Hz, phase = 3 ms)
  early -> a : direct(w = 1.0, delay = 4 ms)
  early -> many : direct(w = 1.0, delay = 2 ms)
  early -> b : direct(w = 1.0, delay = 2 ms)
}
