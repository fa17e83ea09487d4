// RUN: %fluxc --emit=ast %s | FileCheck %s
// Circuit parameters (typed or not, with or without defaults) and 'extends' a base circuit.

circuit Column(n: int = 100, p, scale = 0.5) extends cortex.Base {
  let half = n / 2
}

circuit Empty() { }

// CHECK:      Module "{{.*}}circuit-params-extends.flux"
// CHECK-NEXT:   Circuit Column extends cortex.Base <4:1>
// CHECK-NEXT:     CircuitParam n : int <4:16>
// CHECK-NEXT:       Int 100 <4:25>
// CHECK-NEXT:     CircuitParam p <4:30>
// CHECK-NEXT:     CircuitParam scale <4:33>
// CHECK-NEXT:       Real 0.5 <4:41>
// CHECK-NEXT:     Let half <5:3>
// CHECK-NEXT:       Binary / <5:14>
// CHECK-NEXT:         Name n <5:14>
// CHECK-NEXT:         Int 2 <5:18>
// CHECK-NEXT:   Circuit Empty <8:1>
// CHECK-NOT: {{.}}
