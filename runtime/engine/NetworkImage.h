// What the engines run: a network as plain data plus the addresses of its generated kernels.
// fluxc fills it from the elaborated network and the JIT; an ahead-of-time build fills it from
// tables compiled into the library. Nothing here refers to the compiler.
#pragma once

#include "connect/Recipe.h"
#include "core/KernelAbi.h"

#include <cstdint>
#include <string>
#include <vector>

namespace flux::rt {

enum class InputKind : std::uint8_t {
  Direct = FLUX_INPUT_DIRECT,
  Modulator = FLUX_INPUT_MODULATOR,
  Electric = FLUX_INPUT_ELECTRIC,
};

/// A neuron kernel's functions for one precision (see core/KernelAbi.h).
template <class T>
struct NeuronFunctions {
  void (*evolve)(FluxKernelData *, std::int64_t, T, std::int32_t) = nullptr;
  std::int32_t (*input)(FluxKernelData *, std::int64_t, std::int32_t, T, std::int32_t) = nullptr;
  std::int32_t (*cond)(FluxKernelData *, std::int64_t, std::int32_t) = nullptr;
  void (*fire)(FluxKernelData *, std::int64_t, std::int32_t, T *) = nullptr;
  // step engines only
  void (*update)(FluxKernelData *, std::int64_t, std::int64_t, const std::int32_t *, std::int32_t,
                 std::uint8_t *, std::uint8_t *, std::int32_t) = nullptr;
  void (*evolveAll)(FluxKernelData *, std::int64_t, std::int64_t, const std::int32_t *,
                    std::int32_t, T) = nullptr;
  // event engine only
  void (*grid)(FluxKernelData *, std::int64_t, std::int64_t, T *, const T *, T, T, std::uint8_t *,
               std::uint8_t *) = nullptr;
  void (*deliverEvent)(FluxKernelData *, const std::uint32_t *, std::int64_t, std::int64_t,
                       std::int64_t, const float *, T, std::int32_t, T *, T *, T, std::uint8_t *,
                       T *, const std::uint8_t *) = nullptr;
  // step engines only
  void (*deliver)(FluxKernelData *, const std::uint32_t *, std::int64_t, std::int64_t, std::int64_t,
                  const T *, T, std::int32_t, const std::int32_t *, std::int32_t, std::uint8_t *,
                  std::uint8_t *) = nullptr;
  // step engines, when the input handlers only add (engine/SummedInputs.h); else null
  std::int32_t (*accumulators)() = nullptr;
  void (*accumulate)(FluxKernelData *, const std::uint32_t *, std::int64_t, std::int64_t,
                     std::int64_t, const T *, T, std::int32_t, std::int64_t *, std::int64_t,
                     const T *, std::uint8_t *) = nullptr;
  void (*apply)(FluxKernelData *, std::int64_t, std::int64_t, const std::int32_t *, std::int32_t,
                std::int64_t *, std::int64_t, const double *, const std::uint8_t *) = nullptr;
};

template <class T>
struct SynapseFunctions {
  void (*init)(FluxKernelData *, std::int64_t) = nullptr;
  void (*evolve)(FluxKernelData *, std::int64_t, std::int64_t, T) = nullptr;
  std::int32_t (*pre)(FluxKernelData *, std::int64_t, std::int64_t, T *) = nullptr;
  void (*post)(FluxKernelData *, std::int64_t, std::int64_t) = nullptr;
};

enum class PopulationKind : std::uint8_t { Neurons, Poisson, Regular, SpikeTrain, Extern };

/// A population or projection without generated code (a source, a static projection).
inline constexpr std::uint32_t kNoKernel = ~0u;

struct PopulationImage {
  std::string name;
  PopulationKind kind = PopulationKind::Neurons;
  std::uint32_t first = 0; // global index of neuron 0
  std::uint32_t size = 0;
  // Neurons
  std::vector<std::string> stateNames;
  std::vector<std::vector<double>> stateInit; // per state: 1 or `size` values; empty: dead
  std::vector<std::vector<double>> params;    // per parameter: `size` values, or empty (folded)
  std::vector<std::string> paramNames;
  double checkEveryMs = 0;      // 0: the condition is checked at inputs only
  bool hasPostHandlers = false; // some synapse onto it has `on post`
  /// The step kernel's accumulators when its input handlers only add (engine/SummedInputs.h)
  std::uint32_t summedAccumulators = 0;
  NeuronFunctions<double> event;
  NeuronFunctions<float> step;
  // The kernels whose code it runs (flux_k<k>_..., see engine/BindKernels.h), per engine.
  std::uint32_t eventKernel = kNoKernel;
  std::uint32_t stepKernel = kNoKernel;
  bool externOutput = false; // an `extern output` (Extern): the host reads it
  // Sources: rate in spikes per ms (1 or `size` values), phase for regular sources
  std::vector<double> rate;
  double phaseMs = 0;
  std::string file; // spike_train
};

/// A set of neurons as ranges of global indices; connectivity indexes it flat.
struct NeuronRange {
  std::uint32_t population = 0;
  std::uint32_t begin = 0; // local indices
  std::uint32_t end = 0;
};

struct ProjectionImage {
  std::string name;
  bool output = false; // to an extern output: spikes are reported, not delivered
  InputKind deliverAs = InputKind::Direct;
  std::vector<NeuronRange> sources;
  std::vector<NeuronRange> targets;
  /// How the rows were generated (rule None: given, e.g. by a table). A library stores the
  /// recipe instead of the rows of a large projection (`regenerate`) and runs it at load time.
  ConnectRecipe recipe;
  bool regenerate = false;
  std::uint64_t regeneratedSynapses = 0; // what the recipe must make (checked at load time)
  std::vector<std::uint64_t> rowStart;   // CSR over the flat source index
  std::vector<std::uint32_t> column;     // flat target index, sorted within each row
  double weight = 0;                     // when `weights` is empty
  std::vector<float> weights;
  double delayMs = 1; // when `delays` is empty
  std::vector<float> delays;
  // synapse models
  bool model = false;
  std::vector<std::vector<double>> params; // per parameter: per synapse, or empty (folded)
  std::vector<std::string> stateNames;
  std::vector<bool> liveStates;
  SynapseFunctions<double> event;
  SynapseFunctions<float> step;
  std::uint32_t eventKernel = kNoKernel;
  std::uint32_t stepKernel = kNoKernel;
  bool hasPost = false; // the synapse model has `on post`
  /// A host can switch a projection off while running: spikes emitted while it is off do not
  /// travel along it (those already on their way still arrive).
  bool enabled = true;

