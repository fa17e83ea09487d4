// A bounded, evenly spaced sample of a stream of spikes, for plots of runs too big to keep
// every spike: it keeps every k-th spike and doubles k (dropping every other kept one) each
// time the sample fills up, so it holds between `capacity` and 2 x `capacity` spikes once that
// many have gone by, spread evenly over the whole run, and the same on every run.
#pragma once

#include "io/PopulationInfo.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace flux::rt {

class SpikeSample {
public:
  /// A capacity of 0 is taken as 1.
  explicit SpikeSample(std::size_t capacity);

  void add(double timeMs, std::uint32_t neuron) {
    if (seen++ % every != 0)
      return;
    kept.push_back({timeMs, neuron});
    if (kept.size() >= 2 * capacity)
      halve();
  }

  /// The kept spikes, in the order they came: the spikes whose position in the stream is a
  /// multiple of stride().
  [[nodiscard]] std::span<const SpikeRecord> spikes() const { return kept; }
  /// Every spike that went by, kept or not.
  [[nodiscard]] std::uint64_t seenCount() const { return seen; }
  [[nodiscard]] std::uint64_t stride() const { return every; }

private:
  void halve();

  std::size_t capacity;
  std::uint64_t seen = 0;
  std::uint64_t every = 1; // the stride
  std::vector<SpikeRecord> kept;
};

} // namespace flux::rt
