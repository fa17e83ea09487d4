/* Distributed simulators: one network run by every process of an MPI job, spike for spike the
 * single-process step engine's (docs/distributed.md, docs/embedding.md). Link fluxrt::fluxrt_mpi
 * (CMake) and start the program with mpirun; every process makes the same calls in the same
 * order (create, run, inject, set), since running and creating are collective. */
#ifndef FLUX_FLUX_MPI_H
#define FLUX_FLUX_MPI_H

#include "flux/flux.h"

#ifdef __cplusplus
extern "C" {
#endif

/* NOLINTBEGIN(readability-identifier-naming, modernize-use-using) */

typedef enum flux_partition {
  FLUX_PARTITION_ROUND_ROBIN = 0,  /* neuron i of every population to process i mod N */
  FLUX_PARTITION_BY_POPULATION = 1 /* population p whole to process p mod N */
} flux_partition;

/** Creates this process's part of a simulator shared by every process of MPI_COMM_WORLD
 *  (initialising MPI if the program has not). options->engine must be FLUX_ENGINE_STEP. Each
 *  process makes only the synapses onto its own neurons. Outputs, counters and
 *  flux_input_spike work on every process alike; flux_get reads NaN for another process's
 *  neuron and flux_set changes the neurons each process owns; weights, projection sizes and
 *  checkpoints answer FLUX_ERROR_UNSUPPORTED. On failure every process gets the same error. */
flux_status flux_create_distributed(const flux_network *network, const flux_options *options,
                                    flux_partition partition, flux_sim **out);

/** This process's rank and the number of processes (after flux_create_distributed). */
uint32_t flux_process_rank(void);
uint32_t flux_process_count(void);

/** MPI_Finalize, if flux_create_distributed initialised MPI: call it once, at the end. */
void flux_finish_distributed(void);

/* NOLINTEND(readability-identifier-naming, modernize-use-using) */

#ifdef __cplusplus
}
#endif

#endif
