/* A distributed simulator through the C API (flux/flux_mpi.h): the same program run alone and
 * under mpirun with 2 and 3 processes prints the same lines (run.sh compares them): the spike
 * and synaptic-event counters of the whole network, the spikes of its extern output, a state
 * read on the process that owns the neuron, after a value set on every process, and a weight
 * call refused. Uses `regen`, whose large projections are regenerated at load time: here only
 * the columns of each process's own neurons. */
#include <flux/flux_mpi.h>
#include <regen.h>

#include <math.h>
#include <stdio.h>

static int check(flux_status status, flux_sim *sim, const char *what) {
  if (status == FLUX_OK)
    return 0;
  fprintf(stderr, "FAIL: %s: %s\n", what, flux_error(sim));
  return 1;
}

int main(void) {
  flux_options options;
  flux_options_init(&options);
  options.engine = FLUX_ENGINE_STEP;
  flux_sim *sim = NULL;
  if (check(flux_create_distributed(&regen_network, &options, FLUX_PARTITION_ROUND_ROBIN, &sim),
            NULL, "flux_create_distributed"))
    return 1;
  const int leader = flux_process_rank() == 0;
  /* Every process sets the same value: each applies it to the neurons it owns. */
  flux_var v = {0, 0, 0};
  if (check(flux_set(sim, v, 7, -52.0), sim, "flux_set"))
    return 1;
  if (check(flux_run_for(sim, 200), sim, "flux_run_for"))
    return 1;
  uint64_t spikes = 0, events = 0;
  flux_counters(sim, &spikes, &events);
  flux_spike out[4096];
  size_t count = 0;
  if (check(flux_output_spikes(sim, 0, out, 4096, &count), sim, "flux_output_spikes"))
    return 1;
  /* Neuron 7's state lives on one process: the others read NaN. */
  double value = 0;
  flux_get(sim, v, 7, &value);
  const int owner = !isnan(value);
  double weight = 0;
  const flux_status refused = flux_get_weight(sim, 0, 0, &weight);
  if (leader) {
    printf("spikes %llu, synaptic events %llu, output spikes %zu\n", (unsigned long long)spikes,
           (unsigned long long)events, count);
    for (size_t k = 0; k < count && k < 20; ++k)
      printf("output %g %u\n", out[k].time_ms, out[k].channel);
    if (flux_process_count() > 1)
      printf("weight call: %s\n", refused == FLUX_OK ? "ok" : flux_error(sim));
  }
  if (owner)
    printf("neuron 7: v = %.6f (read on its process)\n", value);
  flux_destroy(sim);
  flux_finish_distributed();
  return 0;
}
