// The C API of include/flux/flux.h over the engines: a simulator owns its network image (loaded
// from a generated library's tables), an engine, and the spikes of its extern outputs until
// the host reads them.
#include "flux/flux.h"

#include "embed/FluxCreate.h"
#include "embed/ImageBlob.h"
#include "engine/BindKernels.h"
#include "engine/Simulator.h"
#include "io/Checkpoint.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_set>
#include <vector>

namespace {

using flux::rt::NetworkImage;
using flux::rt::PopulationKind;

/// Spikes of the extern outputs, kept until the host reads them.
class OutputCollector final : public flux::rt::RunObserver {
public:
  struct Output {
    std::uint32_t first = 0; // global index of channel 0
    std::uint32_t size = 0;
    std::vector<flux_spike> spikes;
    std::size_t readFrom = 0; // spikes before it were read
  };
  std::vector<Output> outputs;

  void onSpike(double timeMs, std::uint32_t neuron) override {
    for (auto &out : outputs)
      if (neuron >= out.first && neuron - out.first < out.size) {
        out.spikes.push_back({timeMs, neuron - out.first});
        return;
      }
  }
};

/// Simulators alive now: a call on a destroyed one is answered with an error instead of
/// touching freed memory.
std::mutex registryMutex;
std::unordered_set<const void *> &registry() {
  static std::unordered_set<const void *> live;
  return live;
}

thread_local std::string createError;

} // namespace

struct flux_sim {
  NetworkImage image; // the whole network (distributed: without its synapses)
  std::unique_ptr<flux::rt::Simulator> engine;
  NetworkImage *engineImage = &image; // what the engine runs (distributed: our part)
  std::shared_ptr<void> keep;         // what else a distributed engine needs
  bool distributed = false;
  double dtMs = 0.1;
  std::string error;
  OutputCollector outputs;
  std::vector<std::uint32_t> inputs; // population of each extern input
  struct HostFn {
    flux_host_fn fn = nullptr;
    void *user = nullptr;
  };
  std::vector<HostFn> hostFns;

  flux_status fail(flux_status status, std::string message) {
    error = std::move(message);
    return status;
  }
  /// Calls that need every synapse, or every neuron's state, in this process.
  flux_status notDistributed(const char *what) {
    return distributed ? fail(FLUX_ERROR_UNSUPPORTED,
                              std::string(what) + ": not supported by a distributed simulator "
                                                  "(flux_create_distributed) yet")
                       : FLUX_OK;
  }
  flux_status checkRun() {
    if (!engine->error().empty())
      return fail(FLUX_ERROR_RUNTIME, engine->error());
    return FLUX_OK;
  }
};

