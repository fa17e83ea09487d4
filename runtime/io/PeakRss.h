// The process's peak resident memory, for the run summary.
#pragma once

#include <cstdint>

namespace flux::rt {

/// The largest resident set size the process has had so far, in bytes (getrusage); 0 when the
/// system does not say.
std::uint64_t peakRssBytes();

} // namespace flux::rt
