#include "driver/Executable.h"

#include "driver/Pipeline.h"
#include "engine/BindKernels.h"
#include "ir/Accumulate.h"
#include "ir/Passes.h"

#include <algorithm>

namespace flux::driver {
namespace {

std::vector<rt::NeuronRange> ranges(const elab::NeuronSet &set) {
  std::vector<rt::NeuronRange> out;
  for (const auto &r : set.ranges)
    out.push_back({r.population, r.begin, r.end});
  return out;
}

/// `Osc.a.level` -> the neuron `Osc.a` and its state `level`.
std::optional<rt::Probe> resolveProbe(const elab::Network &net, const std::string &text,
                                      std::string &error) {
  auto dot = text.rfind('.');
  if (dot == std::string::npos) {
    error =
        "a probe names a neuron and a state variable, such as 'Osc.a.level'; got '" + text + "'";
    return std::nullopt;
  }
  std::string neuron = text.substr(0, dot);
  std::string state = text.substr(dot + 1);
  auto index = net.neuronIndex(neuron);
  if (!index) {
    error = "the probe '" + text + "' names no neuron: there is no '" + neuron +
            "' (neurons are named like 'Top.column.E[3]'; see --emit=network)";
    return std::nullopt;
  }
  for (std::uint32_t p = 0; p < net.populations.size(); ++p) {
    const auto &pop = net.populations[p];
    if (*index < pop.first || *index >= pop.first + pop.size)
      continue;
    if (pop.kind != elab::PopulationKind::Neurons) {
      error = "the probe '" + text + "' names an input, which has no state";
      return std::nullopt;
    }
    for (std::uint32_t s = 0; s < pop.model->states.size(); ++s)
      if (pop.model->states[s].name.text == state)
        return rt::Probe{text, p, *index - pop.first, s};
    error.assign("the probe '")
        .append(text)
        .append("': '")
        .append(pop.model->name)
        .append("' has no state '")
        .append(state)
        .append("'; its state variables are ");
    for (std::size_t s = 0; s < pop.model->states.size(); ++s)
      error.append(s ? ", " : "").append(pop.model->states[s].name.text);
    return std::nullopt;
  }
  error = "the probe '" + text + "' names no neuron";
  return std::nullopt;
}

} // namespace

void ExecutableOptions::keepEverything(const elab::Network &network, bool parameters) {
  for (std::uint32_t p = 0; p < network.populations.size(); ++p) {
    const elab::Population &pop = network.populations[p];
    if (pop.kind != elab::PopulationKind::Neurons)
      continue;
    for (std::uint32_t s = 0; s < pop.model->states.size(); ++s)
      keptStates.emplace_back(p, s);
    if (parameters)
      for (std::uint32_t i = 0; i < pop.model->params.size(); ++i)
        variableParams.emplace_back(p, i);
  }
}

std::vector<llvmgen::EngineProgram> Executable::enginePrograms() const {
  std::vector<llvmgen::EngineProgram> engines;
  if (eventEngine)
    engines.push_back({&eventProgram, llvmgen::Precision::Double});
  if (stepEngine)
    engines.push_back({&stepProgram, llvmgen::Precision::Single});
  return engines;
}

std::unique_ptr<Executable> makeExecutable(elab::Network &network, const ExecutableOptions &options,
                                           DiagnosticEngine &diags) {
  auto exe = std::make_unique<Executable>();
  exe->eventEngine = options.eventEngine;
  exe->stepEngine = options.stepEngine;
  for (const auto &text : options.probes) {
    std::string error;
    auto probe = resolveProbe(network, text, error);
    if (!probe) {
      diags.error({}) << error;
      return nullptr;
    }
    exe->probes.push_back(*probe);
  }
  auto program = lowerNetwork(network, diags);
  if (!program)
    return nullptr;
  // Kernels come in population order: map populations to them.
  std::vector<std::uint32_t> kernelOf(network.populations.size(), ~0u);
  std::vector<std::uint32_t> kernelOfProjection(network.projections.size(), ~0u);
  for (std::uint32_t k = 0; k < program->kernels.size(); ++k)
    (program->kernels[k].synapse ? kernelOfProjection : kernelOf)[program->kernels[k].population] =
        k;
  for (auto [population, param] : options.variableParams) {
    if (kernelOf[population] == ~0u)
      continue;
    ir::Kernel &kernel = program->kernels[kernelOf[population]];
    // The `checked every` interval is fixed per population (the engines schedule its grid
    // once): the parameters it reads stay constants, read-only to the host.
    bool setsGrid = false;
    if (const ir::Function *check = kernel.function(ir::FunctionKind::CheckEvery))
      for (const ir::Expr &e : check->exprs)
        setsGrid = setsGrid || (e.op == ir::Op::Param && e.index == param);
    if (!setsGrid)
      kernel.params[param].uniform = false;
  }
  std::vector<std::pair<std::uint32_t, std::uint32_t>> observed;
  for (const auto &probe : exe->probes)
    observed.emplace_back(kernelOf[probe.population], probe.state);
  for (auto [population, state] : options.keptStates)
    if (kernelOf[population] != ~0u)
      observed.emplace_back(kernelOf[population], state);
  exe->eventProgram = *program;
  exe->stepProgram = std::move(*program);
  if (!optimiseIr(exe->eventProgram, std::nullopt, observed, diags) ||
      !optimiseIr(exe->stepProgram, options.dtMs, observed, diags))
    return nullptr;
  // Populations (projections) that share code call one canonical kernel's functions. Each
  // engine's program has its own passes (the step engine folds dt), so each its own sharing.
  const std::vector<std::uint32_t> eventCode = ir::canonicalKernels(exe->eventProgram);
  const std::vector<std::uint32_t> stepCode = ir::canonicalKernels(exe->stepProgram);

  rt::NetworkImage &image = exe->image;
  image.seed = network.seed;
  image.hostCall = options.hostCall;
  image.host = options.host;
  for (std::uint32_t p = 0; p < network.populations.size(); ++p) {
    const elab::Population &pop = network.populations[p];
    rt::PopulationImage out;
    out.name = pop.name;
    out.first = pop.first;
    out.size = pop.size;
    image.neuronCount = std::max(image.neuronCount, pop.first + pop.size);
    if (pop.kind == elab::PopulationKind::Neurons) {
      const ir::Kernel &kernel = exe->eventProgram.kernels[kernelOf[p]];
      for (std::uint32_t s = 0; s < pop.model->states.size(); ++s) {
        const std::string &name = pop.model->states[s].name.text;
        out.stateNames.push_back(name);
        auto values = std::find_if(pop.state.begin(), pop.state.end(),
                                   [&](const elab::ParamValues &v) { return v.name == name; });
        out.stateInit.push_back(kernel.liveStates[s] && values != pop.state.end()
                                    ? values->values
                                    : std::vector<double>{});
        if (kernel.liveStates[s] && out.stateInit.back().empty())
          out.stateInit.back() = {0.0};
      }
      for (std::uint32_t i = 0; i < pop.model->params.size(); ++i) {
        const std::string &name = pop.model->params[i].name.text;
        out.paramNames.push_back(name);
        auto values = std::find_if(pop.params.begin(), pop.params.end(),
                                   [&](const elab::ParamValues &v) { return v.name == name; });
        std::vector<double> perNeuron;
        if (!kernel.params[i].uniform) {
          // One value per neuron, the same for all when elaboration kept one.
          perNeuron =
              values == pop.params.end() ? std::vector<double>(pop.size, 0.0) : values->values;
          if (perNeuron.size() == 1)
            perNeuron.assign(pop.size, perNeuron[0]);
        }
        out.params.push_back(std::move(perNeuron));
      }
      out.checkEveryMs = kernel.checkEveryMs;
      if (options.eventEngine)
        out.eventKernel = eventCode[kernelOf[p]];
      if (options.stepEngine) {
        out.stepKernel = stepCode[kernelOf[p]];
        if (auto summed = ir::accumulation(exe->stepProgram.kernels[out.stepKernel]))
          out.summedAccumulators = summed->count;
      }
    } else if (pop.kind == elab::PopulationKind::Source) {
      out.kind = pop.source == "poisson"   ? rt::PopulationKind::Poisson
                 : pop.source == "regular" ? rt::PopulationKind::Regular
                                           : rt::PopulationKind::SpikeTrain;
      for (const auto &v : pop.params) {
        if (v.name == "rate")
          out.rate = v.values;
        else if (v.name == "phase")
          out.phaseMs = v.values.empty() ? 0 : v.values[0];
      }
      out.file = pop.sourceFile;
    } else {
      out.kind = rt::PopulationKind::Extern;
      out.externOutput = pop.kind == elab::PopulationKind::ExternOutput;
    }
    image.populations.push_back(std::move(out));
  }
  for (std::uint32_t j = 0; j < network.projections.size(); ++j) {
    elab::Projection &proj = network.projections[j];
    rt::ProjectionImage out;
    out.name = proj.name;
    out.output = proj.kind == elab::SynapseKind::Output;
    elab::SynapseKind as = proj.kind == elab::SynapseKind::Model ? proj.deliverAs : proj.kind;
    out.deliverAs = as == elab::SynapseKind::Modulator  ? rt::InputKind::Modulator
                    : as == elab::SynapseKind::Electric ? rt::InputKind::Electric
                                                        : rt::InputKind::Direct;
    out.sources = ranges(proj.source);
    out.targets = ranges(proj.target);
    out.weight = proj.weight;
    out.weights = std::move(proj.weights);
    out.delayMs = proj.delay;
    out.delays = std::move(proj.delays);
    if (proj.kind == elab::SynapseKind::Model) {
      std::uint32_t k = kernelOfProjection[j];
      const ir::Kernel &kernel = exe->eventProgram.kernels[k];
      const ir::Model &model = exe->eventProgram.models[kernel.model];
      out.model = true;
      for (std::uint32_t i = 0; i < model.params.size(); ++i) {
        std::vector<double> values;
        if (!kernel.params[i].uniform && model.params[i].name == "w")
          values.assign(out.weights.begin(), out.weights.end());
        else if (!kernel.params[i].uniform && model.params[i].name == "delay")
          values.assign(out.delays.begin(), out.delays.end());
        out.params.push_back(std::move(values));
      }
      for (const auto &s : model.states)
        out.stateNames.push_back(s.name);
      out.liveStates = kernel.liveStates;
      bool hasPost = kernel.function(ir::FunctionKind::Post) != nullptr;
      out.hasPost = hasPost;
      if (options.eventEngine)
        out.eventKernel = eventCode[k];
      if (options.stepEngine)
        out.stepKernel = stepCode[k];
      if (hasPost)
        for (const auto &r : out.targets)
          image.populations[r.population].hasPostHandlers = true;
    }
    out.recipe = proj.recipe;
    out.rowStart = std::move(proj.connectivity.rowStart);
    out.column = std::move(proj.connectivity.target);
    image.projections.push_back(std::move(out));
  }
  image.hostFunctions = exe->eventProgram.hostFunctions;
  if (!options.compileNative)
    return exe;
  std::string error;
  exe->jit = llvmgen::Jit::compile(exe->enginePrograms(), {}, error);
  if (!exe->jit) {
    diags.error({}) << "native code generation failed: " << error;
    return nullptr;
  }
  exe->jitSeconds = exe->jit->compileSeconds();
  std::string missing;
  if (!rt::bindKernels(
          image, [&](const std::string &name) { return exe->jit->lookup(name); }, missing)) {
    diags.error({}) << "internal compiler error: the generated code has no '" << missing << "'";
    return nullptr;
  }
  return exe;
}

} // namespace flux::driver
