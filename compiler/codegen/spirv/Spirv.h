// GLSL compute shaders to SPIR-V, in-process: glslang compiles, SPIRV-Tools validates,
// optimises and disassembles. The GPU backend prints GLSL from the IR and runs it through these
// four functions; none of them aborts or throws, failures come back as a message.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace flux::spirv {

/// Compiles one GLSL compute shader (`#version 450`, entry point `main`) for Vulkan 1.1 /
/// SPIR-V 1.3 with glslang's default resource limits. On failure returns false and sets `error`
/// to "internal error in generated GLSL:" followed by glslang's log, whose line numbers refer to
/// `glsl`. May run on several threads at once; glslang is initialised once, on first use.
bool compileCompute(const std::string &glsl, std::vector<std::uint32_t> &words, std::string &error);

/// Validates a module against the Vulkan 1.1 environment (spirv-val). On failure returns false
/// and sets `error` to the validator's messages.
bool validate(const std::vector<std::uint32_t> &words, std::string &error);

/// Optimises a module for speed in place with spirv-opt's performance passes except
/// loop-unroll: in SPIRV-Tools 2023.1 unrolling copies a loop body without its NoContraction
/// decorations, and instruction folding then fuses the copies' multiplies and adds into Fma,
/// which breaks bit-identity with the CPU. Every other pass keeps NoContraction (GLSL
/// `precise`). On failure returns false, leaves `words` unchanged and sets `error`.
bool optimize(std::vector<std::uint32_t> &words, std::string &error);

/// The module as SPIR-V assembly with friendly names, indented, without the header comment
/// (what `fluxc --emit=spirv` prints). An invalid binary gives the disassembler's message,
/// prefixed with "; ".
std::string disassemble(const std::vector<std::uint32_t> &words);

} // namespace flux::spirv
