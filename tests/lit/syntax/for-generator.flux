// RUN: %fluxc --emit=ast %s | FileCheck %s
// 'for i in a .. b { members }' repeats circuit members; loops nest.

circuit Chain(n = 10) {
  for i in 0 .. n - 2 {
    E[i] -> E[i + 1]
    for j in 1 .. 3 { neuron x : Lif }
  }
}

// CHECK:      Module "{{.*}}for-generator.flux"
// CHECK-NEXT:   Circuit Chain <4:1>
// CHECK-NEXT:     CircuitParam n <4:15>
// CHECK-NEXT:       Int 10 <4:19>
// CHECK-NEXT:     For i <5:3>
// CHECK-NEXT:       Int 0 <5:12>
// CHECK-NEXT:       Binary - <5:17>
// CHECK-NEXT:         Name n <5:17>
// CHECK-NEXT:         Int 2 <5:21>
// CHECK-NEXT:       Connect shorthand <6:5>
// CHECK-NEXT:         Index <6:5>
// CHECK-NEXT:           Name E <6:5>
// CHECK-NEXT:           Name i <6:7>
// CHECK-NEXT:         Index <6:13>
// CHECK-NEXT:           Name E <6:13>
// CHECK-NEXT:           Binary + <6:15>
// CHECK-NEXT:             Name i <6:15>
// CHECK-NEXT:             Int 1 <6:19>
// CHECK-NEXT:       For j <7:5>
// CHECK-NEXT:         Int 1 <7:14>
// CHECK-NEXT:         Int 3 <7:19>
// CHECK-NEXT:         Neuron x : Lif <7:23>
// CHECK-NOT: {{.}}
