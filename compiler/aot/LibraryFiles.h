// The text files of an ahead-of-time build: the C header for one network, its CMake package
// configuration and its pkg-config file.
#pragma once

#include "engine/NetworkImage.h"

#include <string>

namespace flux::aot {

/// `<name>.h`: the typed API of this network over <flux/flux.h>: `<name>_create()`, and
/// constants for its extern inputs and outputs, `extern fn`s, projections, and the state
/// variables and parameters of every population.
std::string generateHeader(const rt::NetworkImage &image, const std::string &name,
                           const std::string &sourceFile);

/// `lib/cmake/<name>/<name>Config.cmake`: `find_package(<name>)` gives `<name>::<name>`.
std::string generateCMakeConfig(const std::string &name);

/// `lib/pkgconfig/<name>.pc`, with the prefix the build was written to.
std::string generatePkgConfig(const std::string &name, const std::string &prefix);

} // namespace flux::aot
