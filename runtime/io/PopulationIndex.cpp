// Population lookup by neuron index, and the consistency check of a population table.
#include "io/PopulationIndex.h"

#include <algorithm>

namespace flux::rt {

PopulationIndex::PopulationIndex(const std::vector<PopulationInfo> &populations) {
  for (std::size_t i = 0; i < populations.size(); ++i)
    if (populations[i].size != 0)
      ranges.push_back({populations[i].first, populations[i].size, i});
  std::stable_sort(ranges.begin(), ranges.end(),
                   [](const Range &a, const Range &b) { return a.first < b.first; });
}

std::optional<std::size_t> PopulationIndex::find(std::uint32_t neuron) const {
  // The last range starting at or before `neuron` is the only one that can hold it.
  auto after = std::upper_bound(ranges.begin(), ranges.end(), neuron,
                                [](std::uint32_t n, const Range &r) { return n < r.first; });
  if (after == ranges.begin())
    return std::nullopt;
  const Range &range = *(after - 1);
  if (neuron - range.first >= range.size)
    return std::nullopt;
  return range.position;
}

std::optional<std::string> checkPopulations(const std::vector<PopulationInfo> &populations) {
  std::vector<const PopulationInfo *> sorted;
  for (const PopulationInfo &population : populations) {
    if (std::uint64_t{population.first} + population.size > (std::uint64_t{1} << 32))
      return "population '" + population.name + "' runs past neuron index 2^32";
    if (population.size != 0)
      sorted.push_back(&population);
  }
  std::stable_sort(
      sorted.begin(), sorted.end(),
      [](const PopulationInfo *a, const PopulationInfo *b) { return a->first < b->first; });
  for (std::size_t i = 1; i < sorted.size(); ++i)
    if (std::uint64_t{sorted[i - 1]->first} + sorted[i - 1]->size > sorted[i]->first)
      return "populations '" + sorted[i - 1]->name + "' and '" + sorted[i]->name +
             "' share neuron " + std::to_string(sorted[i]->first);
  return std::nullopt;
}

std::uint32_t neuronCountOf(const std::vector<PopulationInfo> &populations) {
  std::uint64_t end = 0;
  for (const PopulationInfo &population : populations)
    if (population.size != 0)
      end = std::max(end, std::uint64_t{population.first} + population.size);
  return static_cast<std::uint32_t>(std::min<std::uint64_t>(end, UINT32_MAX));
}

} // namespace flux::rt
