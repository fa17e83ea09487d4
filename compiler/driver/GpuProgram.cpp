#include "driver/GpuProgram.h"

#include "codegen/glsl/StepShader.h"
#include "codegen/spirv/Spirv.h"
#include "ir/Accumulate.h"

#include <chrono>
#include <memory>

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
  // The summed populations' routes, evaluated on the host for the push tables.
  auto routes = std::make_shared<std::vector<std::optional<ir::Accumulation>>>();
  for (std::size_t p = 0; p < exe.image.populations.size(); ++p) {
    const auto &pop = exe.image.populations[p];
    routes->push_back(out.program.layout.populations[p].summed
                          ? ir::accumulation(exe.stepProgram.kernels[pop.stepKernel])
                          : std::nullopt);
  }
  out.program.route = [routes](std::uint32_t p, std::int32_t kind, float w) -> std::int32_t {
    const auto &summed = (*routes)[p];
    if (!summed || kind < 0 || kind > 1)
      return -1;
    return ir::evaluateRoute(summed->route[kind], w);
  };
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
