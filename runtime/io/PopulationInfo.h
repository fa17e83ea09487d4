// The plain data that recording, statistics and plots share: where each population's neurons lie
// in the global neuron numbering, and one recorded spike.
#pragma once

#include <cstdint>
#include <string>

namespace flux::rt {

/// A population's neurons are the global indices [first, first + size).
struct PopulationInfo {
  std::string name;
  std::uint32_t first = 0;
  std::uint32_t size = 0;
};

/// One spike: when (ms of simulated time) and which neuron (global index).
struct SpikeRecord {
  double timeMs = 0;
  std::uint32_t neuron = 0;

  friend bool operator==(const SpikeRecord &, const SpikeRecord &) = default;
};

} // namespace flux::rt
