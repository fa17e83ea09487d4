// The event engine and the step engine agree in statistics (docs/model.md: rates, as
// dt -> 0) on a small random network: 200 excitatory Mlif and 50 inhibitory FastMlif neurons
// with seeded fixed-indegree connectivity, driven by 400 Poisson trains. The trains are
// written to a spike_train file first, so that both engines see the same input spikes and
// only the engines differ (a channel's spikes are at least 0.2 ms apart, so that no step
// holds two of them, which the step engine would merge into one spike; the step engine moves
// each event to the step boundary at or after it and evaluates a neuron's condition once per
// step, after all of the step's inputs). Checked: the inputs are the same, E's rate agrees
// within 4% at dt = 0.1 ms and within 3% at 0.05 ms, its CV ISI within 0.03; I's rate
// (refractory 1 ms, with habituation: the inputs of the step in which it fires count as input
// rather than habituation, a bias of order dt / refractory) within 8% at 0.1 ms and 5% at
// 0.05 ms.
// RUN: rm -rf %t && split-file %s %t
// RUN: %python %S/Inputs/poisson-train.py --channels 400 --rate 100 --time 1000 --seed 1 \
// RUN:   --dead-time 0.2 > %t/noise.csv
// RUN: %fluxc run %t/net.flux -q --time 1s --stats-json %t/event.json
// RUN: %fluxc run %t/net.flux -q --time 1s --engine step --dt 0.1ms --stats-json %t/step.json
// RUN: %fluxc run %t/net.flux -q --time 1s --engine step --dt 0.05ms --stats-json %t/fine.json
// RUN: %python %S/Inputs/stats.py --run event=%t/event.json --run step=%t/step.json \
// RUN:   --run fine=%t/fine.json \
// RUN:   --expect 'spikes("event", "noise") == spikes("step", "noise") == spikes("fine", "noise") > 35000' \
// RUN:   --expect '10 <= rate("event", "E") <= 30 and 10 <= rate("event", "I") <= 40' \
// RUN:   --expect 'close(rate("event", "E"), rate("step", "E"), 0.04)' \
// RUN:   --expect 'close(rate("event", "E"), rate("fine", "E"), 0.03)' \
// RUN:   --expect 'abs(cv("event", "E") - cv("step", "E")) <= 0.03 and abs(cv("event", "E") - cv("fine", "E")) <= 0.03' \
// RUN:   --expect 'close(rate("event", "I"), rate("step", "I"), 0.08)' \
// RUN:   --expect 'close(rate("event", "I"), rate("fine", "I"), 0.05)' \
// RUN:   | FileCheck %s

// CHECK-COUNT-7: ok:
// CHECK-NOT: FAIL

//--- net.flux
import stdlib.neurons

circuit Net {
  // theta_min = threshold: no slow drift of the thresholds over the run.
  population E[200] : Mlif { theta_min = 1.0 }
  population I[50] : FastMlif { theta_min = 0.6 }
  input noise[400] : spike_train(file = "noise.csv")
  noise -> E : direct(w = 0.04) with fixed_indegree(20)
  noise -> I : direct(w = 0.055) with fixed_indegree(20)
  E -> E : direct(w = 0.02, delay = 1.5 ms) with fixed_indegree(20)
  E -> I : direct(w = 0.03, delay = 1 ms) with fixed_indegree(20)
  I -> E : direct(w = -0.05, delay = 2 ms) with fixed_indegree(10)
  I -> I : direct(w = -0.03, delay = 1 ms) with fixed_indegree(10)
}
