/* Per-call overhead of the generated API: flux_step on a 10-neuron network with no activity,
 * 1M times (or argv[1] times), on both CPU engines; prints ns per step. See README.md. */
#include <quiet.h>

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now_s(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int measure(flux_engine engine, const char *name, long steps) {
  flux_options options;
  flux_options_init(&options);
  options.engine = engine;
  flux_sim *sim = NULL;
  if (quiet_create(&options, &sim) != FLUX_OK) {
    fprintf(stderr, "step_overhead: %s\n", flux_error(NULL));
    return 1;
  }
  double start = now_s();
  for (long k = 0; k < steps; ++k)
    if (flux_step(sim) != FLUX_OK) {
      fprintf(stderr, "step_overhead: %s\n", flux_error(sim));
      return 1;
    }
  double seconds = now_s() - start;
  printf("%-6s engine: %ld steps of 0.1 ms in %.3f s: %.1f ns per flux_step (t = %.1f ms)\n",
         name, steps, seconds, seconds * 1e9 / (double)steps, flux_time_ms(sim));
  flux_destroy(sim);
  return 0;
}

int main(int argc, char **argv) {
  long steps = argc > 1 ? atol(argv[1]) : 1000000;
  if (steps <= 0)
    steps = 1000000;
  return measure(FLUX_ENGINE_EVENT, "event", steps) | measure(FLUX_ENGINE_STEP, "step", steps);
}
