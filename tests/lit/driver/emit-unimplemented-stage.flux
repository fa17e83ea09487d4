// RUN: not %fluxc --emit=network %s 2>&1 | FileCheck --check-prefix=NETWORK %s
// RUN: not %fluxc --emit=llvm %s 2>&1 | FileCheck --check-prefix=LLVM %s
// RUN: not %fluxc --emit=network %s 2>/dev/null | count 0
// Known later stages (network, llvm) are not implemented: one error, nothing on stdout, exit 1.

neuron N { }

// NETWORK:      {{^}}fluxc: error: --emit=network is not implemented yet; this fluxc stops after {{.*}} (available: tokens, ast, source{{.*}}){{$}}
// NETWORK-NEXT: {{^}}1 error generated.{{$}}
// LLVM:         {{^}}fluxc: error: --emit=llvm is not implemented yet; this fluxc stops after {{.*}} (available: tokens, ast, source{{.*}}){{$}}
