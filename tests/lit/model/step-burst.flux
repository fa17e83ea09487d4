// Bursts on the step engine are per-neuron state (runtime/engine/StepEngine.cpp,
// docs/running.md): `on fire` at step n asking for c spikes g ms apart spikes at n and again
// at n + ceil(k g / dt) for k = 1 .. c - 1; every `on fire` replaces the burst, so a new one
// cancels what remained of the old; and a neuron spikes at most once per step. `Burster`
// bursts with as many spikes as its level when it fires (v = w of one input), and is
// refractory for 0.5 ms only, so it can fire again in the middle of a burst. The inputs
// arrive at 3 ms (step 30) and, for `cut` and `renewed`, again at 4 ms.
//   plain    4 spikes, gap 0.75 ms: 0.75, 1.5, 2.25 ms are 8, 15, 23 steps: 3, 3.8, 4.5, 5.3;
//   cut      4 spikes, gap 2 ms (5, 7, 9 ms), but a single spike at 4 ms cancels the rest;
//   renewed  4 spikes, gap 2 ms, then at 4 ms a new burst of 3 (6, 8 ms) replaces the old
//            one (5, 7, 9 ms);
//   dense    5 spikes, gap 0.03 ms: the later ones are due 1, 1, 1 and 2 steps on (0.03,
//            0.06, 0.09, 0.12 ms), and the three of step 31 are one spike: 3, 3.1, 3.2;
//   train    a spike train with two spikes of one channel in one step (1.01 and 1.05 ms):
//            one spike at step 10.
// RUN: rm -rf %t && split-file %s %t
// RUN: %fluxc run %t/net.flux -q --engine step --dt 0.1ms --time 12ms --record %t/step.csv
// RUN: %python %S/Inputs/spikes.py %t/step.csv --only Top.plain --only Top.cut \
// RUN:   --only Top.renewed --only Top.dense --only Top.train | FileCheck %s

// CHECK:      Top.train[0] 1
// CHECK-NEXT: Top.plain[0] 3
// CHECK-NEXT: Top.cut[0] 3
// CHECK-NEXT: Top.renewed[0] 3
// CHECK-NEXT: Top.dense[0] 3
// CHECK-NEXT: Top.dense[0] 3.1
// CHECK-NEXT: Top.dense[0] 3.2
// CHECK-NEXT: Top.plain[0] 3.8
// CHECK-NEXT: Top.cut[0] 4
// CHECK-NEXT: Top.renewed[0] 4
// CHECK-NEXT: Top.plain[0] 4.5
// CHECK-NEXT: Top.plain[0] 5.3
// CHECK-NEXT: Top.renewed[0] 6
// CHECK-NEXT: Top.renewed[0] 8
// CHECK-NEXT: end: 14 spikes

//--- train.csv
time_ms,index
1.01,0
1.05,0

//--- net.flux
/// Fires when v reaches 1, with a burst of floor(v) spikes `gap` apart.
neuron Burster {
  param gap = 1 ms
  state v = 0.0
  on direct(w) {
    v += w
  }
  fire when v >= 1.0
  on fire {
    burst(count = v, gap = gap)
    v = 0.0
    refractory for 0.5 ms
  }
}

circuit Top {
  input train : spike_train(file = "train.csv")
  input kick : regular(rate = 1 Hz, phase = 2 ms)
  input again : regular(rate = 1 Hz, phase = 3 ms)
  neuron plain : Burster { gap = 0.75 ms }
  neuron cut : Burster { gap = 2 ms }
  neuron renewed : Burster { gap = 2 ms }
  neuron dense : Burster { gap = 0.03 ms }
  kick -> plain : direct(w = 4)
  kick -> cut : direct(w = 4)
  kick -> renewed : direct(w = 4)
  kick -> dense : direct(w = 5)
  again -> cut : direct(w = 1)
  again -> renewed : direct(w = 3)
}
