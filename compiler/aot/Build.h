// `fluxc build`: a network compiled ahead of time into a static library with a C header for
// that network, a CMake package and a pkg-config file (docs/embedding.md). The library needs
// only the runtime (fluxrt) at run time: no compiler, no LLVM.
#pragma once

#include "elab/Network.h"
#include "support/Diagnostic.h"

#include <string>

namespace flux::aot {

struct BuildOptions {
  std::string outDir;     // receives include/, lib/, lib/cmake/<name>/, lib/pkgconfig/
  std::string name;       // a C identifier: <name>.h, lib<name>.a, <name>_create(), <name>::<name>
  std::string sourceFile; // named in the header's first line
  double dtMs = 0.1;      // the step engine's step, folded into its code
  /// Keep every parameter a per-neuron array, so that the host can change any of them while
  /// running; without it parameters equal across a population become constants in the code.
  bool liveParams = true;
  /// Projections with more synapses than this are stored as their generating rule and
  /// regenerated when the library loads (when a rule alone made them and they have one
  /// weight and one delay); smaller ones, and the others, are stored as data.
  std::uint64_t embedSynapses = 1'000'000;
  /// Also lib<name>.so (the network and the runtime; exports the C API only).
  bool shared = false;
};

/// True when `name` can name the library: a C identifier that is not a C keyword.
bool validLibraryName(const std::string &name);

/// Compiles and writes everything; false when an error was reported (no file is left half
/// written: each is written to a temporary and renamed).
bool buildLibrary(elab::Network &network, const BuildOptions &options, DiagnosticEngine &diags);

} // namespace flux::aot