  std::uint64_t synapseCount() const { return column.size(); }
  /// Synapse s's weight as the single-precision engines use it.
  float weightOf(std::uint64_t s) const {
    return weights.empty() ? static_cast<float>(weight) : weights[s];
  }
  /// Synapse s's delay in ms.
  double delayMsOf(std::uint64_t s) const { return delays.empty() ? delayMs : delays[s]; }
  /// Changes static synapse `s`'s weight, giving the projection per-synapse weights first if
  /// it had one for all. The engines read the weights at every delivery: seen at once.
  void setWeight(std::uint64_t s, float w) {
    if (weights.empty())
      weights.assign(synapseCount(), static_cast<float>(weight));
    weights[s] = w;
    ++weightChanges;
  }
  /// How many times setWeight ran: the step engine then chooses its fixed point anew
  /// (engine/SummedInputs.h).
  std::uint64_t weightChanges = 0;
  /// Bytes held per projection: rows, targets, per-synapse weights and delays and parameters.
  std::uint64_t bytes() const {
    std::uint64_t n = rowStart.size() * sizeof(std::uint64_t) +
                      column.size() * sizeof(std::uint32_t) + weights.size() * sizeof(float) +
                      delays.size() * sizeof(float);
    for (const auto &p : params)
      n += p.size() * sizeof(double);
    return n;
  }
};

struct NetworkImage {
  std::vector<PopulationImage> populations;
  std::vector<ProjectionImage> projections;
  std::uint32_t neuronCount = 0; // all populations, sources included
  std::uint64_t seed = 1;
  std::vector<std::string> hostFunctions; // `extern fn`s, by the index kernels pass to hostCall
  FluxHostCall hostCall = nullptr;
  void *host = nullptr;
};

} // namespace flux::rt