namespace {

bool alive(const flux_sim *sim) {
  if (sim == nullptr)
    return false;
  std::lock_guard<std::mutex> lock(registryMutex);
  return registry().count(sim) != 0;
}

// A live simulator from a handle, or the status to return (the pointer is never followed
// when it is not registered).
#define FLUX_CHECK(sim)                                                                            \
  do {                                                                                             \
    if (!alive(sim))                                                                               \
      return FLUX_ERROR_DESTROYED;                                                                 \
  } while (false)

double hostCall(void *host, std::uint32_t function, std::uint32_t argc, const double *args) {
  auto *sim = static_cast<flux_sim *>(host);
  if (function >= sim->hostFns.size() || sim->hostFns[function].fn == nullptr)
    return 0;
  return sim->hostFns[function].fn(sim->hostFns[function].user, argc, args);
}

bool validVar(const flux_sim *sim, const flux_var &var, std::string &why) {
  if (var.population >= sim->image.populations.size()) {
    why = "no population " + std::to_string(var.population) + " (the network has " +
          std::to_string(sim->image.populations.size()) + ")";
    return false;
  }
  const auto &pop = sim->image.populations[var.population];
  if (pop.kind != PopulationKind::Neurons) {
    why = "'" + pop.name + "' is not a population of neurons: it has no state or parameters";
    return false;
  }
  std::size_t count = var.is_parameter ? pop.paramNames.size() : pop.stateNames.size();
  if (var.index >= count) {
    why = "'" + pop.name + "' has " + std::to_string(count) +
          (var.is_parameter ? " parameters" : " state variables") + ", not " +
          std::to_string(var.index + 1);
    return false;
  }
  return true;
}

std::string varName(const flux_sim *sim, const flux_var &var) {
  const auto &pop = sim->image.populations[var.population];
  return pop.name + "." +
         (var.is_parameter ? pop.paramNames[var.index] : pop.stateNames[var.index]);
}

/// A valid variable of a neuron in range (FLUX_ALL too when `all`), kept by the compiler.
flux_status checkVarAccess(flux_sim *sim, const char *what, const flux_var &var,
                           std::uint32_t neuron, bool all) {
  std::string why;
  if (!validVar(sim, var, why))
    return sim->fail(FLUX_ERROR_HANDLE, std::string(what) + ": " + why);
  const auto &pop = sim->image.populations[var.population];
  if (!(all && neuron == FLUX_ALL) && neuron >= pop.size)
    return sim->fail(FLUX_ERROR_HANDLE, std::string(what) + ": '" + pop.name + "' has " +
                                            std::to_string(pop.size) + " neurons, not " +
                                            std::to_string(neuron + 1));
  if (var.is_parameter ? pop.params[var.index].empty() : pop.stateInit[var.index].empty())
    return sim->fail(FLUX_ERROR_UNSUPPORTED,
                     std::string(what) + ": '" + varName(sim, var) +
                         (var.is_parameter ? "' was folded into the code (the library was built "
                                             "with --fold-params; rebuild without it)"
                                           : "' is not kept: nothing reads it, and the compiler "
                                             "removed it"));
  return FLUX_OK;
}

flux_status runUntil(flux_sim *sim, double t) {
  if (!std::isfinite(t))
    return sim->fail(FLUX_ERROR_ARGUMENT, "the time to run to must be a finite number of ms");
  if (!sim->engine->error().empty())
    return sim->checkRun();
  if (t > sim->engine->now())
    sim->engine->advance(t, sim->outputs);
  return sim->checkRun();
}

} // namespace

extern "C" {

void flux_options_init(flux_options *options) {
  if (options == nullptr)
    return;
  *options = flux_options{};
  options->struct_size = sizeof(flux_options);
  options->engine = FLUX_ENGINE_EVENT;
  options->dt_ms = 0.1;
  options->seed = 0;
}

} // extern "C"

