// The GPU engine's step shader: one compute invocation per neuron and step, generated for one
// network from the step engine's Flux IR (dt folded, like the CPU step engine's code) and the
// buffer layout of runtime/gpu/GpuLayout.h. docs/gpu.md describes what it computes.
#pragma once

#include "engine/NetworkImage.h"
#include "engine/Simulator.h"
#include "gpu/GpuLayout.h"
#include "ir/Ir.h"

#include <optional>
#include <string>
#include <vector>

namespace flux::glsl {

/// GLSL source of the step shader, or nullopt with `error` saying which model computes what
/// the GPU cannot reproduce bit for bit. `tables` receives the dispatch tables the shader reads
/// from binding 11 (rt::gpu::GpuProgram::tables).
std::optional<std::string>
generateStepShader(const ir::Program &stepProgram, const rt::NetworkImage &image,
                   const rt::gpu::GpuLayout &layout, const std::vector<rt::Probe> &probes,
                   std::vector<std::uint32_t> &tables, std::string &error);

} // namespace flux::glsl
