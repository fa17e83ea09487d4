/* The same network from two libraries: `regen` stores its large projections as their rules
 * (regenerated when the library loads), `regendata` stores every synapse. Both must have the
 * same synapses and run alike, spike for spike counted. */
#include <regen.h>
#include <regendata.h>

#include <stdio.h>

static int run(flux_status (*create)(const flux_options *, flux_sim **), const char *name,
               uint64_t *spikes, uint64_t *events, uint64_t *synapses) {
  flux_sim *sim = NULL;
  if (create(NULL, &sim) != FLUX_OK) {
    printf("FAIL: %s: %s\n", name, flux_error(NULL));
    return 1;
  }
  flux_projection_size(sim, 0, synapses);
  if (flux_run_for(sim, 300) != FLUX_OK) {
    printf("FAIL: %s: %s\n", name, flux_error(sim));
    return 1;
  }
  flux_counters(sim, spikes, events);
  flux_destroy(sim);
  return 0;
}

int main(void) {
  uint64_t s1 = 0, e1 = 0, n1 = 0, s2 = 0, e2 = 0, n2 = 0;
  if (run(regen_create, "regen", &s1, &e1, &n1) || run(regendata_create, "regendata", &s2, &e2, &n2))
    return 1;
  printf("regenerated: %llu synapses, %llu spikes, %llu synaptic events in 300 ms\n",
         (unsigned long long)n1, (unsigned long long)s1, (unsigned long long)e1);
  printf("stored:      %llu synapses, %llu spikes, %llu synaptic events in 300 ms\n",
         (unsigned long long)n2, (unsigned long long)s2, (unsigned long long)e2);
  if (n1 != n2 || s1 != s2 || e1 != e2 || s1 == 0) {
    printf("FAIL: the regenerated network differs\n");
    return 1;
  }
  printf("ok: the regenerated network is the stored one\n");
  return 0;
}
