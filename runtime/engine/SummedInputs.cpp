#include "engine/SummedInputs.h"

#include <algorithm>
#include <cmath>

namespace flux::rt {

std::vector<bool> summedPopulations(const NetworkImage &net) {
  std::vector<bool> summed(net.populations.size(), false);
  for (std::size_t p = 0; p < net.populations.size(); ++p) {
    const auto &pop = net.populations[p];
    summed[p] = pop.kind == PopulationKind::Neurons && pop.summedAccumulators > 0;
  }
  for (const auto &proj : net.projections) {
    if (proj.output)
      continue;
    bool summable = !proj.model && proj.deliverAs != InputKind::Electric;
    if (!summable)
      for (const auto &range : proj.targets)
        summed[range.population] = false;
  }
  return summed;
}

std::vector<std::vector<std::int32_t>> summedExponents(const NetworkImage &net,
                                                       const std::vector<bool> &summed) {
  // Per neuron: how many inputs reach it, and the largest |w| among them.
  std::vector<std::vector<std::uint64_t>> inputs(net.populations.size());
  std::vector<std::vector<float>> largest(net.populations.size());
  for (std::size_t p = 0; p < net.populations.size(); ++p)
    if (summed[p]) {
      inputs[p].assign(net.populations[p].size, 0);
      largest[p].assign(net.populations[p].size, 0.0F);
    }
  for (const auto &proj : net.projections) {
    if (proj.output)
      continue;
    std::uint32_t flatBegin = 0;
    for (const auto &range : proj.targets) {
      const std::uint32_t flatEnd = flatBegin + (range.end - range.begin);
      if (summed[range.population]) {
        auto &n = inputs[range.population];
        auto &m = largest[range.population];
        for (std::uint64_t s = 0; s < proj.column.size(); ++s) {
          const std::uint32_t flat = proj.column[s];
          if (flat < flatBegin || flat >= flatEnd)
            continue;
          const std::uint32_t local = range.begin + (flat - flatBegin);
          const float w = proj.weights.empty() ? static_cast<float>(proj.weight) : proj.weights[s];
          ++n[local];
          m[local] = std::max(m[local], std::fabs(w));
        }
      }
      flatBegin = flatEnd;
    }
  }
  std::vector<std::vector<std::int32_t>> exponents(net.populations.size());
  for (std::size_t p = 0; p < net.populations.size(); ++p) {
    if (!summed[p])
      continue;
    exponents[p].assign(net.populations[p].size, 0);
    for (std::size_t i = 0; i < exponents[p].size(); ++i) {
      const double bound = static_cast<double>(inputs[p][i]) * largest[p][i];
      if (!(bound > 0) || !std::isfinite(bound))
        continue;
      int e = 0;
      std::frexp(bound, &e); // bound < 2^e
      exponents[p][i] = std::clamp(52 - e, -100, 100);
    }
  }
  return exponents;
}

} // namespace flux::rt
