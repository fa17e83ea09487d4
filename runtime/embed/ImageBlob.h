// A NetworkImage as bytes, for ahead-of-time builds: `fluxc build` stores the network's tables
// in the generated library, and the library's loader turns them back into an image whose
// kernel pointers it then binds (engine/BindKernels.h). Function pointers and the host
// callback are not part of the bytes.
#pragma once

#include "distributed/Partition.h"
#include "engine/NetworkImage.h"

#include <optional>
#include <string>
#include <string_view>

namespace flux::rt {

/// The bytes of `image` (host byte order: the library holding them is built for the host).
std::string serializeImage(const NetworkImage &image);

/// The image the bytes hold, or nullopt with `error` set when they are truncated or were
/// written by another version of Flux.
std::optional<NetworkImage> deserializeImage(std::string_view bytes, std::string &error);

/// Runs the recipe of every projection whose synapses the library left out (`regenerate`),
/// filling its rows; false with `error` when a rule fails or makes another number of synapses
/// than at build time.
bool regenerateConnectivity(NetworkImage &image, std::string &error);
/// The same for one process of a distributed run: only the synapses onto its own neurons (the
/// count each library records is the whole projection's, so it is not checked).
bool regenerateConnectivityOnto(NetworkImage &image, const Partition &partition,
                                std::string &error);

} // namespace flux::rt
