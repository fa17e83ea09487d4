// Summed inputs (compiler/ir/Accumulate.h, docs/running.md): an input handler that only adds
// its weight is not run once per input in the step engines. A step's inputs are summed exactly
// in 64-bit fixed point, and the sum is added once, so their order cannot change the result.
// Here three inputs reach `sum` at 2 ms: 1e8, 1 and -1e8. Added one by one in float,
// 1e8 + 1 rounds back to 1e8 and v would end at 0; the exact sum is 1.
// (`a` spikes again at 3 ms: v = 1 + 1e8 is 1e8 in float at 5 ms.)
// `split` routes by sign (w > 0 to `up`, else `down` -= w) and drops what arrives while it is
// refractory: its first inputs (2 ms) count; the next one, at 4 ms, arrives during the refractory period
// that firing at 2 ms started, and change nothing.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %fluxc run %s -q --engine step --dt 0.1ms --time 6ms --probe Top.sum.v \
// RUN:   --probe Top.split.up --probe Top.split.down --probe-every 1ms \
// RUN:   --probe-output %t/probes.csv
// RUN: FileCheck %s < %t/probes.csv

// CHECK:      time_ms,Top.sum.v,Top.split.up,Top.split.down
// CHECK-NEXT: 0,0,0,0
// CHECK-NEXT: 1,0,0,0
// CHECK-NEXT: 2,0,0,0
// CHECK-NEXT: 3,1,5,2
// CHECK-NEXT: 4,1,5,2
// CHECK-NEXT: 5,100000000,5,2

neuron Sum {
  state v = 0.0
  on direct(w) {
    v += w
  }
  fire when v >= 1e30
}

neuron Split {
  state up = 0.0
  state down = 0.0
  on direct(w) {
    if not refractory {
      if w > 0 {
        up += w
      } else {
        down -= w
      }
    }
  }
  fire when up >= 1
  on fire {
    refractory for 10 ms
  }
}

circuit Top {
  input a : regular(rate = 500 Hz, phase = 1 ms)
  input b : regular(rate = 1 Hz, phase = 1 ms)
  input c : regular(rate = 1 Hz, phase = 1 ms)
  neuron sum : Sum
  neuron split : Split
  a -> sum : direct(w = 1e8, delay = 1 ms)
  b -> sum : direct(w = 1, delay = 1 ms)
  c -> sum : direct(w = -1e8, delay = 1 ms)
  a -> split : direct(w = 5, delay = 1 ms)
  b -> split : direct(w = -2, delay = 1 ms)
}
