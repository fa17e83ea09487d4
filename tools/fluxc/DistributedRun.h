// `mpirun -np N fluxc run ...`: this process's part of a distributed run (docs/distributed.md).
#pragma once

#include "distributed/Distributed.h"

#include <cstdint>
#include <memory>
#include <string>

namespace flux::tool {

struct DistributedRun {
  std::unique_ptr<rt::SpikeExchange> exchange;
  std::unique_ptr<rt::PartitionMap> map;
  rt::NetworkImage part;           // this process's neurons and the synapses onto them
  std::uint64_t wholeSynapses = 0; // the whole network's, for the summary
  std::uint64_t wholeSynapseBytes = 0;
  std::int64_t sliceSteps = 0; // steps between exchanges

  /// Process 0 writes the files and the summary; the others stay silent.
  bool leader() const { return !exchange || exchange->rank() == 0; }
};

/// Joins the MPI job (once per process).
void joinMpiJob(DistributedRun &run);

/// Checks that every process has the same network, takes this process's part of `whole` (and
/// frees the whole network's synapses) as `partition` (elaboration's) says, and makes its
/// engine. Collective; on error every process
/// returns null with the same `error`.
std::unique_ptr<rt::Simulator> startDistributedRun(DistributedRun &run, rt::NetworkImage &whole,
                                                   const rt::Partition &partition,
                                                   const rt::RunOptions &options,
                                                   std::string &error);

} // namespace flux::tool
