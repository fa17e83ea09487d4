// RUN: %fluxc --emit=ast %s | FileCheck %s
// A synapse model is a 'Synapse' node with the same members as a neuron model.

synapse Stdp {
  param w: weight = 0.5
  state trace = 0
  on pre { trace += 1; emit(w) }
  on post { w += trace }
}

// CHECK:      Module "{{.*}}synapse-model.flux"
// CHECK-NEXT:   Synapse Stdp <4:1>
// CHECK-NEXT:     Param w : weight <5:3>
// CHECK-NEXT:       Real 0.5 <5:21>
// CHECK-NEXT:     State trace <6:3>
// CHECK-NEXT:       Int 0 <6:17>
// CHECK-NEXT:     Handler pre <7:3>
// CHECK-NEXT:       Assign += <7:12>
// CHECK-NEXT:         Name trace <7:12>
// CHECK-NEXT:         Int 1 <7:21>
// CHECK-NEXT:       ExprStmt <7:24>
// CHECK-NEXT:         Call <7:24>
// CHECK-NEXT:           Name emit <7:24>
// CHECK-NEXT:           Arg <7:29>
// CHECK-NEXT:             Name w <7:29>
// CHECK-NEXT:     Handler post <8:3>
// CHECK-NEXT:       Assign += <8:13>
// CHECK-NEXT:         Name w <8:13>
// CHECK-NEXT:         Name trace <8:18>
// CHECK-NOT: {{.}}
