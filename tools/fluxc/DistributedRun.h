// `mpirun -np N fluxc run ...`: this process's part of a distributed run (docs/distributed.md).
#pragma once

#include "distributed/Start.h"

#include <memory>

namespace flux::tool {

struct DistributedRun {
  std::unique_ptr<rt::SpikeExchange> exchange;
  rt::DistributedPart part;

  /// Process 0 writes the files and the summary; the others stay silent.
  bool leader() const { return !exchange || exchange->rank() == 0; }
};

/// Joins the MPI job (once per process).
void joinMpiJob(DistributedRun &run);

} // namespace flux::tool
