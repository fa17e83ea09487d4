// RUN: %fluxc --emit=ast %s | FileCheck %s
// 'param' with neither type nor default, a type only, a default only, and both.

neuron P {
  param bare
  param typed: real
  param defaulted = 3
  param full: duration = 2 ms
}

// CHECK:      Module "{{.*}}param-forms.flux"
// CHECK-NEXT:   Neuron P <4:1>
// CHECK-NEXT:     Param bare <5:3>
// CHECK-NEXT:     Param typed : real <6:3>
// CHECK-NEXT:     Param defaulted <7:3>
// CHECK-NEXT:       Int 3 <7:21>
// CHECK-NEXT:     Param full : duration <8:3>
// CHECK-NEXT:       Int 2 [ms] <8:26>
// CHECK-NOT: {{.}}
