// stdlib.synapses.RewardStdp, three-factor learning: a pairing charges the eligibility
// trace, not the weight; the weight changes only while the target is modulated, by
// learning_rate * trace * post.mod, with the sign of the modulation; the trace decays with
// tau_e, so the change a pairing can cause is bounded by learning_rate * m * e0 * tau_e.
// Synapse state cannot be probed: the weight a test pre spike transmits is read as the jump
// of its target's level (targets do not leak and never fire by threshold; post spikes are
// forced by electric inputs, which reset the level to rest).
//
// Every synapse: RewardStdp(w = 0.5, tau_e = 200 ms), other parameters the stdlib defaults
// (a_plus 0.01, a_minus 0.0105, tau_plus = tau_minus = 20 ms, learning_rate 0.01 per ms).
// The targets' modulation is set at 5 ms and stays (mod_relax 0), so holding it constant
// between updates of the synapse, as RewardStdp does, is exact. Pre spikes 10 ms, post
// spikes 15 ms (emission times), then one test pre spike, which arrives 1 ms later:
//   plain     pre 10, post 15, no modulation       test at 100 and 1000:  0.5, 0.5
//   early     the same, modulation +1              test at 100:   0.5 + lr e0 tau_e (1 - e^(-85/200))
//   late      the same                             test at 1000:  0.5 + lr e0 tau_e (1 - e^(-985/200))
//   punished  the same, modulation -1              test at 1000:  0.5 - lr e0 tau_e (1 - e^(-985/200))
//   unpaired  pre 10, no post, modulation +1       test at 1000:  0.5
//   reverse   post 10, pre 15, modulation +1       test at 1000:  0.5 - lr e1 tau_e (1 - e^(-985/200))
// with e0 = a_plus e^(-5/20) (pre 5 ms before post), e1 = a_minus e^(-5/20) (post 5 ms
// before pre), lr = 0.01 per ms; `late` is close to the bound lr e0 tau_e = 0.0156: the trace
// has decayed.
// RUN: rm -rf %t && split-file %s %t
// RUN: %fluxc run %t/net.flux -q --time 1010ms --probe-every 1ms --probe-output %t/event.csv \
// RUN:   --probe Top.plain.level --probe Top.early.level --probe Top.late.level \
// RUN:   --probe Top.punished.level --probe Top.unpaired.level --probe Top.reverse.level
// RUN: %python %S/../model/Inputs/probes.py %t/event.csv --engine event \
// RUN:   --name plain=Top.plain.level --name early=Top.early.level --name late=Top.late.level \
// RUN:   --name punished=Top.punished.level --name unpaired=Top.unpaired.level \
// RUN:   --name reverse=Top.reverse.level \
// RUN:   --let 'e0 = 0.01 * exp(-0.25)' --let 'e1 = 0.0105 * exp(-0.25)' \
// RUN:   --jump 101 'plain ~ 0.5' 1e-12 --jump 1001 'plain ~ 0.5' 1e-12 \
// RUN:   --jump 101 'early ~ 0.5 + 0.01 * e0 * 200 * (1 - exp(-85 / 200))' 1e-12 \
// RUN:   --jump 1001 'late ~ 0.5 + 0.01 * e0 * 200 * (1 - exp(-985 / 200))' 1e-12 \
// RUN:   --jump 1001 'punished ~ 0.5 - 0.01 * e0 * 200 * (1 - exp(-985 / 200))' 1e-12 \
// RUN:   --jump 1001 'unpaired ~ 0.5' 1e-12 \
// RUN:   --jump 1001 'reverse ~ 0.5 - 0.01 * e1 * 200 * (1 - exp(-985 / 200))' 1e-12 \
// RUN:   | FileCheck %s
// RUN: %fluxc run %t/net.flux -q --engine step --dt 0.1ms --time 1010ms --probe-every 1ms \
// RUN:   --probe-output %t/step.csv --probe Top.plain.level --probe Top.early.level \
// RUN:   --probe Top.late.level --probe Top.punished.level --probe Top.unpaired.level \
// RUN:   --probe Top.reverse.level
// RUN: %python %S/../model/Inputs/probes.py %t/step.csv --engine step \
// RUN:   --name plain=Top.plain.level --name early=Top.early.level --name late=Top.late.level \
// RUN:   --name punished=Top.punished.level --name unpaired=Top.unpaired.level \
// RUN:   --name reverse=Top.reverse.level \
// RUN:   --let 'e0 = 0.01 * exp(-0.25)' --let 'e1 = 0.0105 * exp(-0.25)' \
// RUN:   --jump 101 'plain ~ 0.5' 2e-6 --jump 1001 'plain ~ 0.5' 2e-6 \
// RUN:   --jump 101 'early ~ 0.5 + 0.01 * e0 * 200 * (1 - exp(-85 / 200))' 2e-6 \
// RUN:   --jump 1001 'late ~ 0.5 + 0.01 * e0 * 200 * (1 - exp(-985 / 200))' 2e-6 \
// RUN:   --jump 1001 'punished ~ 0.5 - 0.01 * e0 * 200 * (1 - exp(-985 / 200))' 2e-6 \
// RUN:   --jump 1001 'unpaired ~ 0.5' 2e-6 \
// RUN:   --jump 1001 'reverse ~ 0.5 - 0.01 * e1 * 200 * (1 - exp(-985 / 200))' 2e-6 \
// RUN:   | FileCheck %s

// CHECK-COUNT-7: ok:
// CHECK-NOT: FAIL

//--- net.flux
import stdlib.neurons
import stdlib.synapses

// A pure accumulator: no leak, an unreachable threshold, modulation that stays.
neuron Sink extends Mlif {
  leak = 0 per ms
  potentiation = 0 per ms
  threshold = 100
  mod_relax = 0 per ms
}

circuit Top {
  input pre[6] : spike_train(file = "pre.csv")
  input post[6] : spike_train(file = "post.csv")        // electric, 1 ms: fires at t + 1
  input modulate : regular(rate = 1 Hz, phase = 4 ms)   // arrives at 5 ms (once in 1 s)
  neuron plain, early, late, punished, unpaired, reverse : Sink
  pre[0] -> plain : RewardStdp(w = 0.5, tau_e = 200 ms)
  pre[1] -> early : RewardStdp(w = 0.5, tau_e = 200 ms)
  pre[2] -> late : RewardStdp(w = 0.5, tau_e = 200 ms)
  pre[3] -> punished : RewardStdp(w = 0.5, tau_e = 200 ms)
  pre[4] -> unpaired : RewardStdp(w = 0.5, tau_e = 200 ms)
  pre[5] -> reverse : RewardStdp(w = 0.5, tau_e = 200 ms)
  post[0] -> plain : electric
  post[1] -> early : electric
  post[2] -> late : electric
  post[3] -> punished : electric
  post[5] -> reverse : electric
  modulate -> early : modulator(w = 1.0)
  modulate -> late : modulator(w = 1.0)
  modulate -> punished : modulator(w = -1.0)
  modulate -> unpaired : modulator(w = 1.0)
  modulate -> reverse : modulator(w = 1.0)
}

//--- pre.csv
time_ms,index
10,0
100,0
1000,0
10,1
100,1
10,2
1000,2
10,3
1000,3
10,4
1000,4
15,5
1000,5

//--- post.csv
time_ms,index
14,0
14,1
14,2
14,3
9,5
