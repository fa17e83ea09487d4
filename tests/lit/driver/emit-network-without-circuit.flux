// RUN: not %fluxc --emit=network %s 2>&1 | FileCheck %s
// --emit=network on a file with no circuit says what to do (a library of models has none).

neuron N { }

// CHECK: {{^}}fluxc: error: '{{.*}}emit-network-without-circuit.flux' declares no circuit to elaborate; add one, or name an imported one with --top{{$}}
