// RUN: %fluxc --emit=ast %s | FileCheck %s
// 'fire when' takes a condition; 'checked every' adds the checking interval.

neuron F {
  fire when v >= threshold
}

neuron G {
  fire when v > 1 and ready checked every 0.5 ms;
}

// CHECK:      Module "{{.*}}fire-when.flux"
// CHECK-NEXT:   Neuron F <4:1>
// CHECK-NEXT:     FireWhen <5:3>
// CHECK-NEXT:       Binary >= <5:13>
// CHECK-NEXT:         Name v <5:13>
// CHECK-NEXT:         Name threshold <5:18>
// CHECK-NEXT:   Neuron G <8:1>
// CHECK-NEXT:     FireWhen <9:3>
// CHECK-NEXT:       Binary and <9:13>
// CHECK-NEXT:         Binary > <9:13>
// CHECK-NEXT:           Name v <9:13>
// CHECK-NEXT:           Int 1 <9:17>
// CHECK-NEXT:         Name ready <9:23>
// CHECK-NEXT:       CheckedEvery <9:43>
// CHECK-NEXT:         Real 0.5 [ms] <9:43>
// CHECK-NOT: {{.}}
