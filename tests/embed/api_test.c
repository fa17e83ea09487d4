/* The C API of generated libraries, from a C program built against an installed Flux: two
 * networks in one program (their symbols do not clash), misuse answered with errors, live
 * changes seen at once, host callbacks. Run by run.sh; prints "ok: ..." lines, exits 1 on the
 * first failure. */
#include <conditioning.h>
#include <cpg.h>
#include <quiet.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int failures = 0;

#define EXPECT(cond, what)                                                                     \
  do {                                                                                         \
    if (cond)                                                                                  \
      printf("ok: %s\n", what);                                                                \
    else {                                                                                     \
      printf("FAIL: %s (line %d)\n", what, __LINE__);                                          \
      ++failures;                                                                              \
    }                                                                                          \
  } while (0)

static flux_sim *make(flux_engine engine) {
  flux_options options;
  flux_options_init(&options);
  options.engine = engine;
  flux_sim *sim = NULL;
  if (cpg_create(&options, &sim) != FLUX_OK) {
    printf("FAIL: cpg_create: %s\n", flux_error(NULL));
    exit(1);
  }
  return sim;
}

/* Spikes of gait channel `channel` over the next `ms`. */
static unsigned gait_spikes(flux_sim *sim, double ms, uint32_t channel) {
  uint32_t counts[CPG_OUTPUT_GAIT_SIZE];
  flux_output_counts(sim, CPG_OUTPUT_GAIT, counts, CPG_OUTPUT_GAIT_SIZE); /* clear */
  flux_run_for(sim, ms);
  flux_output_counts(sim, CPG_OUTPUT_GAIT, counts, CPG_OUTPUT_GAIT_SIZE);
  return counts[channel];
}

static void misuse(void) {
  flux_sim *sim = NULL;
  EXPECT(flux_create(NULL, NULL, &sim) == FLUX_ERROR_ARGUMENT && sim == NULL &&
             strlen(flux_error(NULL)) > 0,
         "a NULL network is an argument error with a message");
  flux_options bad;
  flux_options_init(&bad);
  bad.struct_size = 3;
  EXPECT(cpg_create(&bad, &sim) == FLUX_ERROR_ARGUMENT, "an uninitialised options struct");
  flux_options_init(&bad);
  bad.engine = FLUX_ENGINE_STEP;
  bad.dt_ms = 0.25;
  EXPECT(cpg_create(&bad, &sim) == FLUX_ERROR_UNSUPPORTED &&
             strstr(flux_error(NULL), "--dt") != NULL,
         "the step engine at a dt the library was not built for says to rebuild with --dt");

  sim = make(FLUX_ENGINE_EVENT);
  EXPECT(flux_input_spike(sim, 7, 0) == FLUX_ERROR_HANDLE, "an input that does not exist");
  EXPECT(flux_input_spike(sim, CPG_INPUT_SPEED, 5) == FLUX_ERROR_HANDLE &&
             strstr(flux_error(sim), "1 channels") != NULL,
         "a channel out of range, and the message gives the size");
  uint32_t counts[3];
  EXPECT(flux_output_counts(sim, CPG_OUTPUT_GAIT, counts, 3) == FLUX_ERROR_ARGUMENT,
         "an output array of the wrong size");
  EXPECT(flux_output_counts(sim, CPG_OUTPUT_GAIT, NULL, 2) == FLUX_ERROR_ARGUMENT,
         "a NULL output array");
  double value = 0;
  flux_var nothing = {99, 0, 0};
  EXPECT(flux_get(sim, nothing, 0, &value) == FLUX_ERROR_HANDLE, "a variable of no population");
  EXPECT(flux_get(sim, CPG_OSC_A_LEVEL, 1, &value) == FLUX_ERROR_HANDLE,
         "a neuron out of range");
  flux_var source = {2, 0, 0}; /* Cpg.tonic, an input: no state */
  EXPECT(flux_get(sim, source, 0, &value) == FLUX_ERROR_HANDLE, "state of an input source");
  EXPECT(flux_run_for(sim, -1) == FLUX_ERROR_ARGUMENT, "a negative duration");
  EXPECT(flux_run_until(sim, NAN) == FLUX_ERROR_ARGUMENT, "a NaN time");
  EXPECT(flux_set_weight(sim, CPG_PROJECTION_OSC_A_TO_OSC_B, 1, 1.0) == FLUX_ERROR_HANDLE,
         "a synapse out of range");
  EXPECT(flux_bind_fn(sim, 0, NULL, NULL) == FLUX_ERROR_HANDLE, "cpg has no extern fn");
  uint32_t handle = 0;
  EXPECT(flux_find_input(sim, "speed", &handle) == FLUX_OK && handle == CPG_INPUT_SPEED,
         "an input found by name is the header's constant");
  EXPECT(flux_find_var(sim, "Cpg.osc.a.threshold", &nothing) == FLUX_OK &&
             nothing.population == CPG_OSC_A_THRESHOLD.population &&
             nothing.index == CPG_OSC_A_THRESHOLD.index && nothing.is_parameter == 1,
         "a parameter found by name is the header's constant");
  EXPECT(flux_find_var(sim, "Cpg.osc.a.nothing", &nothing) == FLUX_ERROR_HANDLE,
         "an unknown name");
  flux_destroy(sim);
  EXPECT(flux_run_for(sim, 1) == FLUX_ERROR_DESTROYED, "a call after destroy is an error");
  EXPECT(isnan(flux_time_ms(sim)), "time of a destroyed simulator is NaN");
  flux_destroy(sim); /* twice: ignored */
  EXPECT(flux_input_spike(NULL, 0, 0) == FLUX_ERROR_DESTROYED, "a NULL simulator");
}

