// RUN: %fluxc --emit=source %s > %t.flux
// RUN: %fluxc --emit=ast --no-locations %s | tail -n +2 > %t.original.ast
// RUN: %fluxc --emit=ast --no-locations %t.flux | tail -n +2 > %t.printed.ast
// RUN: diff %t.original.ast %t.printed.ast
// RUN: %fluxc --emit=source %t.flux > %t.again.flux
// RUN: diff %t.flux %t.again.flux
// RUN: FileCheck %s < %t.original.ast
// --emit=source of a program using every construct parses back to the same tree and is a fixed point.

import std.neurons
import "lib/x.flux" as x

/// A documented model.
///
/// With a second paragraph.
neuron Lif extends std.neurons.Base {
  /// Time constant.
  param tau: duration = 20 ms
  param leak = 0.05 per ms; param gain
  state v: voltage = -65 mV
  threshold = 1.5e-3
  evolve(dt) {
    let decay = exp(-dt / tau)
    v = v * decay + (1 - decay) * rest
    if v > 0 and not blocked { v -= 1 } else if v < -1 || !ok { v = -(1 + x) } else { fire }
  }
  on direct(w) { v += w; v /= 2; v *= 3 }
  on modulator(m) { gain = max(0, gain * m) }
  on electric { }
  on pre { log("pre\tspike \"x\"\n") }
  on post { trace[i].value = a - (b - c) }
  fire when v >= 1 and (a or b) checked every 0.1 ms
  on fire { v = 0; refractory for 2 ms }
}

synapse Syn { param w = 0.5 mV per ms }

circuit Column(n: int = 100, p = 0.1, q) extends Base {
  in stimulus, bias[4]
  out spikes[n]
  neuron a, b : Lif { tau = 10 ms, v = 0 }
  population E[n * 4] : Lif { tau = 20 ms }
  population I[n] : std.neurons.Lif
  instance sub : Sub
  instance subs[3] : Sub(k = 2, 1_000)
  input noise[n] : poisson(rate = 5 Hz)
  connect E -> I : Syn(w = 0.2) with probability(p)
  E[0 .. 10] -> spikes
  stimulus -> subs[0].drive
  for i in 0 .. n - 2 { E[i] -> E[i + 1] : Syn }
  if n > 10 { let half = n / 2 } else if n > 5 { extern output dbg } else { q = true }
  let count: int = 2 % 3
  extern fn rand(lo: real, hi: real) -> real
  tau = 3
}

extern input camera[64]
extern fn now() -> time
let total = (1 + 2) * 3 - -4

// CHECK: Neuron Lif extends std.neurons.Base
// CHECK: Circuit Column extends Base
// CHECK: Let total
