// `fluxc build --shared`: lib<name>.so beside lib<name>.a, holding the network and the whole
// runtime, exporting only the C API (flux_*) and <name>_network. Linked by the system's C
// compiler driver (cc, or $CC), which the Debian set-up installs.
#pragma once

#include <optional>
#include <string>

namespace flux::aot {

/// The runtime library to link into shared libraries: the installed one beside an installed
/// fluxc (bin/../lib/libfluxrt.a), else the one of the build tree fluxc comes from.
std::optional<std::string> findRuntimeArchive();

/// Links `archive` (the network's static library) and `runtime` into the shared library
/// `output` (written to a temporary and renamed). Returns an error message, or nullopt.
std::optional<std::string> linkSharedLibrary(const std::string &archive, const std::string &runtime,
                                             const std::string &name, const std::string &output);

} // namespace flux::aot