static void live_changes(flux_engine engine, const char *name) {
  char what[200];
  flux_sim *sim = make(engine);
  double value = 0;
  flux_run_for(sim, 100);
  flux_set(sim, CPG_OSC_A_THRESHOLD, FLUX_ALL, 0.95);
  flux_get(sim, CPG_OSC_A_THRESHOLD, 0, &value);
  snprintf(what, sizeof what, "%s: a parameter set is read back at once", name);
  EXPECT(fabs(value - 0.95) < 1e-6, what); /* the step engine keeps single precision */
  flux_set(sim, CPG_OSC_A_LEVEL, 0, -0.5);
  flux_get(sim, CPG_OSC_A_LEVEL, 0, &value);
  snprintf(what, sizeof what, "%s: a state set is read back at once", name);
  EXPECT(value == -0.5, what);

  unsigned before = gait_spikes(sim, 1000, 0);
  flux_set_projection_enabled(sim, CPG_PROJECTION_OSC_A_TO_GAIT, 0);
  unsigned off = gait_spikes(sim, 1000, 0);
  flux_set_projection_enabled(sim, CPG_PROJECTION_OSC_A_TO_GAIT, 1);
  unsigned on = gait_spikes(sim, 1000, 0);
  snprintf(what, sizeof what,
           "%s: switching the flexor's output off and on (%u, %u, %u spikes a second)", name,
           before, off, on);
  EXPECT(before > 10 && off == 0 && on > 10, what);

  /* The tonic drive's weight to 0: the pacemaker stops within a cycle or two. */
  flux_set_weight(sim, CPG_PROJECTION_TONIC_TO_OSC_A, 0, 0.0);
  gait_spikes(sim, 200, 0);
  unsigned silent = gait_spikes(sim, 1000, 0);
  flux_set_weight(sim, CPG_PROJECTION_TONIC_TO_OSC_A, 0, 0.2);
  unsigned again = gait_spikes(sim, 1000, 0);
  snprintf(what, sizeof what, "%s: a weight set to 0 and back (%u, then %u spikes a second)",
           name, silent, again);
  EXPECT(silent == 0 && again > 10, what);
  uint64_t spikes = 0;
  EXPECT(flux_counters(sim, &spikes, NULL) == FLUX_OK && spikes > 0, "counters");
  flux_destroy(sim);
}

/* All gait spikes of the next `ms`, into `out` (at most `cap`); returns their number. */
static size_t record(flux_sim *sim, double ms, flux_spike *out, size_t cap) {
  size_t total = 0;
  for (double t = 0; t < ms; t += 10) {
    flux_run_for(sim, 10);
    size_t n = 0;
    flux_output_spikes(sim, CPG_OUTPUT_GAIT, out + total, cap - total, &n);
    total += n;
  }
  return total;
}

/* 2 s in one go equals 1 s + save + restore (in a new simulator) + 1 s, spike for spike,
 * with a live weight change made before the save. */
static void checkpoints(flux_engine engine, const char *name, const char *path) {
  char what[200];
  enum { kCap = 4096 };
  static flux_spike whole[kCap], resumed[kCap];
  flux_sim *a = make(engine);
  flux_set_weight(a, CPG_PROJECTION_TONIC_TO_OSC_A, 0, 0.3);
  record(a, 1000, whole, kCap);
  size_t n = record(a, 1000, whole, kCap);
  flux_destroy(a);

  flux_sim *b = make(engine);
  flux_set_weight(b, CPG_PROJECTION_TONIC_TO_OSC_A, 0, 0.3);
  record(b, 1000, resumed, kCap);
  flux_status saved = flux_save_checkpoint(b, path);
  flux_destroy(b);
  flux_sim *c = make(engine);
  flux_status restored = flux_restore_checkpoint(c, path);
  double t = flux_time_ms(c);
  size_t m = record(c, 1000, resumed, kCap);
  int same = saved == FLUX_OK && restored == FLUX_OK && t == 1000 && n == m && n > 10;
  for (size_t k = 0; same && k < n; ++k)
    same = whole[k].time_ms == resumed[k].time_ms && whole[k].channel == resumed[k].channel;
  snprintf(what, sizeof what, "%s: 2 s equals 1 s + checkpoint + 1 s (%zu and %zu spikes)", name,
           n, m);
  EXPECT(same, what);

  /* A truncated checkpoint is refused, and the simulator is left as it was. */
  FILE *f = fopen(path, "r+b");
  if (f != NULL) {
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fclose(f);
    if (truncate(path, size / 2) != 0)
      perror("truncate");
  }
  double before = flux_time_ms(c);
  flux_status refused = flux_restore_checkpoint(c, path);
  snprintf(what, sizeof what, "%s: a truncated checkpoint is refused (%s)", name, flux_error(c));
  EXPECT(refused == FLUX_ERROR_IO && strstr(flux_error(c), "truncated") != NULL &&
             flux_time_ms(c) == before,
         what);
  EXPECT(flux_save_checkpoint(c, "/nonexistent-dir/x.ckpt") == FLUX_ERROR_IO,
         "a checkpoint that cannot be written is an I/O error");
  flux_destroy(c);
}

