// The LLVM backend: Flux IR -> LLVM IR -> native code, for the JIT of `fluxc run` and for
// object files. Callers see plain data and opaque handles; LLVM stays inside this folder.
#pragma once

#include "flux/flux.h"
#include "ir/Ir.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace flux::llvmgen {

/// The event engine computes in double precision; the step engines in single precision, as
/// the GPU does, so that the CPU step engine and the GPU give identical spike rasters.
enum class Precision : std::uint8_t { Double, Single };

/// One engine's view of a program: its precision and the passes already run for it.
struct EngineProgram {
  const ir::Program *program = nullptr;
  Precision precision = Precision::Double;
};

struct CodegenOptions {
  unsigned optLevel = 3; // 0..3
};

/// `flux_k3_evolve_e`: the symbol of a kernel's function (see runtime/core/KernelAbi.h).
/// Only canonical kernels (ir::canonicalKernels) have code: look up the canonical index.
std::string kernelSymbol(std::uint32_t kernel, const char *function, Precision precision);

/// --emit=llvm (textual LLVM IR, optimised) and --emit=asm (the host's assembly).
std::optional<std::string> emitLlvmText(const std::vector<EngineProgram> &programs,
                                        const CodegenOptions &options, std::string &error);
std::optional<std::string> emitAssembly(const std::vector<EngineProgram> &programs,
                                        const CodegenOptions &options, std::string &error);
/// What an ahead-of-time library holds besides the kernels (runtime/embed/include/flux/flux.h).
struct LibraryContents {
  std::string name;  // C identifier: the library exports `<name>_network` and nothing else
  std::string image; // the network's tables (runtime/embed/ImageBlob.h)
  double dtMs = 0.1; // the dt folded into the step engine's code
  unsigned abiVersion = FLUX_ABI_VERSION; // the runtime refuses a library of another ABI
};

/// A static library (`ar` archive, one object) for `fluxc build`: every kernel of `programs`
/// (internal symbols, so several networks link into one program), the network's tables and
/// the `flux_network <name>_network` that names them. The bytes, or nullopt with `error` set.
std::optional<std::string> emitStaticLibrary(const std::vector<EngineProgram> &programs,
                                             const CodegenOptions &options,
                                             const LibraryContents &contents, std::string &error);

/// Native code in this process, through ORC's LLJIT. Generated code calls nothing of the
/// compiler: only libm and the runtime's callbacks passed in FluxKernelData.
class Jit {
public:
  static std::unique_ptr<Jit> compile(const std::vector<EngineProgram> &programs,
                                      const CodegenOptions &options, std::string &error);
  ~Jit();
  Jit(const Jit &) = delete;
  Jit &operator=(const Jit &) = delete;

  /// The address of a generated function, or null when the program has none of that name.
  void *lookup(const std::string &symbol);
  double compileSeconds() const { return seconds; }

private:
  Jit();
  struct Impl;
  std::unique_ptr<Impl> impl;
  double seconds = 0;
};

} // namespace flux::llvmgen
