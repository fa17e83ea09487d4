// The condition is evaluated after every input (docs/model.md), also when the input cannot
// change it, if the neuron fired at that time already: `on fire` may leave the condition true.
// `Stuck` stays above threshold (no reset, no refractory period), so its `checked every 1 ms`
// fires it at every tick, and each input arriving at a tick fires it once more. The event
// engine skips the check for inputs that leave the condition as it was only when the neuron
// has not fired at that time (compiler/codegen/llvm/KernelEmitter.cpp, inputKeepsCondition).
// Inputs at 1, 11 and 21 ms (kick at 0, 10, 20 ms, delay 1 ms): two spikes at those ticks,
// one at the others.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %fluxc run %s -q --time 24.5ms --record %t/spikes.csv
// RUN: %python %S/Inputs/spikes.py %t/spikes.csv --only Top.n | FileCheck %s
// CHECK:      Top.n[0] 1
// CHECK-NEXT: Top.n[0] 1
// CHECK-NEXT: Top.n[0] 2
// CHECK-NEXT: Top.n[0] 3
// CHECK:      Top.n[0] 10
// CHECK-NEXT: Top.n[0] 11
// CHECK-NEXT: Top.n[0] 11
// CHECK-NEXT: Top.n[0] 12
// CHECK:      Top.n[0] 21
// CHECK-NEXT: Top.n[0] 21
// CHECK-NEXT: Top.n[0] 22
// CHECK:      end: 27 spikes

neuron Stuck {
  state level = 2.0
  state seen = 0.0
  on direct(w) {
    seen += w
  }
  fire when level >= 1.0 checked every 1 ms
  on fire {
    seen += 0
  }
}

circuit Top {
  input kick : regular(rate = 100 Hz)
  population n[1] : Stuck
  connect kick -> n : direct(w = 1, delay = 1 ms) with all_to_all()
}
