// RUN: not %fluxc --emit=c-header %s 2>&1 | FileCheck %s
// RUN: not %fluxc --emit=c-header %s 2>/dev/null | count 0
// A known stage that --emit does not print (the C header comes from 'fluxc build'): one error,
// nothing on stdout, exit 1.

neuron N { }

// CHECK:         {{^}}fluxc: error: --emit=c-header is not implemented yet (available: tokens, ast, source, sema, network, ir, ir-opt, llvm, asm, glsl, spirv){{$}}
// CHECK-NEXT:    {{^}}1 error generated.{{$}}
