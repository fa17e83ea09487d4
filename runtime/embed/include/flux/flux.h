/* The Flux runtime's C API: run a network compiled ahead of time by `fluxc build` inside your
 * own program (docs/embedding.md). `fluxc build net.flux --name net` writes `net.h`, which
 * includes this header and adds typed handles for that network's inputs, outputs, state and
 * parameters; this header is the part every network shares.
 *
 * Every function that can fail returns a flux_status; flux_error() says what went wrong, in
 * a sentence. Misuse (a null pointer, a handle or index out of range, an array of the wrong
 * size, a call on a destroyed simulator) returns an error, never aborts. The API is not
 * thread-safe per simulator: call one simulator from one thread at a time (different
 * simulators may run on different threads). */
#ifndef FLUX_FLUX_H
#define FLUX_FLUX_H

#include <stddef.h> /* NOLINT(modernize-deprecated-headers): this header is C */
#include <stdint.h> /* NOLINT(modernize-deprecated-headers) */

#ifdef __cplusplus
extern "C" {
#endif

/* NOLINTBEGIN(readability-identifier-naming, modernize-use-using) */

/** The version of the layout of flux_network that generated libraries carry. */
#define FLUX_ABI_VERSION 3u

typedef enum flux_status {
  FLUX_OK = 0,
  FLUX_ERROR_ARGUMENT = 1,    /* a null pointer, a bad option, an array of the wrong size */
  FLUX_ERROR_HANDLE = 2,      /* no such input, output, variable, neuron, projection, synapse */
  FLUX_ERROR_UNSUPPORTED = 3, /* the build or the engine cannot do it (says why) */
  FLUX_ERROR_RUNTIME = 4,     /* the simulation stopped: NaN or infinite state (says where) */
  FLUX_ERROR_IO = 5,          /* a file could not be read or written */
  FLUX_ERROR_DESTROYED = 6,   /* the simulator was destroyed (or never created) */
  FLUX_ERROR_NETWORK = 7      /* the library's network tables are damaged or from another Flux */
} flux_status;

typedef enum flux_engine {
  FLUX_ENGINE_EVENT = 0, /* exact, event-driven, double precision (the default) */
  FLUX_ENGINE_STEP = 1   /* fixed steps of dt_ms, single precision (the GPU's reference) */
} flux_engine;

/** A function of a generated library, by name (filled in by fluxc build). */
typedef struct flux_symbol {
  const char *name;
  void *address;
} flux_symbol;

/** What a generated library holds: the network's tables and its kernels. Use the generated
 *  header's `<name>_create()` rather than this. */
typedef struct flux_network {
  uint32_t abi_version;
  const char *name;
  const unsigned char *image;
  uint64_t image_size;
  const flux_symbol *symbols;
  uint64_t symbol_count;
  double default_dt_ms; /* the dt the step engine's code was compiled for */
} flux_network;

typedef struct flux_options {
  uint32_t struct_size; /* sizeof(flux_options), set by flux_options_init */
  flux_engine engine;
  double dt_ms;  /* the step engine's step, and what flux_step advances by on every engine */
  uint64_t seed; /* 0: the seed the network was built with (its Poisson inputs draw from it) */
} flux_options;

/** A state variable or parameter of a population: population and index within its model.
 *  The generated header has one constant per variable. */
typedef struct flux_var {
  uint32_t population;
  uint32_t index;
  uint32_t is_parameter;
} flux_var;

/** One spike of an output channel. */
typedef struct flux_spike {
  double time_ms;
  uint32_t channel;
} flux_spike;

/** `extern fn` callback: returns the function's value for `argc` arguments. */
typedef double (*flux_host_fn)(void *user, uint32_t argc, const double *args);

typedef struct flux_sim flux_sim;

/** Defaults: the event engine, dt 0.1 ms, the network's own seed. */
void flux_options_init(flux_options *options);

/** Creates a simulator at time 0. `options` may be NULL (the defaults). On failure *out is
 *  NULL and flux_error(NULL) says why. */
flux_status flux_create(const flux_network *network, const flux_options *options, flux_sim **out);
/** Destroys a simulator; NULL is ignored. Calls on it afterwards return FLUX_ERROR_DESTROYED. */
void flux_destroy(flux_sim *sim);
/** The message of the last failed call on `sim`, or (sim NULL) of the last failed
 *  flux_create on this thread; "" when there was none. Valid until the next call. */
const char *flux_error(const flux_sim *sim);

/** Simulated time in ms. Returns NAN for a destroyed simulator. */
double flux_time_ms(const flux_sim *sim);
/** Runs for `ms` of simulated time (>= 0). */
flux_status flux_run_for(flux_sim *sim, double ms);
/** Runs until simulated time `t_ms` (no-op when already there). */
flux_status flux_run_until(flux_sim *sim, double t_ms);
/** Runs for one dt (flux_options.dt_ms). */
flux_status flux_step(flux_sim *sim);

/** Sizes, for checking handles and sizing buffers. */
uint32_t flux_input_count(const flux_sim *sim);
uint32_t flux_output_count(const flux_sim *sim);
/** Channels of an input or output; 0 for a bad index. */
uint32_t flux_input_size(const flux_sim *sim, uint32_t input);
uint32_t flux_output_size(const flux_sim *sim, uint32_t output);
/** Handles by name, for hosts without a generated header ("speed", "gait",
 *  "Cpg.osc.a.threshold"): look them up once, outside the loop. */
flux_status flux_find_input(const flux_sim *sim, const char *name, uint32_t *input);
flux_status flux_find_output(const flux_sim *sim, const char *name, uint32_t *output);
flux_status flux_find_var(const flux_sim *sim, const char *name, flux_var *var);
flux_status flux_find_projection(const flux_sim *sim, const char *name, uint32_t *projection);

/** A spike of `channel` of an `extern input`, now. */
flux_status flux_input_spike(flux_sim *sim, uint32_t input, uint32_t channel);

/** Spikes of each channel of an `extern output` since the last read of that output:
 *  `counts` has flux_output_size() elements (`size` must equal it). Clears the output. */
flux_status flux_output_counts(flux_sim *sim, uint32_t output, uint32_t *counts, uint32_t size);
/** The spikes of an output since its last read, oldest first: up to `capacity` of them into
 *  `spikes`, their number in *count; the rest stay for the next call. */
flux_status flux_output_spikes(flux_sim *sim, uint32_t output, flux_spike *spikes, size_t capacity,
                               size_t *count);

/** A state variable's or parameter's value for one neuron (index in its population). */
flux_status flux_get(flux_sim *sim, flux_var var, uint32_t neuron, double *value);
/** Sets a state variable or parameter of one neuron, or of all (`neuron` = FLUX_ALL), now:
 *  the next step sees it. Every parameter can change unless the library was built with
 *  `fluxc build --fold-params` (FLUX_ERROR_UNSUPPORTED then). */
#define FLUX_ALL UINT32_MAX
flux_status flux_set(flux_sim *sim, flux_var var, uint32_t neuron, double value);

/** Synapses of a projection (its CSR order: by source, then target). */
flux_status flux_projection_size(const flux_sim *sim, uint32_t projection, uint64_t *synapses);
/** A static synapse's weight, now (a plastic synapse's weight is its state: use flux_set). */
flux_status flux_set_weight(flux_sim *sim, uint32_t projection, uint64_t synapse, double weight);
flux_status flux_get_weight(const flux_sim *sim, uint32_t projection, uint64_t synapse,
                            double *weight);
/** Switches a projection off (0) or on: spikes emitted while it is off do not travel along it;
 *  those already on their way still arrive. */
flux_status flux_set_projection_enabled(flux_sim *sim, uint32_t projection, int enabled);

/** Binds `extern fn` number `function` (the generated header names them) to a callback. An
 *  unbound `extern fn` returns 0. */
flux_status flux_bind_fn(flux_sim *sim, uint32_t function, flux_host_fn fn, void *user);

/** Saves the simulator's whole dynamic state (neuron and synapse state, spikes on their way,
 *  input generators, time, live changes to weights and projections) to `path`, atomically: a
 *  failed write leaves an older file as it was (FLUX_ERROR_IO). Output spikes not yet read
 *  are not part of it. docs/checkpoints.md has the format. */
flux_status flux_save_checkpoint(const flux_sim *sim, const char *path);
/** Restores a checkpoint saved by a simulator of the same network, engine and dt: the run
 *  then goes on exactly as the saved one would have. A truncated, corrupt or foreign file is
 *  refused with FLUX_ERROR_IO and a message, and nothing changes. Unread output spikes are
 *  dropped. */
flux_status flux_restore_checkpoint(flux_sim *sim, const char *path);

/** Spikes and synaptic events so far. */
flux_status flux_counters(const flux_sim *sim, uint64_t *spikes, uint64_t *synaptic_events);

/* NOLINTEND(readability-identifier-naming, modernize-use-using) */

#ifdef __cplusplus
}
#endif

#endif /* FLUX_FLUX_H */
