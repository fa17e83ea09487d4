// RUN: %fluxc --emit=ast %s | FileCheck %s

/// Leaky neuron.
neuron Leaky {
  param leak = 0.05 per ms
  state v = 0.0
  evolve(dt) { v = max(0, v - leak * dt) }
  on direct(w) { v += w }
  fire when v >= 1
  on fire { v = 0; refractory for 2 ms }
}

// CHECK:      Module "{{.*}}ast-neuron-model.flux"
// CHECK-NEXT:   Neuron Leaky <4:1>
// CHECK-NEXT:     Doc "Leaky neuron."
// CHECK-NEXT:     Param leak <5:3>
// CHECK-NEXT:       Real 0.05 [per ms] <5:16>
// CHECK-NEXT:     State v <6:3>
// CHECK-NEXT:       Real 0.0 <6:13>
// CHECK-NEXT:     Evolve dt <7:3>
// CHECK-NEXT:       Assign = <7:16>
// CHECK-NEXT:         Name v <7:16>
// CHECK-NEXT:         Call <7:20>
// CHECK-NEXT:           Name max <7:20>
// CHECK-NEXT:           Arg <7:24>
// CHECK-NEXT:             Int 0 <7:24>
// CHECK-NEXT:           Arg <7:27>
// CHECK-NEXT:             Binary - <7:27>
// CHECK:          Handler direct(w) <8:3>
// CHECK-NEXT:       Assign += <8:18>
// CHECK:          FireWhen <9:3>
// CHECK-NEXT:       Binary >= <9:13>
// CHECK:          Handler fire <10:3>
// CHECK-NEXT:       Assign = <10:13>
// CHECK:            RefractoryFor <10:20>
// CHECK-NEXT:         Int 2 [ms] <10:35>
