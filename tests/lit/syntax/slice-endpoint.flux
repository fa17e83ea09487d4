// RUN: %fluxc --emit=ast %s | FileCheck %s
// 'E[0 .. 10]' is a Slice with a first and last index; 'E[3]' is an Index.

circuit Net {
  E[0 .. 10] -> I[n - 10 .. n]
  E[3] -> I
}

// CHECK:      Module "{{.*}}slice-endpoint.flux"
// CHECK-NEXT:   Circuit Net <4:1>
// CHECK-NEXT:     Connect shorthand <5:3>
// CHECK-NEXT:       Slice <5:3>
// CHECK-NEXT:         Name E <5:3>
// CHECK-NEXT:         Int 0 <5:5>
// CHECK-NEXT:         Int 10 <5:10>
// CHECK-NEXT:       Slice <5:17>
// CHECK-NEXT:         Name I <5:17>
// CHECK-NEXT:         Binary - <5:19>
// CHECK-NEXT:           Name n <5:19>
// CHECK-NEXT:           Int 10 <5:23>
// CHECK-NEXT:         Name n <5:29>
// CHECK-NEXT:     Connect shorthand <6:3>
// CHECK-NEXT:       Index <6:3>
// CHECK-NEXT:         Name E <6:3>
// CHECK-NEXT:         Int 3 <6:5>
// CHECK-NEXT:       Name I <6:11>
// CHECK-NOT: {{.}}
