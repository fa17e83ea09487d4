// Which process owns which neuron in a distributed run, and the part of a network that one
// process runs. Neurons and input sources are dealt round-robin within each population:
// neuron i of a population belongs to process i mod N, where it is local neuron i div N. A
// process keeps only the synapses whose target it owns (docs/distributed.md).
#pragma once

#include "engine/NetworkImage.h"

#include <cstdint>
#include <string>
#include <vector>

namespace flux::rt {

/// How neurons are given to processes (docs/distributed.md).
enum class PartitionMode : std::uint8_t {
  RoundRobin,   // neuron i of every population to process i mod N (the default)
  ByPopulation, // population p whole to process p mod N
};

struct Partition {
  std::uint32_t rank = 0;
  std::uint32_t size = 1;
  PartitionMode mode = PartitionMode::RoundRobin;
};

/// Whether process `part.rank` owns neuron `i` of population `p` (the p-th population of the
/// network, sources included). Extern channels, which have no dynamics, belong to every process
/// (`dealt` false). Elaboration and the runtime both ask this, so they agree.
inline bool ownsNeuron(const Partition &part, std::uint32_t p, std::uint32_t i, bool dealt) {
  if (!dealt || part.size <= 1)
    return true;
  return (part.mode == PartitionMode::RoundRobin ? i : p) % part.size == part.rank;
}

/// The flat indices (in the order of `ranges`: population, begin, end) of the neurons that
/// process `part.rank` owns; dealt(population) says whether a population is dealt at all.
/// Elaboration and the loading of a library ask this of a projection's targets.
template <class Ranges, class Dealt>
std::vector<std::uint32_t> ownedFlatIndices(const Partition &part, const Ranges &ranges,
                                            Dealt dealt) {
  std::vector<std::uint32_t> owned;
  std::uint32_t flat = 0;
  for (const auto &r : ranges) {
    const bool isDealt = dealt(r.population);
    for (std::uint32_t i = r.begin; i < r.end; ++i, ++flat)
      if (ownsNeuron(part, r.population, i, isDealt))
        owned.push_back(flat);
  }
  return owned;
}

/// How much of a population one process holds.
enum class Share : std::uint8_t { Whole, Dealt, None };

/// Where a population's neurons are: in the whole network and in one process's part.
struct PopulationPart {
  std::uint32_t globalFirst = 0;
  std::uint32_t globalSize = 0;
  std::uint32_t localFirst = 0;
  std::uint32_t localSize = 0;
  Share share = Share::Whole;
};

/// The index maps between a network and one process's part of it.
class PartitionMap {
public:
  PartitionMap(const NetworkImage &whole, Partition partition);

  Partition partition() const { return part; }
  const PopulationPart &population(std::uint32_t p) const { return pops[p]; }
  std::uint32_t populationCount() const { return static_cast<std::uint32_t>(pops.size()); }
  bool owns(std::uint32_t p, std::uint32_t i) const {
    return pops[p].share == Share::Whole ||
           (pops[p].share == Share::Dealt && i % part.size == part.rank);
  }
  /// How many of neurons [0, end) of population p this process owns: the local index of the
  /// first owned neuron at or after `end`.
  std::uint32_t ownedBefore(std::uint32_t p, std::uint32_t end) const {
    switch (pops[p].share) {
    case Share::Whole:
      return end;
    case Share::None:
      return 0;
    case Share::Dealt:
      break;
    }
    return end > part.rank ? (end - part.rank + part.size - 1) / part.size : 0;
  }
  /// Local index of owned neuron `i` of population p.
  std::uint32_t localIndex(std::uint32_t p, std::uint32_t i) const {
    return pops[p].share == Share::Dealt ? i / part.size : i;
  }
  /// Index within its population, in the whole network, of local neuron `i` of population p.
  std::uint32_t globalIndex(std::uint32_t p, std::uint32_t i) const {
    return pops[p].share == Share::Dealt ? part.rank + i * part.size : i;
  }
  /// Global neuron index (whole network) of a neuron index of this process's part.
  std::uint32_t globalNeuron(std::uint32_t localNeuron) const;
  /// The population of a neuron of the whole network.
  std::uint32_t populationOfGlobal(std::uint32_t neuron) const {
    // Few populations: a linear search.
    std::uint32_t p = 0;
    while (p + 1 < pops.size() && neuron >= pops[p + 1].globalFirst)
      ++p;
    return p;
  }

private:
  Partition part;
  std::vector<PopulationPart> pops;
};

/// This process's part of `whole`: its neurons (per-neuron parameters, initial states and
/// rates sliced alike) and the synapses onto them. Projections keep their rows over the
/// whole source set (a spike from any process travels along its row), with the targets
/// renumbered to local indices. Spike trains keep the whole file; the engine takes the
/// channels it owns. The synapses move out of `whole` (its populations stay as they were).
NetworkImage partitionImage(NetworkImage &whole, const PartitionMap &map);

/// A 64-bit fingerprint of what every process of a distributed run elaborates alike (the
/// populations with their parameters and initial states, the projections' sources, targets and
/// settings, the seed), not of the synapses, which each process makes for its own neurons only:
/// processes that disagree cannot run together.
std::uint64_t networkHash(const NetworkImage &net);

} // namespace flux::rt