namespace flux::rt {

flux_status createSimulator(const char *caller, const flux_network *network,
                            const flux_options *options, flux_sim **out, bool regenerate,
                            const EngineMaker &make) {
  createError.clear();
  if (out == nullptr) {
    createError = std::string(caller) + ": the result pointer is NULL";
    return FLUX_ERROR_ARGUMENT;
  }
  *out = nullptr;
  if (network == nullptr) {
    createError = std::string(caller) + ": the network is NULL";
    return FLUX_ERROR_ARGUMENT;
  }
  if (network->abi_version != FLUX_ABI_VERSION) {
    createError = std::string(caller) + ": the network was built for Flux ABI " +
                  std::to_string(network->abi_version) + ", this runtime has ABI " +
                  std::to_string(FLUX_ABI_VERSION) + " (rebuild it with this Flux's fluxc build)";
    return FLUX_ERROR_NETWORK;
  }
  flux_options opts;
  flux_options_init(&opts);
  opts.dt_ms = network->default_dt_ms;
  if (options != nullptr) {
    if (options->struct_size != sizeof(flux_options)) {
      createError = std::string(caller) + ": flux_options.struct_size is " +
                    std::to_string(options->struct_size) + ", expected " +
                    std::to_string(sizeof(flux_options)) + " (call flux_options_init first)";
      return FLUX_ERROR_ARGUMENT;
    }
    opts = *options;
  }
  if (opts.engine != FLUX_ENGINE_EVENT && opts.engine != FLUX_ENGINE_STEP) {
    createError = std::string(caller) + ": unknown engine " +
                  std::to_string(static_cast<int>(opts.engine)) +
                  " (FLUX_ENGINE_EVENT or FLUX_ENGINE_STEP)";
    return FLUX_ERROR_ARGUMENT;
  }
  if (!(opts.dt_ms > 0) || !std::isfinite(opts.dt_ms)) {
    createError = std::string(caller) + ": dt_ms must be a positive number of ms";
    return FLUX_ERROR_ARGUMENT;
  }
  if (opts.engine == FLUX_ENGINE_STEP &&
      std::fabs(opts.dt_ms - network->default_dt_ms) > 1e-12 * network->default_dt_ms) {
    // The step engine's code has dt folded in (exp(-dt/tau) is a constant).
    createError = std::string(caller) + ": '" + std::string(network->name) +
                  "' was built for dt = " + std::to_string(network->default_dt_ms) +
                  " ms on the step engine; rebuild with fluxc build --dt to step by " +
                  std::to_string(opts.dt_ms) + " ms";
    return FLUX_ERROR_UNSUPPORTED;
  }
  std::string error;
  auto image = flux::rt::deserializeImage(
      std::string_view(reinterpret_cast<const char *>(network->image), network->image_size), error);
  if (!image || (regenerate && !flux::rt::regenerateConnectivity(*image, error))) {
    createError = std::string(caller) + ": " + error;
    return FLUX_ERROR_NETWORK;
  }
  std::string missing;
  bool bound = flux::rt::bindKernels(
      *image,
      [&](const std::string &name) -> void * {
        for (std::uint64_t k = 0; k < network->symbol_count; ++k)
          if (name == network->symbols[k].name)
            return network->symbols[k].address;
        return nullptr;
      },
      missing);
  if (!bound) {
    createError = std::string(caller) + ": the library has no function '" + missing +
                  "' (its code and its network tables do not belong together)";
    return FLUX_ERROR_NETWORK;
  }
  auto sim = std::make_unique<flux_sim>();
  sim->image = std::move(*image);
  if (opts.seed != 0)
    sim->image.seed = opts.seed;
  sim->image.host = sim.get();
  sim->image.hostCall = hostCall;
  sim->hostFns.resize(sim->image.hostFunctions.size());
  sim->dtMs = opts.dt_ms;
  for (std::uint32_t p = 0; p < sim->image.populations.size(); ++p) {
    const auto &pop = sim->image.populations[p];
    if (pop.kind != PopulationKind::Extern)
      continue;
    if (pop.externOutput)
      sim->outputs.outputs.push_back({pop.first, pop.size, {}, 0});
    else
      sim->inputs.push_back(p);
  }
  flux::rt::RunOptions run;
  run.dtMs = opts.dt_ms;
  flux_status status = FLUX_ERROR_NETWORK;
  MadeEngine made = make(sim->image, opts, run, error, status);
  if (!made.engine) {
    createError = std::string(caller) + ": " + error;
    return status;
  }
  sim->engine = std::move(made.engine);
  sim->engineImage = made.image != nullptr ? made.image : &sim->image;
  sim->keep = std::move(made.keep);
  sim->distributed = made.distributed;
  {
    std::lock_guard<std::mutex> lock(registryMutex);
    registry().insert(sim.get());
  }
  *out = sim.release();
  return FLUX_OK;
}

} // namespace flux::rt

