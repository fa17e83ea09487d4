#include "engine/Topology.h"

namespace flux::rt {

Topology::Topology(const NetworkImage &network)
    : population(network.neuronCount), links(network.populations.size()),
      targets(network.projections.size()), postLinks(network.populations.size()),
      incomingSynapses(network.projections.size()), net(network) {
  for (std::uint32_t p = 0; p < network.populations.size(); ++p) {
    const auto &pop = network.populations[p];
    for (std::uint32_t i = 0; i < pop.size; ++i)
      population[pop.first + i] = p;
  }
  for (std::uint32_t j = 0; j < network.projections.size(); ++j) {
    const auto &proj = network.projections[j];
    std::uint32_t flat = 0;
    for (const auto &r : proj.sources) {
      links[r.population].push_back({j, r.begin, r.end, flat});
      flat += r.end - r.begin;
    }
    for (const auto &r : proj.targets) {
      const auto &pop = network.populations[r.population];
      for (std::uint32_t i = r.begin; i < r.end; ++i)
        targets[j].push_back(pop.first + i);
    }
    if (!proj.model || (!proj.event.post && !proj.step.post))
      continue;
    // `on post` runs on every synapse into a neuron that fires: index them by target.
    for (const auto &r : proj.targets)
      postLinks[r.population].push_back(j);
    IncomingSynapses &in = incomingSynapses[j];
    std::vector<std::uint64_t> count(targets[j].size() + 1, 0);
    for (std::uint32_t c : proj.column)
      ++count[c + 1];
    for (std::size_t t = 1; t < count.size(); ++t)
      count[t] += count[t - 1];
    in.start = count;
    in.synapse.resize(proj.column.size());
    std::vector<std::uint64_t> fill(count.begin(), count.end() - 1);
    for (std::uint64_t s = 0; s < proj.column.size(); ++s)
      in.synapse[fill[proj.column[s]]++] = s;
  }
}

std::uint32_t Topology::flatTarget(std::uint32_t projection, std::uint32_t neuron) const {
  std::uint32_t flat = 0;
  for (const auto &r : net.projections[projection].targets) {
    const auto &pop = net.populations[r.population];
    if (neuron >= pop.first + r.begin && neuron < pop.first + r.end)
      return flat + (neuron - pop.first - r.begin);
    flat += r.end - r.begin;
  }
  return ~0u;
}

} // namespace flux::rt
