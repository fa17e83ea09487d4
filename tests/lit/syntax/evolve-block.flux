// RUN: %fluxc --emit=ast %s | FileCheck %s
// 'evolve(dt)' names its interval and holds a block of statements.

neuron E {
  evolve(step) {
    let decay = exp(-step / tau)
    v = v * decay
  }
}

// CHECK:      Module "{{.*}}evolve-block.flux"
// CHECK-NEXT:   Neuron E <4:1>
// CHECK-NEXT:     Evolve step <5:3>
// CHECK-NEXT:       Let decay <6:5>
// CHECK-NEXT:         Call <6:17>
// CHECK-NEXT:           Name exp <6:17>
// CHECK-NEXT:           Arg <6:21>
// CHECK-NEXT:             Binary / <6:21>
// CHECK-NEXT:               Unary - <6:21>
// CHECK-NEXT:                 Name step <6:22>
// CHECK-NEXT:               Name tau <6:29>
// CHECK-NEXT:       Assign = <7:5>
// CHECK-NEXT:         Name v <7:5>
// CHECK-NEXT:         Binary * <7:9>
// CHECK-NEXT:           Name v <7:9>
// CHECK-NEXT:           Name decay <7:13>
// CHECK-NOT: {{.}}
