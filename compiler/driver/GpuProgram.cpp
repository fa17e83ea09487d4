#include "driver/GpuProgram.h"

#include "codegen/glsl/StepShader.h"
#include "codegen/spirv/Spirv.h"

#include <chrono>

namespace flux::driver {

std::optional<GpuProgramOutput> buildGpuProgram(const Executable &exe,
                                                const rt::RunOptions &options, std::string &error) {
  const auto start = std::chrono::steady_clock::now();
  auto layout = rt::gpu::computeLayout(exe.image, options, error);
  if (!layout)
    return std::nullopt;
  std::vector<std::uint32_t> tables;
  auto glsl =
      glsl::generateStepShader(exe.stepProgram, exe.image, *layout, options.probes, tables, error);
  if (!glsl) {
    error = "cannot run this network on the GPU: " + error;
    return std::nullopt;
  }
  GpuProgramOutput out;
  out.program.layout = std::move(*layout);
  out.glsl = std::move(*glsl);
  out.program.tables = std::move(tables);
  // The optimiser must keep every NoContraction; validating after it checks its output too.
  if (!spirv::compileCompute(out.glsl, out.program.spirv, error) ||
      !spirv::validate(out.program.spirv, error) || !spirv::optimize(out.program.spirv, error) ||
      !spirv::validate(out.program.spirv, error))
    return std::nullopt;
  out.compileSeconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return out;
}

} // namespace flux::driver
