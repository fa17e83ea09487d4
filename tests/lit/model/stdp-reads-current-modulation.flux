// Stdp consolidates at the target's modulation as it is when the synapse is updated
// (stdlib.synapses: "it is read when the synapse is updated"), so the result is the same
// whether or not, and however often, the target is probed: a run is a pure function of the
// network, its inputs and the seed (docs/model.md).
// Pre 10 ms, post 15 ms: short = 0.01 e^-0.25. The target's mod jumps to 1 at 20 ms and
// relaxes at 0.01 per ms. The next update of the synapse is the test pre spike at 120 ms,
// where m = mod(120) = e^-1 is held over the 105 ms since 15 ms: with k = 1/100 + 0.002 m,
// long = 0.5 + short (0.002 m / k) (1 - e^(-105 k)) and short decays by e^(-105 k). The test
// spike transmits long + short, which arrives at 121 ms (the target does not leak, so its
// level keeps it to the end).
// RUN: rm -rf %t && split-file %s %t
// RUN: %fluxc run %t/net.flux -q --time 200ms --probe-every 0.1ms --probe-output %t/fine.csv \
// RUN:   --probe Top.q.level
// RUN: %fluxc run %t/net.flux -q --time 200ms --probe-every 50ms --probe-output %t/coarse.csv \
// RUN:   --probe Top.q.level
// RUN: %fluxc run %t/net.flux -q --engine step --dt 0.1ms --time 200ms --probe-every 0.1ms \
// RUN:   --probe-output %t/step.csv --probe Top.q.level
// RUN: %python %S/Inputs/probes.py %t/fine.csv --engine event --name level=Top.q.level \
// RUN:   --let 'm = exp(-1)' --let 'k = 0.01 + 0.002 * m' --let 's = 0.01 * exp(-0.25)' \
// RUN:   --check 150 200 'level ~ 0.5 + s * (0.002 * m / k) * (1 - exp(-105 * k)) + s * exp(-105 * k)' 1e-12 \
// RUN:   | FileCheck %s
// RUN: %python %S/Inputs/probes.py %t/coarse.csv --engine event --name level=Top.q.level \
// RUN:   --let 'm = exp(-1)' --let 'k = 0.01 + 0.002 * m' --let 's = 0.01 * exp(-0.25)' \
// RUN:   --check 150 200 'level ~ 0.5 + s * (0.002 * m / k) * (1 - exp(-105 * k)) + s * exp(-105 * k)' 1e-12 \
// RUN:   | FileCheck %s
// RUN: %python %S/Inputs/probes.py %t/step.csv --engine step --name level=Top.q.level \
// RUN:   --let 'm = exp(-1)' --let 'k = 0.01 + 0.002 * m' --let 's = 0.01 * exp(-0.25)' \
// RUN:   --check 150 200 'level ~ 0.5 + s * (0.002 * m / k) * (1 - exp(-105 * k)) + s * exp(-105 * k)' 2e-6 \
// RUN:   | FileCheck %s

// CHECK: ok:
// CHECK-NOT: FAIL

//--- net.flux
import stdlib.neurons
import stdlib.synapses

neuron Sink extends Mlif {
  leak = 0 per ms
  potentiation = 0 per ms
  threshold = 100
}

circuit Top {
  input pre : spike_train(file = "pre.csv")
  input post : regular(rate = 1 Hz, phase = 14 ms)      // electric, 1 ms: q fires at 15 ms
  input modulate : regular(rate = 1 Hz, phase = 19 ms)  // arrives at 20 ms
  neuron q : Sink                                       // mod_relax 0.01 per ms
  pre -> q : Stdp(w = 0.5, tau_short = 100 ms)
  post -> q : electric
  modulate -> q : modulator(w = 1.0)
}

//--- pre.csv
time_ms,index
10,0
120,0
