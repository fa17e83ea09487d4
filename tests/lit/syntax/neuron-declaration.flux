// RUN: %fluxc --emit=ast %s | FileCheck %s
// 'neuron a, b : M { p = 1 }' declares named neurons; overrides are separated by ',', ';' or nothing.

circuit Pair {
  neuron a, b : Lif { tau = 10 ms, threshold = 1; reset = 0 }
  neuron c : std.neurons.Izhikevich
  neuron d : Lif { }
}

// CHECK:      Module "{{.*}}neuron-declaration.flux"
// CHECK-NEXT:   Circuit Pair <4:1>
// CHECK-NEXT:     Neuron a, b : Lif <5:3>
// CHECK-NEXT:       Override tau <5:23>
// CHECK-NEXT:         Int 10 [ms] <5:29>
// CHECK-NEXT:       Override threshold <5:36>
// CHECK-NEXT:         Int 1 <5:48>
// CHECK-NEXT:       Override reset <5:51>
// CHECK-NEXT:         Int 0 <5:59>
// CHECK-NEXT:     Neuron c : std.neurons.Izhikevich <6:3>
// CHECK-NEXT:     Neuron d : Lif <7:3>
// CHECK-NOT: {{.}}
