// The order in which the step engine applies the inputs that reach one neuron at one step
// (runtime/engine/StepEngine.cpp, docs/running.md), which the GPU's gather reproduces:
// emission step ascending (longer delays first), then source global index, then projection
// index, then synapse index within the source's row. `Tape` writes each input as a decimal
// digit, v = 10 v + w, so its level spells the order. Global indices: first 0, x[0] 1,
// x[1] 2. Every input reaches `tape` at 3 ms (step 30):
//   w = 1  first, spiked at 1 ms (step 10), delay 2 ms: the earliest emission comes first;
//   w = 3  x[0], spiked at 2 ms, projection 2 (per-synapse delays in [0.95, 1] ms: a single
//          delivery, 10 steps);
//   w = 4  x[0], projection 3 (one delay: the row is delivered whole);
//   w = 2  x[1], spiked at 2 ms, projection 1: a higher source index comes later although
//          its projection was declared first.
// Probes sample at the start of a step, before its deliveries: 0 at 3 ms, 1342 at 4 ms.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %fluxc run %s -q --engine step --dt 0.1ms --time 5ms --probe Top.tape.v \
// RUN:   --probe-every 1ms --probe-output %t/probes.csv
// RUN: FileCheck %s < %t/probes.csv

// CHECK:      time_ms,Top.tape.v
// CHECK-NEXT: 0,0
// CHECK-NEXT: 1,0
// CHECK-NEXT: 2,0
// CHECK-NEXT: 3,0
// CHECK-NEXT: 4,1342

neuron Tape {
  state v = 0.0
  on direct(w) {
    v = v * 10 + w
  }
  fire when v >= 1e30
}

circuit Top {
  input first : regular(rate = 1 Hz, phase = 1 ms)
  input x[2] : regular(rate = 1 Hz, phase = 2 ms)
  neuron tape : Tape
  first -> tape : direct(w = 1, delay = 2 ms)
  x[1] -> tape : direct(w = 2, delay = 1 ms)
  x[0] -> tape : direct(w = 3, delay = uniform(0.95 ms, 1 ms))
  x[0] -> tape : direct(w = 4, delay = 1 ms)
}
