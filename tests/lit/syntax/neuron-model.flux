// RUN: %fluxc --emit=ast %s | FileCheck %s
// A neuron model with every kind of member, in source order, with member locations.

neuron Izhikevich {
  param a = 0.02
  state v = -65 mV
  evolve(dt) { v += dt * (0.04 * v * v - u) }
  on direct(w) { v += w }
  fire when v >= 30 mV
  on fire { v = c }
}

// CHECK:      Module "{{.*}}neuron-model.flux"
// CHECK-NEXT:   Neuron Izhikevich <4:1>
// CHECK-NEXT:     Param a <5:3>
// CHECK-NEXT:       Real 0.02 <5:13>
// CHECK-NEXT:     State v <6:3>
// CHECK-NEXT:       Unary - <6:13>
// CHECK-NEXT:         Int 65 [mV] <6:14>
// CHECK-NEXT:     Evolve dt <7:3>
// CHECK-NEXT:       Assign += <7:16>
// CHECK-NEXT:         Name v <7:16>
// CHECK-NEXT:         Binary * <7:21>
// CHECK-NEXT:           Name dt <7:21>
// CHECK-NEXT:           Binary - <7:27>
// CHECK-NEXT:             Binary * <7:27>
// CHECK-NEXT:               Binary * <7:27>
// CHECK-NEXT:                 Real 0.04 <7:27>
// CHECK-NEXT:                 Name v <7:34>
// CHECK-NEXT:               Name v <7:38>
// CHECK-NEXT:             Name u <7:42>
// CHECK-NEXT:     Handler direct(w) <8:3>
// CHECK-NEXT:       Assign += <8:18>
// CHECK-NEXT:         Name v <8:18>
// CHECK-NEXT:         Name w <8:23>
// CHECK-NEXT:     FireWhen <9:3>
// CHECK-NEXT:       Binary >= <9:13>
// CHECK-NEXT:         Name v <9:13>
// CHECK-NEXT:         Int 30 [mV] <9:18>
// CHECK-NEXT:     Handler fire <10:3>
// CHECK-NEXT:       Assign = <10:13>
// CHECK-NEXT:         Name v <10:13>
// CHECK-NEXT:         Name c <10:17>
// CHECK-NOT: {{.}}
