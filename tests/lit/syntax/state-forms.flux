// RUN: %fluxc --emit=ast %s | FileCheck %s
// 'state' always has an initial value; the type is optional.

neuron S {
  state v = 0.0
  state g: conductance = 1.5 nS
}

// CHECK:      Module "{{.*}}state-forms.flux"
// CHECK-NEXT:   Neuron S <4:1>
// CHECK-NEXT:     State v <5:3>
// CHECK-NEXT:       Real 0.0 <5:13>
// CHECK-NEXT:     State g : conductance <6:3>
// CHECK-NEXT:       Real 1.5 [nS] <6:26>
// CHECK-NOT: {{.}}
