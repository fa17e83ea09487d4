// RUN: %fluxc --emit=ast %s | FileCheck %s
// A connection without the 'connect' keyword is the arrow shorthand.

circuit Net {
  E -> I : Exp(w = 0.5) with fixed_indegree(10)
  I -> E
}

// CHECK:      Module "{{.*}}connect-arrow-shorthand.flux"
// CHECK-NEXT:   Circuit Net <4:1>
// CHECK-NEXT:     Connect shorthand <5:3>
// CHECK-NEXT:       Name E <5:3>
// CHECK-NEXT:       Name I <5:8>
// CHECK-NEXT:       Synapse Exp() <5:12>
// CHECK-NEXT:         Arg w <5:16>
// CHECK-NEXT:           Real 0.5 <5:20>
// CHECK-NEXT:       Rule fixed_indegree() <5:30>
// CHECK-NEXT:         Arg <5:45>
// CHECK-NEXT:           Int 10 <5:45>
// CHECK-NEXT:     Connect shorthand <6:3>
// CHECK-NEXT:       Name I <6:3>
// CHECK-NEXT:       Name E <6:8>
// CHECK-NOT: {{.}}
