// The interface between generated kernels and the runtime: plain C, so generated code (JIT or
// an ahead-of-time object) and the runtime agree without sharing a compiler.
//
// Every kernel is one neuron model specialised for one population, or one synapse model for
// one projection. Its functions are named `flux_k<kernel>_<function>_<e|s>`: `e` for the event
// engine (double precision), `s` for the step engines (single precision, as on the GPU).
// In the signatures below T is double for `e` and float for `s`; `i` is a neuron's index in
// its population, `s` a synapse's index in its projection (CSR order).
//
// Neuron kernels:
//   void    evolve(FluxKernelData*, int64 i, T dt, int32 refractory)
//   int32   input(FluxKernelData*, int64 i, int32 kind, T w, int32 refractory)
//             kind: FLUX_INPUT_DIRECT, _MODULATOR or _ELECTRIC; returns 1 when the handler
//             executed `fire` (the neuron fires at once)
//   int32   cond(FluxKernelData*, int64 i, int32 refractory)         the firing condition
//   void    fire(FluxKernelData*, int64 i, int32 refractory, T out[3])
//             runs `on fire`; out = {refractory duration in ms or -1, burst count, burst gap}
// for `e` only, the vectorised `checked every` tick:
//   void    grid(FluxKernelData*, int64 begin, int64 end, double* last,
//                const double* refractoryUntil, double from, double t, uint8* status,
//                uint8* fired)
//             neurons whose state is at `from` and whose refractory period does not end in
//             (from, t) evolve to t (last[i] = t) and fired[i] = cond && not refractory;
//             the others get status[i] = 1 and are left to the scalar functions
//   void    deliver(FluxKernelData*, const uint32* column, int64 begin, int64 end, int64 base,
//                   const float* weights, double weight, int32 kind, double* last,
//                   double* refractoryUntil, double t, uint8* fired, double* burst,
//                   const uint8* tickFired)
//             a row of synapses at time t: each target is brought up to date, receives its
//             input and fires at once if it should (fired[i] += 1, refractoryUntil[i] set,
//             burst[2i], burst[2i+1] = count, gap); the runtime emits the spikes afterwards;
//             last = null: every target's state is at t already (after its grid tick at t);
//             tickFired (with last = null, or null): which targets fired at t before the row;
//             an input that cannot change the condition skips it for the others
// and, for `s` only, loops over neurons [begin, end) that the compiler vectorises:
//   void    update(FluxKernelData*, int64 begin, int64 end, const int32* refractoryUntil,
//                  int32 step, uint8* touched, uint8* fired, int32 checkAll)
//             fired[i] |= (checkAll || touched[i]) && cond && not refractory; touched[i] = 0
//   void    evolve_all(FluxKernelData*, int64 begin, int64 end,
//                      const int32* refractoryUntil, int32 step, T dt)
//             evolve(dt) with the step as dt; refractory while step < refractoryUntil[i]
//   void    deliver(FluxKernelData*, const uint32* column, int64 begin, int64 end, int64 base,
//                   const T* weights, T weight, int32 kind, const int32* refractoryUntil,
//                   int32 step, uint8* touched, uint8* fired)
//             one spike's row of synapses, the input handler inlined: for s in [begin, end)
//             neuron base + column[s] receives weights ? weights[s] : weight
// and, for `s` kernels whose input handlers only add (engine/SummedInputs.h):
//   int32   accumulators()                                  accumulators per neuron (A)
//   void    accumulate(FluxKernelData*, const uint32* column, int64 begin, int64 end,
//                      int64 base, const T* weights, T weight, int32 kind, int64* acc,
//                      int64 stride, const T* scale, uint8* touched)
//             the row's inputs, each trunc(w * scale[i]) added to acc[a stride + i]
//   void    apply(FluxKernelData*, int64 begin, int64 end, const int32* refractoryUntil,
//                 int32 step, int64* acc, int64 stride, const double* unscale,
//                 const uint8* touched)
//             touched neurons run the summed handler on their sums; acc becomes 0
// Synapse kernels (`post` is the target's index in its population):
//   void    init(FluxKernelData*, int64 s)
//   void    evolve(FluxKernelData*, int64 s, int64 post, T dt)
//   int32   pre(FluxKernelData*, int64 s, int64 post, T* delivered)  1 when it delivered
//   void    post(FluxKernelData*, int64 s, int64 post)
#pragma once

#include <stdint.h> // NOLINT(modernize-deprecated-headers): this header is C too

#ifdef __cplusplus
extern "C" {
#endif

// C names, in C's style.
// NOLINTBEGIN(readability-identifier-naming)
enum { FLUX_INPUT_DIRECT = 0, FLUX_INPUT_MODULATOR = 1, FLUX_INPUT_ELECTRIC = 2 };

/// Times closer than this (ms) are one time for the event engine: the sum of a spike time
/// and a delay can miss a grid point by one rounding, and a neuron brought up to date that
/// close to an instant is up to date at it (1e-9 ms is a picosecond of simulated time).
#define FLUX_SAME_TIME_MS 1e-9 // NOLINT(cppcoreguidelines-macro-usage): C has no constexpr

/// A host callback (`extern fn`): (host, function index, argument count, arguments).
typedef double (*FluxHostCall)(void *host, uint32_t function, uint32_t argc, const double *args);

/// Where a kernel finds its data. Arrays hold T (double or float, as the function's suffix).
struct FluxKernelData {
  void **state;     // state[v]: one value per neuron (synapse); null for dead state
  void **params;    // params[p]: one value per neuron (synapse) for varying parameters, else null
  void **postState; // synapse kernels: the target population's state arrays
  void *host;       // passed to hostCall
  FluxHostCall hostCall;
};

/// The offsets generated code assumes (checked where the runtime is compiled).
enum {
  FLUX_KERNEL_DATA_STATE = 0,
  FLUX_KERNEL_DATA_PARAMS = 1,
  FLUX_KERNEL_DATA_POST_STATE = 2,
  FLUX_KERNEL_DATA_HOST = 3,
  FLUX_KERNEL_DATA_HOST_CALL = 4,
};

// NOLINTEND(readability-identifier-naming)

#ifdef __cplusplus
}
#endif
