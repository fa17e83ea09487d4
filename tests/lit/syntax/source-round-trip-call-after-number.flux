// RUN: %fluxc --emit=source %s > %t.flux
// RUN: %fluxc --emit=ast --no-locations %s | tail -n +2 > %t.original.ast
// RUN: %fluxc --emit=ast --no-locations %t.flux | tail -n +2 > %t.printed.ast
// RUN: diff %t.original.ast %t.printed.ast
// 'v += 1; emit(v)' survives --emit=source: the printed program parses to the same tree.

neuron N {
  on pre { v += 1; emit(v) }
}
