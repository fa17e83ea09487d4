// The GPU engine: the CPU step engine's semantics (runtime/engine/StepEngine.cpp) run by a
// compute shader the compiler generated for the network (compiler/codegen/glsl), through
// Vulkan. Many steps are recorded into one command buffer; spikes and probes come back per
// batch, and the spike recording is byte-identical to the CPU step engine's (docs/gpu.md).
#pragma once

#include "engine/NetworkImage.h"
#include "engine/Simulator.h"
#include "gpu/GpuLayout.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace flux::rt::gpu {

struct GpuProgram {
  GpuLayout layout;
  std::vector<std::uint32_t> spirv;  // the step shader
  std::vector<std::uint32_t> tables; // what it reads from binding 11: where work lies
  SummedRoute route;                 // for the summed populations' push tables
};

/// Time spent per part of a run, for benchmarks (seconds of wall time).
struct GpuTimings {
  double upload = 0;   // the network's tables and state, once
  double record = 0;   // recording command buffers and the host's input spikes
  double gpu = 0;      // waiting for batches to finish
  double readback = 0; // reading spikes and probes back, sorting, reporting them
  std::uint64_t batches = 0;
};

struct GpuEngineOptions {
  int device = -1; // -1: the first discrete GPU, else any, else lavapipe
};

/// The engine, or nullptr with `error` (no Vulkan device, not enough memory, ...).
std::unique_ptr<Simulator> makeGpuEngine(const NetworkImage &network, const RunOptions &options,
                                         const GpuProgram &program,
                                         const GpuEngineOptions &engineOptions, std::string &error);

/// The device a GPU engine runs on, and its timings so far ("" and zeros for other engines).
std::string gpuDeviceName(const Simulator &simulator);
GpuTimings gpuTimings(const Simulator &simulator);

} // namespace flux::rt::gpu
