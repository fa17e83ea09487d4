// Index structures both engines need: which population a neuron is in, which projection rows
// a neuron's spike travels along, where a synapse's target is, and each neuron's incoming
// synapses for `on post` handlers.
#pragma once

#include "engine/NetworkImage.h"

#include <cstdint>
#include <vector>

namespace flux::rt {

/// The part of a projection's source set that lies in one population.
struct OutLink {
  std::uint32_t projection = 0;
  std::uint32_t begin = 0; // local indices in the population
  std::uint32_t end = 0;
  std::uint32_t flatOffset = 0; // flat source index of `begin`
};

/// Incoming synapses of a projection with `on post`, by target (CSC).
struct IncomingSynapses {
  std::vector<std::uint64_t> start;   // per flat target index, + 1
  std::vector<std::uint64_t> synapse; // synapse indices
};

class Topology {
public:
  explicit Topology(const NetworkImage &network);

  std::uint32_t populationOf(std::uint32_t neuron) const { return population[neuron]; }
  /// Calls f(projection, row) for every projection row that a spike of neuron `local` of
  /// `population` travels along.
  template <class F>
  void forEachOutgoingRow(std::uint32_t population, std::uint32_t local, F &&f) const {
    for (const OutLink &link : links[population])
      if (local >= link.begin && local < link.end)
        f(link.projection, link.flatOffset + (local - link.begin));
  }
  /// Global index of a projection's flat target index.
  std::uint32_t targetNeuron(std::uint32_t projection, std::uint32_t flat) const {
    return targets[projection][flat];
  }
  /// The projections with `on post` that reach a population.
  const std::vector<std::uint32_t> &postProjections(std::uint32_t population) const {
    return postLinks[population];
  }
  /// Flat target index of a global neuron in a projection (only for projections in
  /// postProjections of its population).
  std::uint32_t flatTarget(std::uint32_t projection, std::uint32_t neuron) const;

  /// Calls f(projection, synapse) for every synapse with `on post` onto `neuron` (global
  /// index) of population `population`.
  template <class F>
  void forEachPostSynapse(std::uint32_t population, std::uint32_t neuron, F &&f) const {
    for (std::uint32_t j : postLinks[population]) {
      const IncomingSynapses &in = incomingSynapses[j];
      std::uint32_t flat = flatTarget(j, neuron);
      if (flat == ~0u)
        continue;
      for (std::uint64_t k = in.start[flat]; k < in.start[flat + 1]; ++k)
        f(j, in.synapse[k]);
    }
  }

private:
  std::vector<std::uint32_t> population;
  std::vector<std::vector<OutLink>> links;
  std::vector<std::vector<std::uint32_t>> targets;
  std::vector<std::vector<std::uint32_t>> postLinks;
  std::vector<IncomingSynapses> incomingSynapses;
  const NetworkImage &net;
};

} // namespace flux::rt