extern "C" {

flux_status flux_create(const flux_network *network, const flux_options *options, flux_sim **out) {
  return flux::rt::createSimulator(
      "flux_create", network, options, out, true,
      [](NetworkImage &image, const flux_options &opts, const flux::rt::RunOptions &run,
         std::string &error, flux_status &) {
        flux::rt::MadeEngine made;
        made.engine = opts.engine == FLUX_ENGINE_STEP
                          ? flux::rt::makeStepEngine(image, run, error)
                          : flux::rt::makeEventEngine(image, run, error);
        return made;
      });
}

void flux_destroy(flux_sim *sim) {
  if (sim == nullptr)
    return;
  {
    std::lock_guard<std::mutex> lock(registryMutex);
    if (registry().erase(sim) == 0)
      return; // destroyed twice, or never created: nothing to free
  }
  delete sim;
}

const char *flux_error(const flux_sim *sim) {
  if (sim == nullptr)
    return createError.c_str();
  if (!alive(sim))
    return "this simulator was destroyed (or never created)";
  return sim->error.c_str();
}

double flux_time_ms(const flux_sim *sim) {
  return alive(sim) ? sim->engine->now() : std::nan("");
}

flux_status flux_run_for(flux_sim *sim, double ms) {
  FLUX_CHECK(sim);
  if (!(ms >= 0))
    return sim->fail(FLUX_ERROR_ARGUMENT, "flux_run_for: the duration must be >= 0 ms");
  return runUntil(sim, sim->engine->now() + ms);
}

flux_status flux_run_until(flux_sim *sim, double tMs) {
  FLUX_CHECK(sim);
  return runUntil(sim, tMs);
}

flux_status flux_step(flux_sim *sim) {
  FLUX_CHECK(sim);
  return runUntil(sim, sim->engine->now() + sim->dtMs);
}

uint32_t flux_input_count(const flux_sim *sim) {
  return alive(sim) ? static_cast<uint32_t>(sim->inputs.size()) : 0;
}

uint32_t flux_output_count(const flux_sim *sim) {
  return alive(sim) ? static_cast<uint32_t>(sim->outputs.outputs.size()) : 0;
}

uint32_t flux_input_size(const flux_sim *sim, uint32_t input) {
  if (!alive(sim) || input >= sim->inputs.size())
    return 0;
  return sim->image.populations[sim->inputs[input]].size;
}

uint32_t flux_output_size(const flux_sim *sim, uint32_t output) {
  if (!alive(sim) || output >= sim->outputs.outputs.size())
    return 0;
  return sim->outputs.outputs[output].size;
}

flux_status flux_find_input(const flux_sim *sim, const char *name, uint32_t *input) {
  FLUX_CHECK(sim);
  auto *self = const_cast<flux_sim *>(sim);
  if (name == nullptr || input == nullptr)
    return self->fail(FLUX_ERROR_ARGUMENT, "flux_find_input: a NULL argument");
  for (std::uint32_t k = 0; k < sim->inputs.size(); ++k)
    if (sim->image.populations[sim->inputs[k]].name == name) {
      *input = k;
      return FLUX_OK;
    }
  return self->fail(FLUX_ERROR_HANDLE,
                    "flux_find_input: the network has no extern input '" + std::string(name) + "'");
}

flux_status flux_find_output(const flux_sim *sim, const char *name, uint32_t *output) {
  FLUX_CHECK(sim);
  auto *self = const_cast<flux_sim *>(sim);
  if (name == nullptr || output == nullptr)
    return self->fail(FLUX_ERROR_ARGUMENT, "flux_find_output: a NULL argument");
  std::uint32_t k = 0;
  for (const auto &pop : sim->image.populations) {
    if (pop.kind != PopulationKind::Extern || !pop.externOutput)
      continue;
    if (pop.name == name) {
      *output = k;
      return FLUX_OK;
    }
    ++k;
  }
  return self->fail(FLUX_ERROR_HANDLE, "flux_find_output: the network has no extern output '" +
                                           std::string(name) + "'");
}

flux_status flux_find_var(const flux_sim *sim, const char *name, flux_var *var) {
  FLUX_CHECK(sim);
  auto *self = const_cast<flux_sim *>(sim);
  if (name == nullptr || var == nullptr)
    return self->fail(FLUX_ERROR_ARGUMENT, "flux_find_var: a NULL argument");
  std::string text = name;
  auto dot = text.rfind('.');
  if (dot != std::string::npos)
    for (std::uint32_t p = 0; p < sim->image.populations.size(); ++p) {
      const auto &pop = sim->image.populations[p];
      if (pop.kind != PopulationKind::Neurons || pop.name != text.substr(0, dot))
        continue;
      std::string member = text.substr(dot + 1);
      for (std::uint32_t s = 0; s < pop.stateNames.size(); ++s)
        if (pop.stateNames[s] == member) {
          *var = {p, s, 0};
          return FLUX_OK;
        }
      for (std::uint32_t i = 0; i < pop.paramNames.size(); ++i)
        if (pop.paramNames[i] == member) {
          *var = {p, i, 1};
          return FLUX_OK;
        }
    }
  return self->fail(FLUX_ERROR_HANDLE,
                    "flux_find_var: no state variable or parameter '" + text +
                        "' (name one as population.member, such as 'Cpg.osc.a.threshold')");
}

flux_status flux_find_projection(const flux_sim *sim, const char *name, uint32_t *projection) {
  FLUX_CHECK(sim);
  auto *self = const_cast<flux_sim *>(sim);
  if (name == nullptr || projection == nullptr)
    return self->fail(FLUX_ERROR_ARGUMENT, "flux_find_projection: a NULL argument");
  for (std::uint32_t j = 0; j < sim->image.projections.size(); ++j)
    if (sim->image.projections[j].name == name) {
      *projection = j;
      return FLUX_OK;
    }
  return self->fail(FLUX_ERROR_HANDLE,
                    "flux_find_projection: no projection '" + std::string(name) +
                        "' (projections are named 'Source->Target', as in the generated "
                        "header's comments)");
}

flux_status flux_input_spike(flux_sim *sim, uint32_t input, uint32_t channel) {
  FLUX_CHECK(sim);
  if (input >= sim->inputs.size())
    return sim->fail(FLUX_ERROR_HANDLE, "flux_input_spike: no input " + std::to_string(input) +
                                            " (the network has " +
                                            std::to_string(sim->inputs.size()) + ")");
  const auto &pop = sim->image.populations[sim->inputs[input]];
  if (channel >= pop.size)
    return sim->fail(FLUX_ERROR_HANDLE, "flux_input_spike: '" + pop.name + "' has " +
                                            std::to_string(pop.size) + " channels, not " +
                                            std::to_string(channel + 1));
  if (!sim->engine->error().empty())
    return sim->checkRun();
  sim->engine->injectSpike(pop.first + channel, sim->outputs);
  return FLUX_OK;
}

flux_status flux_output_counts(flux_sim *sim, uint32_t output, uint32_t *counts, uint32_t size) {
  FLUX_CHECK(sim);
  if (output >= sim->outputs.outputs.size())
    return sim->fail(FLUX_ERROR_HANDLE, "flux_output_counts: no output " + std::to_string(output) +
                                            " (the network has " +
                                            std::to_string(sim->outputs.outputs.size()) + ")");
  auto &out = sim->outputs.outputs[output];
  if (counts == nullptr || size != out.size)
    return sim->fail(FLUX_ERROR_ARGUMENT,
                     "flux_output_counts: the output has " + std::to_string(out.size) +
                         " channels; pass an array of that many counts (got " +
                         (counts == nullptr ? std::string("NULL") : std::to_string(size)) + ")");
  std::fill(counts, counts + size, 0u);
  for (std::size_t k = out.readFrom; k < out.spikes.size(); ++k)
    ++counts[out.spikes[k].channel];
  out.spikes.clear();
  out.readFrom = 0;
  return FLUX_OK;
}

flux_status flux_output_spikes(flux_sim *sim, uint32_t output, flux_spike *spikes, size_t capacity,
                               size_t *count) {
  FLUX_CHECK(sim);
  if (output >= sim->outputs.outputs.size())
    return sim->fail(FLUX_ERROR_HANDLE, "flux_output_spikes: no output " + std::to_string(output) +
                                            " (the network has " +
                                            std::to_string(sim->outputs.outputs.size()) + ")");
  if (count == nullptr || (spikes == nullptr && capacity > 0))
    return sim->fail(FLUX_ERROR_ARGUMENT, "flux_output_spikes: a NULL argument");
  auto &out = sim->outputs.outputs[output];
  std::size_t n = std::min(capacity, out.spikes.size() - out.readFrom);
  std::copy_n(out.spikes.begin() + static_cast<std::ptrdiff_t>(out.readFrom), n, spikes);
  out.readFrom += n;
  if (out.readFrom == out.spikes.size()) {
    out.spikes.clear();
    out.readFrom = 0;
  }
  *count = n;
  return FLUX_OK;
}

flux_status flux_get(flux_sim *sim, flux_var var, uint32_t neuron, double *value) {
  FLUX_CHECK(sim);
  if (auto status = checkVarAccess(sim, "flux_get", var, neuron, false); status != FLUX_OK)
    return status;
  if (value == nullptr)
    return sim->fail(FLUX_ERROR_ARGUMENT, "flux_get: the value pointer is NULL");
  *value = sim->engine->getValue(var.population, neuron, var.is_parameter != 0, var.index);
  return FLUX_OK;
}

flux_status flux_set(flux_sim *sim, flux_var var, uint32_t neuron, double value) {
  FLUX_CHECK(sim);
  if (auto status = checkVarAccess(sim, "flux_set", var, neuron, true); status != FLUX_OK)
    return status;
  const auto &pop = sim->image.populations[var.population];
  std::uint32_t begin = neuron == FLUX_ALL ? 0 : neuron;
  std::uint32_t end = neuron == FLUX_ALL ? pop.size : neuron + 1;
  sim->engine->setValue(var.population, begin, end, var.is_parameter != 0, var.index, value);
  return FLUX_OK;
}

flux_status flux_projection_size(const flux_sim *sim, uint32_t projection, uint64_t *synapses) {
  FLUX_CHECK(sim);
  auto *self = const_cast<flux_sim *>(sim);
  if (projection >= sim->image.projections.size())
    return self->fail(FLUX_ERROR_HANDLE,
                      "flux_projection_size: no projection " + std::to_string(projection));
  if (synapses == nullptr)
    return self->fail(FLUX_ERROR_ARGUMENT, "flux_projection_size: a NULL argument");
  if (auto status = self->notDistributed("flux_projection_size"); status != FLUX_OK)
    return status;
  *synapses = sim->image.projections[projection].synapseCount();
  return FLUX_OK;
}

namespace {

flux_status checkSynapse(flux_sim *sim, const char *what, uint32_t projection, uint64_t synapse) {
  if (auto status = sim->notDistributed(what); status != FLUX_OK)
    return status;
  if (projection >= sim->image.projections.size())
    return sim->fail(FLUX_ERROR_HANDLE, std::string(what) + ": no projection " +
                                            std::to_string(projection) + " (the network has " +
                                            std::to_string(sim->image.projections.size()) + ")");
  const auto &proj = sim->image.projections[projection];
  if (synapse >= proj.synapseCount())
    return sim->fail(FLUX_ERROR_HANDLE, std::string(what) + ": '" + proj.name + "' has " +
                                            std::to_string(proj.synapseCount()) +
                                            " synapses, not " + std::to_string(synapse + 1));
  if (proj.model)
    return sim->fail(FLUX_ERROR_UNSUPPORTED,
                     std::string(what) + ": '" + proj.name +
                         "' has a synapse model: its weight is the synapse's state");
  return FLUX_OK;
}

} // namespace

flux_status flux_set_weight(flux_sim *sim, uint32_t projection, uint64_t synapse, double weight) {
  FLUX_CHECK(sim);
  if (auto status = checkSynapse(sim, "flux_set_weight", projection, synapse); status != FLUX_OK)
    return status;
  if (!std::isfinite(weight))
    return sim->fail(FLUX_ERROR_ARGUMENT, "flux_set_weight: the weight must be finite");
  sim->image.projections[projection].setWeight(synapse, static_cast<float>(weight));
  return FLUX_OK;
}

flux_status flux_get_weight(const flux_sim *sim, uint32_t projection, uint64_t synapse,
                            double *weight) {
  FLUX_CHECK(sim);
  auto *self = const_cast<flux_sim *>(sim);
  if (auto status = checkSynapse(self, "flux_get_weight", projection, synapse); status != FLUX_OK)
    return status;
  if (weight == nullptr)
    return self->fail(FLUX_ERROR_ARGUMENT, "flux_get_weight: a NULL argument");
  const auto &proj = sim->image.projections[projection];
  *weight = proj.weights.empty() ? static_cast<double>(static_cast<float>(proj.weight))
                                 : static_cast<double>(proj.weights[synapse]);
  return FLUX_OK;
}

flux_status flux_set_projection_enabled(flux_sim *sim, uint32_t projection, int enabled) {
  FLUX_CHECK(sim);
  if (projection >= sim->image.projections.size())
    return sim->fail(FLUX_ERROR_HANDLE,
                     "flux_set_projection_enabled: no projection " + std::to_string(projection));
  sim->image.projections[projection].enabled = enabled != 0;
  sim->engineImage->projections[projection].enabled = enabled != 0;
  return FLUX_OK;
}

flux_status flux_bind_fn(flux_sim *sim, uint32_t function, flux_host_fn fn, void *user) {
  FLUX_CHECK(sim);
  if (function >= sim->hostFns.size())
    return sim->fail(FLUX_ERROR_HANDLE, "flux_bind_fn: no extern fn " + std::to_string(function) +
                                            " (the network calls " +
                                            std::to_string(sim->hostFns.size()) + ")");
  sim->hostFns[function] = {fn, user};
  return FLUX_OK;
}

flux_status flux_save_checkpoint(const flux_sim *sim, const char *path) {
  FLUX_CHECK(sim);
  auto *self = const_cast<flux_sim *>(sim);
  if (path == nullptr)
    return self->fail(FLUX_ERROR_ARGUMENT, "flux_save_checkpoint: the path is NULL");
  if (auto status = self->notDistributed("flux_save_checkpoint"); status != FLUX_OK)
    return status;
  if (auto error = flux::rt::writeCheckpoint(path, *sim->engine, &sim->image))
    return self->fail(FLUX_ERROR_IO, "flux_save_checkpoint: " + *error);
  return FLUX_OK;
}

flux_status flux_restore_checkpoint(flux_sim *sim, const char *path) {
  FLUX_CHECK(sim);
  if (path == nullptr)
    return sim->fail(FLUX_ERROR_ARGUMENT, "flux_restore_checkpoint: the path is NULL");
  if (auto status = sim->notDistributed("flux_restore_checkpoint"); status != FLUX_OK)
    return status;
  if (auto error = flux::rt::readCheckpoint(path, *sim->engine, &sim->image))
    return sim->fail(FLUX_ERROR_IO, "flux_restore_checkpoint: " + *error);
  for (auto &out : sim->outputs.outputs) {
    out.spikes.clear();
    out.readFrom = 0;
  }
  return FLUX_OK;
}

flux_status flux_counters(const flux_sim *sim, uint64_t *spikes, uint64_t *synapticEvents) {
  FLUX_CHECK(sim);
  const auto &c = sim->engine->counters();
  if (spikes != nullptr)
    *spikes = c.spikes;
  if (synapticEvents != nullptr)
    *synapticEvents = c.synapticEvents;
  return FLUX_OK;
}

} // extern "C"
