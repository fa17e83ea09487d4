// RUN: %fluxc --emit=ast --no-locations %s | FileCheck %s
// RUN: %fluxc --emit=source %s > %t.flux
// RUN: %fluxc --emit=ast --no-locations %s | tail -n +2 > %t.a
// RUN: %fluxc --emit=ast --no-locations %t.flux | tail -n +2 > %t.b
// RUN: diff %t.a %t.b
// Blank `///` lines before or after a doc comment's text are dropped, so the canonical source
// re-parses to the same tree (a fuzzer found the trailing case).

///
/// Time constant.
///
// an ordinary comment
neuron Cell { param tau = 20 ms }

// CHECK:      Neuron Cell
// CHECK-NEXT:   Doc "Time constant."{{$}}
