// Finds the population that holds a global neuron index, for writers and plots that label each
// spike: a binary search over the populations sorted by their first neuron.
#pragma once

#include "io/PopulationInfo.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace flux::rt {

class PopulationIndex {
public:
  /// Populations in any order; they must not overlap (see checkPopulations).
  explicit PopulationIndex(const std::vector<PopulationInfo> &populations);

  /// The position in the constructor's vector of the population holding `neuron`, or nullopt
  /// when no population does.
  [[nodiscard]] std::optional<std::size_t> find(std::uint32_t neuron) const;

private:
  struct Range {
    std::uint32_t first;
    std::uint32_t size;
    std::size_t position;
  };
  std::vector<Range> ranges; // sorted by first, empty populations left out
};

/// An error message when two populations share a neuron or one runs past 2^32 neurons.
std::optional<std::string> checkPopulations(const std::vector<PopulationInfo> &populations);

/// One past the highest neuron index any population holds.
std::uint32_t neuronCountOf(const std::vector<PopulationInfo> &populations);

} // namespace flux::rt
