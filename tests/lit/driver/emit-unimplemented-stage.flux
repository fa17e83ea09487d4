// RUN: not %fluxc --emit=glsl %s 2>&1 | FileCheck --check-prefix=GLSL %s
// RUN: not %fluxc --emit=spirv %s 2>&1 | FileCheck --check-prefix=SPIRV %s
// RUN: not %fluxc --emit=glsl %s 2>/dev/null | count 0
// Known later stages (the GPU backend) are not implemented: one error, nothing on stdout, exit 1.

neuron N { }

// GLSL:         {{^}}fluxc: error: --emit=glsl is not implemented yet (available: tokens, ast, source, sema, network, ir, ir-opt, llvm, asm){{$}}
// GLSL-NEXT:    {{^}}1 error generated.{{$}}
// SPIRV:        {{^}}fluxc: error: --emit=spirv is not implemented yet (available: tokens, ast, source, sema, network, ir, ir-opt, llvm, asm){{$}}
