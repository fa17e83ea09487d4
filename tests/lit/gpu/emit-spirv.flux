// RUN: rm -rf %t && mkdir -p %t
// RUN: %fluxc --emit=spirv %s -o %t/step.spvasm
// RUN: FileCheck %s < %t/step.spvasm
// The disassembly assembles back and passes spirv-val, as every module the compiler makes
// (it also validates in-process, before and after optimising).
// RUN: spirv-as --target-env vulkan1.1 %t/step.spvasm -o %t/step.spv
// RUN: spirv-val --target-env vulkan1.1 %t/step.spv
// The CPG example divides by run-time values: in double, rounded once (docs/gpu.md).
// RUN: %fluxc --emit=spirv %flux_root/examples/cpg/cpg.flux -o %t/cpg.spvasm
// RUN: FileCheck %s --check-prefix=DIVIDE < %t/cpg.spvasm
// RUN: spirv-as --target-env vulkan1.1 %t/cpg.spvasm -o %t/cpg.spv
// RUN: spirv-val --target-env vulkan1.1 %t/cpg.spv

import stdlib.neurons

circuit Top {
  population n[3] : Mlif
  connect n -> n : direct(w = 0.3, delay = 1 ms) with all_to_all()
}

// CHECK: OpCapability Shader
// CHECK: OpCapability Float64
// CHECK: OpEntryPoint GLCompute %main "main"
// CHECK: OpExecutionMode %main LocalSize 64 1 1
// CHECK: OpDecorate {{%[a-z0-9_]+}} NoContraction
// DIVIDE: OpFDiv %double
