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

struct Partition {
  std::uint32_t rank = 0;
  std::uint32_t size = 1;
};

/// Where a population's neurons are: in the whole network and in one process's part.
struct PopulationPart {
  std::uint32_t globalFirst = 0;
  std::uint32_t globalSize = 0;
  std::uint32_t localFirst = 0;
  std::uint32_t localSize = 0;
  bool dealt = true; // false: every process holds all of it (extern channels: no dynamics)
};

/// The index maps between a network and one process's part of it.
class PartitionMap {
public:
  PartitionMap(const NetworkImage &whole, Partition partition);

  Partition partition() const { return part; }
  const PopulationPart &population(std::uint32_t p) const { return pops[p]; }
  std::uint32_t populationCount() const { return static_cast<std::uint32_t>(pops.size()); }
  /// How many of [0, end) of a dealt population this process owns: the local index of the
  /// first owned neuron at or after `end`.
  std::uint32_t ownedBefore(std::uint32_t end) const {
    return end > part.rank ? (end - part.rank + part.size - 1) / part.size : 0;
  }
  bool owns(std::uint32_t p, std::uint32_t i) const {
    return !pops[p].dealt || i % part.size == part.rank;
  }
  /// Index within its population, in the whole network, of local neuron `i` of population p.
  std::uint32_t globalIndex(std::uint32_t p, std::uint32_t i) const {
    return pops[p].dealt ? part.rank + i * part.size : i;
  }
  /// Global neuron index (whole network) of a neuron index of this process's part.
  std::uint32_t globalNeuron(std::uint32_t localNeuron) const;

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
