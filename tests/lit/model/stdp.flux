// Spike-timing-dependent plasticity (stdlib.synapses Stdp, docs/model.md): a pre spike 5 ms
// before a post spike raises the effective weight by a_plus e^(-5/tau_plus), the reverse
// order lowers it by a_minus e^(-5/tau_minus); without modulation the change is short-term
// and decays with tau_short; with positive modulation of the target the learning rate is
// scaled by 1 + learn_gain mod and part of the change is consolidated into the long-term
// weight, which stays. Synapse state cannot be probed: the weight a test pre spike transmits
// is read as the jump of its target's level (targets do not leak and never fire by threshold;
// post spikes are forced by electric inputs, which reset the level to rest).
//
// Every synapse: Stdp(w = 0.5, tau_short = 100 ms), other parameters the stdlib defaults
// (a_plus 0.01, a_minus 0.0105, tau_plus = tau_minus = 20 ms, consolidate 0.002 per ms).
// Pre spikes (times of emission) and post spikes, then one test pre spike:
//   ctrl  pre 10, no post                  test at 50:   0.5
//   a1    pre 10, post 15                  test at 50:   0.5 + 0.01 e^-0.25 e^-0.35
//   a3    the same                         test at 215:  0.5 + 0.01 e^-0.25 e^-2
//   a2    the same                         test at 1000: 0.5 + 0.01 e^-0.25 e^-9.85 (decayed)
//   b     post 10, pre 15                  test at 50:   0.5 - 0.0105 e^-0.25 e^-0.35
//   c     pre 10, post 15, target mod = 1 from 5 ms on (mod_relax 0: it stays 1, so
//         holding it constant between updates of the synapse, as Stdp does, is exact)
//         test at 1000: at the post spike short = 2 * 0.01 e^-0.25 (learning rate 1 + mod);
//         then it decays at k = 1/100 + 0.002 * 1 per ms, and the share 0.002 / k of what
//         it loses moves to long: long = 0.5 + short (0.002 / k) (1 - e^(-985 k)), which
//         stays (short itself is down to e^(-985 k) = 7e-6 of what it was).
// The test spike arrives 1 ms after it is emitted.
// RUN: rm -rf %t && split-file %s %t
// RUN: %fluxc run %t/net.flux -q --time 1010ms --probe-every 1ms --probe-output %t/event.csv \
// RUN:   --probe Top.ctrl.level --probe Top.a1.level --probe Top.a3.level \
// RUN:   --probe Top.a2.level --probe Top.b.level --probe Top.c.level
// RUN: %python %S/Inputs/probes.py %t/event.csv --engine event \
// RUN:   --name ctrl=Top.ctrl.level --name a1=Top.a1.level --name a3=Top.a3.level \
// RUN:   --name a2=Top.a2.level --name b=Top.b.level --name c=Top.c.level \
// RUN:   --jump 51 'ctrl ~ 0.5' 1e-12 \
// RUN:   --jump 51 'a1 ~ 0.5 + 0.01 * exp(-0.25) * exp(-0.35)' 1e-12 \
// RUN:   --jump 216 'a3 ~ 0.5 + 0.01 * exp(-0.25) * exp(-2)' 1e-12 \
// RUN:   --jump 1001 'a2 ~ 0.5 + 0.01 * exp(-0.25) * exp(-9.85)' 1e-12 \
// RUN:   --jump 51 'b ~ 0.5 - 0.0105 * exp(-0.25) * exp(-0.35)' 1e-12 \
// RUN:   --let 'k = 1 / 100 + 0.002 * 1' --let 'short = 2 * 0.01 * exp(-0.25)' \
// RUN:   --jump 1001 'c ~ 0.5 + short * (0.002 / k) * (1 - exp(-985 * k)) + short * exp(-985 * k)' 1e-12 \
// RUN:   | FileCheck %s
// RUN: %fluxc run %t/net.flux -q --engine step --dt 0.1ms --time 1010ms --probe-every 1ms \
// RUN:   --probe-output %t/step.csv --probe Top.ctrl.level --probe Top.a1.level \
// RUN:   --probe Top.a3.level --probe Top.a2.level --probe Top.b.level --probe Top.c.level
// RUN: %python %S/Inputs/probes.py %t/step.csv --engine step \
// RUN:   --name ctrl=Top.ctrl.level --name a1=Top.a1.level --name a3=Top.a3.level \
// RUN:   --name a2=Top.a2.level --name b=Top.b.level --name c=Top.c.level \
// RUN:   --jump 51 'ctrl ~ 0.5' 2e-6 \
// RUN:   --jump 51 'a1 ~ 0.5 + 0.01 * exp(-0.25) * exp(-0.35)' 2e-6 \
// RUN:   --jump 216 'a3 ~ 0.5 + 0.01 * exp(-0.25) * exp(-2)' 2e-6 \
// RUN:   --jump 1001 'a2 ~ 0.5 + 0.01 * exp(-0.25) * exp(-9.85)' 2e-6 \
// RUN:   --jump 51 'b ~ 0.5 - 0.0105 * exp(-0.25) * exp(-0.35)' 2e-6 \
// RUN:   --let 'k = 1 / 100 + 0.002 * 1' --let 'short = 2 * 0.01 * exp(-0.25)' \
// RUN:   --jump 1001 'c ~ 0.5 + short * (0.002 / k) * (1 - exp(-985 * k)) + short * exp(-985 * k)' 2e-6 \
// RUN:   | FileCheck %s

// CHECK-COUNT-6: ok:
// CHECK-NOT: FAIL

//--- net.flux
import stdlib.neurons
import stdlib.synapses

// A pure accumulator: no leak, an unreachable threshold.
neuron Sink extends Mlif {
  leak = 0 per ms
  potentiation = 0 per ms
  threshold = 100
}

circuit Top {
  input pre[6] : spike_train(file = "pre.csv")
  input post[6] : spike_train(file = "post.csv")        // electric, 1 ms: fires at t + 1
  input modulate : regular(rate = 1 Hz, phase = 4 ms)   // arrives at 5 ms (once in 1 s)
  neuron ctrl, a1, a3, a2, b : Sink
  neuron c : Sink { mod_relax = 0 per ms }
  pre[0] -> ctrl : Stdp(w = 0.5, tau_short = 100 ms)
  pre[1] -> a1 : Stdp(w = 0.5, tau_short = 100 ms)
  pre[2] -> a3 : Stdp(w = 0.5, tau_short = 100 ms)
  pre[3] -> a2 : Stdp(w = 0.5, tau_short = 100 ms)
  pre[4] -> b : Stdp(w = 0.5, tau_short = 100 ms)
  pre[5] -> c : Stdp(w = 0.5, tau_short = 100 ms)
  post[1] -> a1 : electric
  post[2] -> a3 : electric
  post[3] -> a2 : electric
  post[4] -> b : electric
  post[5] -> c : electric
  modulate -> c : modulator(w = 1.0)
}

//--- pre.csv
time_ms,index
10,0
50,0
10,1
50,1
10,2
215,2
10,3
1000,3
15,4
50,4
10,5
1000,5

//--- post.csv
time_ms,index
14,1
14,2
14,3
9,4
14,5
