// Starting one process of a distributed run, the same for `fluxc run` under mpirun and for a
// program embedding a network (flux/flux_mpi.h): check that the processes agree about the
// network, take this process's part, make its engine (docs/distributed.md).
#pragma once

#include "distributed/Distributed.h"

#include <cstdint>
#include <memory>
#include <string>

namespace flux::rt {

/// What a process of a distributed run keeps while it runs.
struct DistributedPart {
  std::unique_ptr<PartitionMap> map;
  NetworkImage image;              // this process's neurons and the synapses onto them
  std::uint64_t wholeSynapses = 0; // the whole network's, for summaries
  std::uint64_t wholeSynapseBytes = 0;
  std::int64_t sliceSteps = 0; // steps between exchanges
};

/// Collective. Checks that every process has the same network (networkHash), takes this
/// process's part of `whole` as `partition` says (the synapses move out of `whole`) into `part`
/// and makes its engine. When any process fails, every process returns null with the same
/// `error`, naming the process.
std::unique_ptr<Simulator> startDistributed(NetworkImage &whole, const Partition &partition,
                                            const RunOptions &options, SpikeExchange &exchange,
                                            DistributedPart &part, std::string &error);

} // namespace flux::rt
