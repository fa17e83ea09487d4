// RUN: %fluxc --emit=ast %s | FileCheck %s
// 'population E[n] : M { ... }' has a size expression, a model and overrides.

circuit Net(n = 800) {
  population E[n] : Lif
  population I[n / 4] : std.neurons.Lif { tau = 10 ms }
}

// CHECK:      Module "{{.*}}population-declaration.flux"
// CHECK-NEXT:   Circuit Net <4:1>
// CHECK-NEXT:     CircuitParam n <4:13>
// CHECK-NEXT:       Int 800 <4:17>
// CHECK-NEXT:     Population E : Lif <5:3>
// CHECK-NEXT:       Name n <5:16>
// CHECK-NEXT:     Population I : std.neurons.Lif <6:3>
// CHECK-NEXT:       Binary / <6:16>
// CHECK-NEXT:         Name n <6:16>
// CHECK-NEXT:         Int 4 <6:20>
// CHECK-NEXT:       Override tau <6:43>
// CHECK-NEXT:         Int 10 [ms] <6:49>
// CHECK-NOT: {{.}}
