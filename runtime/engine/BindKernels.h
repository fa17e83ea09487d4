// Kernel functions by name: the JIT and an ahead-of-time library both hold functions named
// flux_k<kernel>_<function>_<e|s> (core/KernelAbi.h); the image records which kernel each
// population and projection runs, and this fills in the addresses.
#pragma once

#include "engine/NetworkImage.h"

#include <cstdint>
#include <functional>
#include <string>

namespace flux::rt {

/// `flux_k3_evolve_e`: kernel 3's `evolve` for the event engine (`_s`: the step engines).
std::string kernelSymbolName(std::uint32_t kernel, const char *function, bool eventEngine);

/// The address of a generated function, or null when there is none of that name (a kernel
/// has only the functions its model needs: no `grid` without `checked every`, ...).
using SymbolLookup = std::function<void *(const std::string &)>;

/// Fills the function pointers of every population and projection from their kernel indices.
/// Returns false, naming the symbol in `missing`, when a function every kernel has is absent
/// (the library and the image do not belong together).
bool bindKernels(NetworkImage &image, const SymbolLookup &lookup, std::string &missing);

} // namespace flux::rt
