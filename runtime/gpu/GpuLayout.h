// Where a network's data lies in the GPU engine's buffers, and the tables built for it. The
// compiler's GLSL generator bakes the offsets into the step shader as constants; the GPU
// engine allocates and fills the buffers from the same layout, so the two always agree.
//
// Bindings of the step shader (all storage buffers, std430):
//   0 float  state     per Neurons population: each live state variable, each per-neuron
//                      parameter, the gap of the burst in progress (SoA, `size` floats each)
//   1 int    integers  per neuron (global index): refractory-until step, burst origin step,
//                      burst count, next burst spike, Poisson threshold (5 arrays of N); then
//                      per plastic synapse the step its state was brought up to
//                      (synapse models: the state and per-synapse parameters of projections
//                      with a synapse model live in binding 0 after the neurons')
//   2 uint   history   spike flags of the last `historySteps` steps: [step % D][neuron]
//   3 uint   inStart   per neuron, + 1: its incoming synapses in `inSynapse` / `inWeight`
//   4 uvec2  inSynapse (source neuron, delay in steps | input kind << 24), canonical order
//   5 uint   inWeight  the weight's bits; for a synapse-model projection (kPlastic set in the
//                      entry's second word) the synapse's index among all plastic synapses
//   6 uint   output    two halves (double buffering), each: [0] spike cursor, [1] NaN flag,
//                      [2..4] NaN step, neuron, variable, [8, 8 + B) synaptic events per step,
//                      then (step in batch, neuron) pairs, at most N per step
//   7 float  probes    two halves, each [sample][probe]
//   8 uint   external  two halves, each [step in batch][word]: bits of the regular and
//                      spike-train sources that fire in that step (the host computes them)
//   9 uvec4  plastic   per plastic synapse: (source neuron, target neuron, its population, 0)
//  10 float  delivered per plastic synapse and step of the last D: what `on pre` delivered at
//                      that step, or the bits kNotDelivered
//  11 uint   tables    the compiler's dispatch tables (GpuProgram::tables)
// Summed inputs (engine/SummedInputs.h: populations whose input handlers only add, reached by
// static projections only) are pushed along the spiking neuron's synapses instead of gathered:
//  12 uint   sums      per step of the last D, per accumulator entry (PopulationLayout::
//                      accBase + accumulator * size + neuron): a 64-bit sum as (low, high) words
//  13 uint   touched   per step of the last D, per neuron: an input reached it, [step % D][neuron]
//  14 uint   pushStart per neuron, + 1: its synapses onto summed populations in `push`
//  15 uvec4  push      (accumulator entry, target neuron, low word, high word of the input's
//                      fixed-point value)
//  16 uint   pushDelay per such synapse: its delay in steps
// and binding 1 holds, after the plastic synapses' steps, each neuron's fixed-point exponent.
#pragma once

#include "engine/NetworkImage.h"
#include "engine/Simulator.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace flux::rt::gpu {

inline constexpr std::uint32_t kBindingCount = 17;
/// The push phase runs this many invocations per spike's row.
inline constexpr std::uint32_t kPushLanes = 32;
inline constexpr std::uint32_t kLocalSize = 64;
/// Output half header: cursor, NaN flag, NaN step, neuron, variable, padding.
inline constexpr std::uint32_t kOutputHeader = 8;
/// Inputs of kind k reach a synapse's entry as `delay | k << kKindShift`.
inline constexpr std::uint32_t kKindShift = 24;
inline constexpr std::uint32_t kMaxDelaySteps = (1u << kKindShift) - 1;
/// In an entry's second word: the synapse has a model; its input is what `on pre` delivered.
inline constexpr std::uint32_t kPlastic = 1u << 31;
/// A NaN payload no arithmetic makes: `on pre` did not deliver.
inline constexpr std::uint32_t kNotDelivered = 0x7FBADBADu;

/// What one dispatch of the step shader does (push constant `phase`).
enum class Phase : std::uint32_t {
  Step = 0,         // networks without synapse models: the whole step per neuron
  Fire = 1,         // inputs, condition, `on fire`, spikes (before the synapses' phase)
  Synapses = 2,     // per plastic synapse: bring up to date, `on post` / `on pre` of this step
  Evolve = 3,       // per neuron: evolve(dt) (after the synapses' phase)
  InitSynapses = 4, // once: the synapses' initial state
  Push = 5,         // per spike of this step: add its inputs to summed populations' sums
};

