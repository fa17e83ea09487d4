// From an elaborated network to something the runtime can run: the IR for both engines, their
// native code through the JIT, and the network image (tables plus kernel addresses).
#pragma once

#include "codegen/llvm/Codegen.h"
#include "elab/Network.h"
#include "engine/NetworkImage.h"
#include "engine/Simulator.h"
#include "ir/Ir.h"
#include "support/Diagnostic.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace flux::driver {

struct ExecutableOptions {
  double dtMs = 0.1;               // the step engine's step, folded into its code
  std::vector<std::string> probes; // `Osc.a.level`: kept alive by dead state elimination
  /// (population, parameter) pairs that the run changes (`--inject`): kept as per-neuron
  /// arrays instead of folded constants.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> variableParams;
  /// (population, state) pairs that the run sets: kept alive like probed state.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> keptStates;
  FluxHostCall hostCall = nullptr; // answers `extern fn` calls
  void *host = nullptr;
  bool eventEngine = true; // which engines' code to compile
  bool stepEngine = true;
  /// Compile through the JIT and fill the image's function pointers; without it the image
  /// names its kernels only (an ahead-of-time build compiles them into a library).
  bool compileNative = true;

  /// Keeps every state variable of every population alive and, with `parameters`, every
  /// parameter a per-neuron array: for hosts that read and change anything while running.
  void keepEverything(const elab::Network &network, bool parameters);
};

struct Executable {
  ir::Program eventProgram;
  ir::Program stepProgram;
  std::unique_ptr<llvmgen::Jit> jit;
  rt::NetworkImage image;
  std::vector<rt::Probe> probes;
  double jitSeconds = 0;
  bool eventEngine = true;
  bool stepEngine = true;

  /// The programs to generate code for, one per engine asked for.
  std::vector<llvmgen::EngineProgram> enginePrograms() const;
};

/// Compiles `network` for running. The projections' connectivity, weights and delays move into
/// the image (the network keeps its populations and names). nullopt iff an error was reported.
std::unique_ptr<Executable> makeExecutable(elab::Network &network, const ExecutableOptions &options,
                                           DiagnosticEngine &diags);

} // namespace flux::driver
