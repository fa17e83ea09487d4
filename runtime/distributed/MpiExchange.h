// The SpikeExchange of a run under mpirun: MPI_Allgather of each process's count, flags and
// work counter, then MPI_Allgatherv of the spikes (docs/distributed.md). Open MPI ends the whole
// job when a process dies, so no process waits forever for a dead one.
#pragma once

#include "distributed/SpikeExchange.h"

#include <memory>

namespace flux::rt {

/// Initialises MPI (once per process) and returns the exchange over MPI_COMM_WORLD.
std::unique_ptr<SpikeExchange> openMpiExchange();
/// Ends every process of the job with `code`: for an error found by one process alone, which
/// the others would otherwise wait on.
[[noreturn]] void abortMpiJob(int code);
/// MPI_Finalize, when MPI was initialised.
void finishMpi();

} // namespace flux::rt