/* Spikes of `watch` in the 3 ms after one spike on poke[0] (delay 1 ms to the cells). */
static unsigned poke_response(flux_sim *sim) {
  uint32_t counts[QUIET_OUTPUT_WATCH_SIZE];
  flux_run_for(sim, 20); /* let the cells settle */
  flux_output_counts(sim, QUIET_OUTPUT_WATCH, counts, QUIET_OUTPUT_WATCH_SIZE);
  flux_input_spike(sim, QUIET_INPUT_POKE, 0);
  flux_run_for(sim, 3);
  flux_output_counts(sim, QUIET_OUTPUT_WATCH, counts, QUIET_OUTPUT_WATCH_SIZE);
  return counts[0];
}

/* A change made between two calls acts on the very next delivery. */
static void next_step(flux_engine engine, const char *name) {
  char what[200];
  flux_options options;
  flux_options_init(&options);
  options.engine = engine;
  flux_sim *sim = NULL;
  if (quiet_create(&options, &sim) != FLUX_OK) {
    printf("FAIL: quiet_create: %s\n", flux_error(NULL));
    exit(1);
  }
  unsigned weak = poke_response(sim);
  flux_set_weight(sim, QUIET_PROJECTION_POKE_TO_CELLS, 0, 3.0);
  unsigned strong = poke_response(sim);
  flux_set_projection_enabled(sim, QUIET_PROJECTION_POKE_TO_CELLS, 0);
  unsigned off = poke_response(sim);
  flux_set_projection_enabled(sim, QUIET_PROJECTION_POKE_TO_CELLS, 1);
  flux_set_weight(sim, QUIET_PROJECTION_POKE_TO_CELLS, 0, 0.5);
  flux_run_for(sim, 20);
  flux_set(sim, QUIET_CELLS_LEVEL, 0, 0.9); /* just below threshold: 0.5 more fires it */
  flux_input_spike(sim, QUIET_INPUT_POKE, 0);
  uint32_t counts[1];
  flux_output_counts(sim, QUIET_OUTPUT_WATCH, counts, 1);
  flux_run_for(sim, 3);
  flux_output_counts(sim, QUIET_OUTPUT_WATCH, counts, 1);
  snprintf(what, sizeof what,
           "%s: the next delivery sees a change (weight 0.5: %u spikes, 3.0: %u, switched off: "
           "%u, state raised: %u)",
           name, weak, strong, off, counts[0]);
  EXPECT(weak == 0 && strong > 0 && off == 0 && counts[0] > 0, what);
  flux_destroy(sim);
}

static int notes = 0;
static double reward_asked = 0;

static double note(void *user, uint32_t argc, const double *args) {
  (void)args;
  *(int *)user += argc == 2 ? 1 : 0;
  return 0;
}

static double reward(void *user, uint32_t argc, const double *args) {
  (void)user;
  (void)argc;
  (void)args;
  reward_asked += 1;
  return 0;
}

static void host_functions(void) {
  flux_sim *sim = NULL;
  if (conditioning_create(NULL, &sim) != FLUX_OK) {
    printf("FAIL: conditioning_create: %s\n", flux_error(NULL));
    exit(1);
  }
  EXPECT(flux_bind_fn(sim, CONDITIONING_FN_NOTE, note, &notes) == FLUX_OK &&
             flux_bind_fn(sim, CONDITIONING_FN_REWARD, reward, NULL) == FLUX_OK,
         "binding the extern fns");
  for (int k = 0; k < 200; ++k) {
    flux_input_spike(sim, CONDITIONING_INPUT_STIMULI, (uint32_t)(k % 2));
    flux_run_for(sim, 5);
  }
  char what[200];
  snprintf(what, sizeof what, "the network calls the host: note() %d times, reward() %.0f",
           notes, reward_asked);
  EXPECT(notes > 0 && reward_asked > 0, what);
  flux_destroy(sim);
}

int main(void) {
  misuse();
  live_changes(FLUX_ENGINE_EVENT, "event engine");
  live_changes(FLUX_ENGINE_STEP, "step engine");
  host_functions();
  next_step(FLUX_ENGINE_EVENT, "event engine");
  next_step(FLUX_ENGINE_STEP, "step engine");
  checkpoints(FLUX_ENGINE_EVENT, "event engine", "api-test-event.ckpt");
  checkpoints(FLUX_ENGINE_STEP, "step engine", "api-test-step.ckpt");
  if (failures > 0) {
    printf("%d failures\n", failures);
    return 1;
  }
  printf("all API checks passed\n");
  return 0;
}
