// RUN: %fluxc --emit=ast %s | FileCheck %s
// A model extending a (qualified) base and overriding its parameters with 'name = value'.

neuron Fast extends std.neurons.Lif {
  tau = 5 ms
  threshold = 0.8;
  param extra = 1
}

// CHECK:      Module "{{.*}}model-extends-override.flux"
// CHECK-NEXT:   Neuron Fast extends std.neurons.Lif <4:1>
// CHECK-NEXT:     Override tau <5:3>
// CHECK-NEXT:       Int 5 [ms] <5:9>
// CHECK-NEXT:     Override threshold <6:3>
// CHECK-NEXT:       Real 0.8 <6:15>
// CHECK-NEXT:     Param extra <7:3>
// CHECK-NEXT:       Int 1 <7:17>
// CHECK-NOT: {{.}}