/// The push constants of the step shader, in this order (uints).
struct PushConstants {
  std::uint32_t step = 0;         // the step being computed (t = step * dt)
  std::uint32_t batchStep = 0;    // its index in the batch
  std::uint32_t outputBase = 0;   // uint offset of this batch's half of `output`
  std::uint32_t probeBase = 0;    // float offset of this step's probe sample, ~0u: none
  std::uint32_t externalBase = 0; // uint offset of this step's row of `external`
  std::uint32_t phase = 0;        // Phase
  std::uint32_t pushGroups = 0;   // Push: spikes pushed at once (invocations / kPushLanes)
};

struct PopulationLayout {
  std::vector<std::uint64_t> state; // float offset per state variable; ~0: dead
  std::vector<std::uint64_t> param; // float offset per parameter; ~0: folded
  std::uint64_t burstGap = 0;       // float offset
  std::uint32_t externalBit = 0;    // Regular and SpikeTrain sources: bit of neuron 0
  std::int32_t gridSteps = 0;       // `checked every` in steps; 0: at inputs only
  bool summed = false;              // its inputs are summed and pushed
  std::uint32_t accumulators = 0;   // summed: accumulators per neuron
  std::uint64_t accBase = 0;        // summed: its first accumulator entry
};

struct ProjectionLayout {
  bool plastic = false;                         // it has a synapse model
  std::uint64_t first = 0;                      // index of its synapse 0 among the plastic synapses
  std::vector<std::uint64_t> state;             // float offset per synapse state variable; ~0: dead
  std::vector<std::uint64_t> param;             // float offset per synapse parameter; ~0: folded
  std::vector<std::uint32_t> targetPopulations; // one model, maybe several populations
};

struct GpuLayout {
  double dtMs = 0.1;
  std::uint32_t neurons = 0;
  std::uint64_t synapses = 0;
  std::uint32_t historySteps = 1; // D: the longest delay in steps, + 1
  std::uint64_t stateFloats = 0;
  std::vector<PopulationLayout> populations;
  std::vector<ProjectionLayout> projections;
  std::uint64_t plasticSynapses = 0; // Kp
  std::uint64_t sumEntries = 0;      // S: accumulator entries per step
  std::uint64_t pushedSynapses = 0;  // synapses onto summed populations
  std::uint32_t externalBits = 0;
  std::uint32_t batchSteps = 1;   // B: steps per command buffer
  std::uint32_t probeEvery = 1;   // in steps
  std::uint32_t probeSamples = 0; // per batch half

  std::uint32_t externalWords() const { return (externalBits + 31) / 32; }
  /// uints in one half of `output`.
  std::uint64_t outputHalf() const {
    return kOutputHeader + batchSteps + 2ull * batchSteps * neurons;
  }
  std::uint64_t probeHalf(std::size_t probes) const {
    return static_cast<std::uint64_t>(probeSamples) * probes;
  }
  std::uint64_t externalHalf() const {
    return static_cast<std::uint64_t>(batchSteps) * externalWords();
  }
};

/// Lays out `net` for the GPU, or explains in `error` what the GPU target cannot run yet.
std::optional<GpuLayout> computeLayout(const NetworkImage &net, const RunOptions &options,
                                       std::string &error);

/// Every synapse onto a population that is not summed, by target neuron, in the order the CPU step
/// engine applies a step's inputs to a neuron: delay descending (the earlier emission first), then
/// source neuron, projection and synapse index ascending.
struct IncomingTables {
  std::vector<std::uint32_t> start;   // per neuron, + 1
  std::vector<std::uint32_t> synapse; // pairs: source neuron, delay steps | kind << 24 | kPlastic
  std::vector<std::uint32_t> weight;  // float bits, or the plastic synapse's index
  std::vector<std::uint32_t> plastic; // per plastic synapse: source, target, its population, 0
};
IncomingTables buildIncoming(const NetworkImage &net, const GpuLayout &layout);

/// The accumulator a population's input of kind k and weight w adds to, or -1 (the compiler
/// evaluates the kernel's route: ir/Accumulate.h).
using SummedRoute =
    std::function<std::int32_t(std::uint32_t population, std::int32_t kind, float w)>;

/// A pushed synapse whose input no accumulator takes: it only marks its target touched.
inline constexpr std::uint32_t kNoEntry = ~0u;

/// Every synapse onto a summed population, by source neuron, with its input in fixed point.
struct PushTables {
  std::vector<std::uint32_t> start;    // per neuron, + 1
  std::vector<std::uint32_t> synapse;  // quadruples: entry, target, low word, high word
  std::vector<std::uint32_t> delay;    // steps
  std::vector<std::int32_t> exponents; // per neuron (0 outside summed populations)
};
PushTables buildPush(const NetworkImage &net, const GpuLayout &layout, const SummedRoute &route);

} // namespace flux::rt::gpu
