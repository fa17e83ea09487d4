// RUN: %fluxc --emit=ast %s | FileCheck %s
// Every handler kind: direct(w), modulator(w), electric, pre, post and fire (a keyword).

neuron H {
  on direct(w) { v += w }
  on modulator(level) { gain *= level }
  on electric { v -= 1 }
  on pre { v += 2 }
  on post { v += 3 }
  on fire { v = 0 }
  on custom(a, b) { }
}

// CHECK:      Module "{{.*}}handler-kinds.flux"
// CHECK-NEXT:   Neuron H <4:1>
// CHECK-NEXT:     Handler direct(w) <5:3>
// CHECK-NEXT:       Assign += <5:18>
// CHECK-NEXT:         Name v <5:18>
// CHECK-NEXT:         Name w <5:23>
// CHECK-NEXT:     Handler modulator(level) <6:3>
// CHECK-NEXT:       Assign *= <6:25>
// CHECK-NEXT:         Name gain <6:25>
// CHECK-NEXT:         Name level <6:33>
// CHECK-NEXT:     Handler electric <7:3>
// CHECK-NEXT:       Assign -= <7:17>
// CHECK-NEXT:         Name v <7:17>
// CHECK-NEXT:         Int 1 <7:22>
// CHECK-NEXT:     Handler pre <8:3>
// CHECK-NEXT:       Assign += <8:12>
// CHECK-NEXT:         Name v <8:12>
// CHECK-NEXT:         Int 2 <8:17>
// CHECK-NEXT:     Handler post <9:3>
// CHECK-NEXT:       Assign += <9:13>
// CHECK-NEXT:         Name v <9:13>
// CHECK-NEXT:         Int 3 <9:18>
// CHECK-NEXT:     Handler fire <10:3>
// CHECK-NEXT:       Assign = <10:13>
// CHECK-NEXT:         Name v <10:13>
// CHECK-NEXT:         Int 0 <10:17>
// CHECK-NEXT:     Handler custom(a, b) <11:3>
// CHECK-NOT: {{.}}
