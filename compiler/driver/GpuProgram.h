// From an executable's step-engine IR and network image to the GPU engine's program: the
// buffer layout, the generated GLSL step shader, and its SPIR-V (compiled, validated and
// optimised in-process).
#pragma once

#include "driver/Executable.h"
#include "gpu/GpuEngine.h"

#include <optional>
#include <string>

namespace flux::driver {

struct GpuProgramOutput {
  rt::gpu::GpuProgram program;
  std::string glsl;
  double compileSeconds = 0;
};

/// nullopt with `error` when the network needs what the GPU target cannot run, or (an
/// internal error) when the generated shader does not compile or validate.
std::optional<GpuProgramOutput> buildGpuProgram(const Executable &exe,
                                                const rt::RunOptions &options, std::string &error);

} // namespace flux::driver
