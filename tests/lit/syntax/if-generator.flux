// RUN: %fluxc --emit=ast %s | FileCheck %s
// Circuit-level 'if' / 'else if' / 'else' is one flat If with a Branch per condition.

circuit Maybe(mode = 1) {
  if mode == 0 {
    population E[10] : Lif
  } else if mode == 1 {
    population E[20] : Lif
    E -> E
  } else if mode == 2 {
  } else {
    let fallback = true
  }
  if plastic { neuron p : Stdp }
}

// CHECK:      Module "{{.*}}if-generator.flux"
// CHECK-NEXT:   Circuit Maybe <4:1>
// CHECK-NEXT:     CircuitParam mode <4:15>
// CHECK-NEXT:       Int 1 <4:22>
// CHECK-NEXT:     If <5:3>
// CHECK-NEXT:       Branch <5:6>
// CHECK-NEXT:         Binary == <5:6>
// CHECK-NEXT:           Name mode <5:6>
// CHECK-NEXT:           Int 0 <5:14>
// CHECK-NEXT:         Population E : Lif <6:5>
// CHECK-NEXT:           Int 10 <6:18>
// CHECK-NEXT:       Branch <7:13>
// CHECK-NEXT:         Binary == <7:13>
// CHECK-NEXT:           Name mode <7:13>
// CHECK-NEXT:           Int 1 <7:21>
// CHECK-NEXT:         Population E : Lif <8:5>
// CHECK-NEXT:           Int 20 <8:18>
// CHECK-NEXT:         Connect shorthand <9:5>
// CHECK-NEXT:           Name E <9:5>
// CHECK-NEXT:           Name E <9:10>
// CHECK-NEXT:       Branch <10:13>
// CHECK-NEXT:         Binary == <10:13>
// CHECK-NEXT:           Name mode <10:13>
// CHECK-NEXT:           Int 2 <10:21>
// CHECK-NEXT:       Else
// CHECK-NEXT:         Let fallback <12:5>
// CHECK-NEXT:           Bool true <12:20>
// CHECK-NEXT:     If <14:3>
// CHECK-NEXT:       Branch <14:6>
// CHECK-NEXT:         Name plastic <14:6>
// CHECK-NEXT:         Neuron p : Stdp <14:16>
// CHECK-NOT: {{.}}
