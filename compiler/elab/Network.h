// The elaborated network: what every backend runs. Neurons are grouped in populations (one
// model each, parameters stored once per population or once per neuron when they vary),
// synapses in projections (CSR by source, local indices), all in plain vectors.
#pragma once

#include "connect/Recipe.h"
#include "elab/Connect.h"
#include "sema/CheckedAst.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace flux::elab {

enum class PopulationKind : std::uint8_t {
  Neurons,      // a neuron model's instances
  Source,       // an `input`: poisson, regular or spike_train generators
  ExternInput,  // channels the host program pushes spikes or values into
  ExternOutput, // channels the host program reads spikes from
};

/// A parameter's values over a population: one value for all, or one per neuron.
struct ParamValues {
  std::string name;
  sema::Dim dim;
  std::vector<double> values; // size 1 (uniform) or the population's size; base units

  double at(std::uint32_t i) const { return values.size() == 1 ? values[0] : values[i]; }
};

struct Population {
  std::string name; // hierarchical: `Cortex.C[3].E`
  PopulationKind kind = PopulationKind::Neurons;
  const sema::ModelInfo *model = nullptr; // for Neurons
  std::string source;                     // for Source: poisson, regular, spike_train
  std::string sourceFile;                 // for spike_train: beside the declaring .flux file
  std::uint32_t first = 0;                // global index of the population's neuron 0
  std::uint32_t size = 0;
  std::vector<ParamValues> params; // model params (Neurons) or source args (Source)
  std::vector<ParamValues> state;  // initial values of the model's state
  SourceRange declared;
};

/// A set of neurons: ranges of global indices, in order. Connectivity rules see it as one
/// flat index space [0, size()).
struct NeuronSet {
  struct Range {
    std::uint32_t population;
    std::uint32_t begin; // local indices within the population
    std::uint32_t end;
  };
  std::vector<Range> ranges;

  std::uint32_t size() const;
  /// The population index and local index of the i-th neuron of the set.
  std::pair<std::uint32_t, std::uint32_t> at(std::uint32_t i) const;
};

enum class SynapseKind : std::uint8_t { Direct, Modulator, Electric, Model, Output };

struct Projection {
  std::string name;     // `Cpg.osc.a->Cpg.osc.b`
  std::uint32_t id = 0; // the random stream of this projection
  SynapseKind kind = SynapseKind::Direct;
  const sema::ModelInfo *synapseModel = nullptr; // for Model
  SynapseKind deliverAs = SynapseKind::Direct;   // for Model: its `kind` parameter
  NeuronSet source;
  NeuronSet target;
  std::string rule; // `probability(0.1)`, as evaluated
  Connectivity connectivity;
  /// How `connectivity` was generated, when a rule alone made it (rule None otherwise).
  rt::ConnectRecipe recipe;
  double weight = 0;                      // when every synapse has the same weight
  std::vector<float> weights;             // per synapse, in CSR order; empty when constant
  double delay = 1;                       // ms, when constant
  std::vector<float> delays;              // per synapse; empty when constant
  std::vector<ParamValues> synapseParams; // a synapse model's parameters (uniform)
  SourceRange declared;

  std::uint64_t synapseCount() const { return connectivity.synapseCount(); }
  /// Bytes held for this projection's synapses (CSR, weights, delays).
  std::uint64_t bytes() const;
};

struct Network {
  std::string top; // the root circuit
  std::uint64_t seed = 0;
  std::vector<Population> populations;
  std::vector<Projection> projections;

  /// The global index of a neuron named `Cortex.C[3].E[17]` (or `Osc.a` for a population of
  /// one); nullopt when no population has that name or the index is out of range.
  std::optional<std::uint32_t> neuronIndex(std::string_view name) const;
  /// The hierarchical name of the neuron with a global index: `Cortex.C[3].E[17]`.
  std::string neuronName(std::uint32_t index) const;

  std::uint32_t neuronCount() const;
  std::uint64_t synapseCount() const;
  std::uint64_t bytes() const;
};

} // namespace flux::elab
