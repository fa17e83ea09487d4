// RUN: %fluxc --emit=ast %s | FileCheck %s
// 'connect A -> B : synapse(args) with rule(args)': both specs are optional.

circuit Net {
  connect E -> I : Exp(w = 0.2, tau = 5 ms) with probability(0.1)
  connect I -> E : Inhibitory
  connect E -> E with one_to_one
  connect a -> b
}

// CHECK:      Module "{{.*}}connect-with-rule.flux"
// CHECK-NEXT:   Circuit Net <4:1>
// CHECK-NEXT:     Connect <5:3>
// CHECK-NEXT:       Name E <5:11>
// CHECK-NEXT:       Name I <5:16>
// CHECK-NEXT:       Synapse Exp() <5:20>
// CHECK-NEXT:         Arg w <5:24>
// CHECK-NEXT:           Real 0.2 <5:28>
// CHECK-NEXT:         Arg tau <5:33>
// CHECK-NEXT:           Int 5 [ms] <5:39>
// CHECK-NEXT:       Rule probability() <5:50>
// CHECK-NEXT:         Arg <5:62>
// CHECK-NEXT:           Real 0.1 <5:62>
// CHECK-NEXT:     Connect <6:3>
// CHECK-NEXT:       Name I <6:11>
// CHECK-NEXT:       Name E <6:16>
// CHECK-NEXT:       Synapse Inhibitory <6:20>
// CHECK-NEXT:     Connect <7:3>
// CHECK-NEXT:       Name E <7:11>
// CHECK-NEXT:       Name E <7:16>
// CHECK-NEXT:       Rule one_to_one <7:23>
// CHECK-NEXT:     Connect <8:3>
// CHECK-NEXT:       Name a <8:11>
// CHECK-NEXT:       Name b <8:16>
// CHECK-NOT: {{.}}
