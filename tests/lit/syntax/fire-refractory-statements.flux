// RUN: %fluxc --emit=ast %s | FileCheck %s
// 'fire' and 'refractory for <duration>' are statements of their own.

neuron N {
  on direct(w) {
    fire
    refractory for 2 ms
    refractory for t_ref * 2;
    fire;
  }
}

// CHECK:      Module "{{.*}}fire-refractory-statements.flux"
// CHECK-NEXT:   Neuron N <4:1>
// CHECK-NEXT:     Handler direct(w) <5:3>
// CHECK-NEXT:       Fire <6:5>
// CHECK-NEXT:       RefractoryFor <7:5>
// CHECK-NEXT:         Int 2 [ms] <7:20>
// CHECK-NEXT:       RefractoryFor <8:5>
// CHECK-NEXT:         Binary * <8:20>
// CHECK-NEXT:           Name t_ref <8:20>
// CHECK-NEXT:           Int 2 <8:28>
// CHECK-NEXT:       Fire <9:5>
// CHECK-NOT: {{.}}
