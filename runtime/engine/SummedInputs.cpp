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
                                                       const Topology &topology,
                                                       const std::vector<bool> &summed) {
  // Per neuron (global index): how many inputs reach it, and the largest |w| among them.
  std::vector<std::uint64_t> inputs(net.neuronCount, 0);
  std::vector<float> largest(net.neuronCount, 0.0F);
  for (std::uint32_t j = 0; j < net.projections.size(); ++j) {
    const ProjectionImage &proj = net.projections[j];
    if (proj.output)
      continue;
    for (std::uint64_t s = 0; s < proj.synapseCount(); ++s) {
      const std::uint32_t target = topology.targetNeuron(j, proj.column[s]);
      ++inputs[target];
      largest[target] = std::max(largest[target], std::fabs(proj.weightOf(s)));
    }
  }
  std::vector<std::vector<std::int32_t>> exponents(net.populations.size());
  for (std::size_t p = 0; p < net.populations.size(); ++p) {
    if (!summed[p])
      continue;
    exponents[p].assign(net.populations[p].size, 0);
    for (std::size_t i = 0; i < exponents[p].size(); ++i) {
      const std::size_t neuron = net.populations[p].first + i;
      const double bound = static_cast<double>(inputs[neuron]) * largest[neuron];
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
