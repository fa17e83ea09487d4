// Reading a spike file that SpikeWriter wrote, .csv or .fspk, for tests and tools (plots,
// comparisons between engines).
#pragma once

#include "io/PopulationInfo.h"

#include <optional>
#include <string>
#include <vector>

namespace flux::rt {

/// The spikes of `path` in the order they were written (format from the extension); nullopt and
/// a message naming the file (and the line, for CSV) when it is unreadable, truncated or corrupt.
/// A .fspk file whose run never called finish() reads as far as its last whole record.
std::optional<std::vector<SpikeRecord>> readSpikeFile(const std::string &path, std::string &error);

} // namespace flux::rt
