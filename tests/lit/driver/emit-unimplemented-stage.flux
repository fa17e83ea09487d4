// RUN: not %fluxc --emit=ir %s 2>&1 | FileCheck --check-prefix=IR %s
// RUN: not %fluxc --emit=llvm %s 2>&1 | FileCheck --check-prefix=LLVM %s
// RUN: not %fluxc --emit=ir %s 2>/dev/null | count 0
// Known later stages (ir, llvm) are not implemented: one error, nothing on stdout, exit 1.

neuron N { }

// IR:           {{^}}fluxc: error: --emit=ir is not implemented yet; this fluxc stops after elaboration (available: tokens, ast, source, sema, network){{$}}
// IR-NEXT:      {{^}}1 error generated.{{$}}
// LLVM:         {{^}}fluxc: error: --emit=llvm is not implemented yet; this fluxc stops after elaboration (available: tokens, ast, source, sema, network){{$}}
