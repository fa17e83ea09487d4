// flux/flux_mpi.h: the C API's distributed simulators, over MPI (docs/distributed.md).
#include "flux/flux_mpi.h"

#include "distributed/MpiExchange.h"
#include "distributed/Start.h"
#include "embed/FluxCreate.h"
#include "embed/ImageBlob.h"

#include <mpi.h>

namespace {

/// What a distributed simulator keeps beside its engine.
struct DistributedContext {
  std::unique_ptr<flux::rt::SpikeExchange> exchange;
  flux::rt::DistributedPart part;
};

bool initialisedHere = false;

/// MPI_Comm_rank or MPI_Comm_size of MPI_COMM_WORLD, or `unset` before MPI starts.
std::uint32_t worldQuery(int (*query)(MPI_Comm, int *), int unset) {
  int initialised = 0;
  MPI_Initialized(&initialised);
  int value = unset;
  if (initialised != 0)
    query(MPI_COMM_WORLD, &value);
  return static_cast<std::uint32_t>(value);
}

} // namespace

extern "C" {

flux_status flux_create_distributed(const flux_network *network, const flux_options *options,
                                    flux_partition partition, flux_sim **out) {
  return flux::rt::createSimulator(
      "flux_create_distributed", network, options, out, false,
      [&](flux::rt::NetworkImage &image, const flux_options &opts, const flux::rt::RunOptions &run,
          std::string &error, flux_status &status) {
        flux::rt::MadeEngine made;
        if (opts.engine != FLUX_ENGINE_STEP) {
          error = "a distributed simulator runs the step engine: set flux_options.engine to "
                  "FLUX_ENGINE_STEP";
          status = FLUX_ERROR_UNSUPPORTED;
          return made;
        }
        if (partition != FLUX_PARTITION_ROUND_ROBIN && partition != FLUX_PARTITION_BY_POPULATION) {
          error = "unknown partition " + std::to_string(static_cast<int>(partition));
          status = FLUX_ERROR_ARGUMENT;
          return made;
        }
        int wasInitialised = 0;
        MPI_Initialized(&wasInitialised);
        auto context = std::make_shared<DistributedContext>();
        context->exchange = flux::rt::openMpiExchange();
        initialisedHere = initialisedHere || wasInitialised == 0;
        const flux::rt::Partition part{context->exchange->rank(), context->exchange->size(),
                                       partition == FLUX_PARTITION_BY_POPULATION
                                           ? flux::rt::PartitionMode::ByPopulation
                                           : flux::rt::PartitionMode::RoundRobin};
        // Every process regenerates (or fails to) alike: no process is left waiting.
        if (!flux::rt::regenerateConnectivityOnto(image, part, error))
          return made;
        made.engine =
            flux::rt::startDistributed(image, part, run, *context->exchange, context->part, error);
        made.image = &context->part.image;
        made.keep = context;
        made.distributed = true;
        return made;
      });
}

uint32_t flux_process_rank(void) {
  return worldQuery(MPI_Comm_rank, 0);
}

uint32_t flux_process_count(void) {
  return worldQuery(MPI_Comm_size, 1);
}

void flux_finish_distributed(void) {
  if (initialisedHere)
    flux::rt::finishMpi();
}

} // extern "C"
