#include "gpu/GpuEngine.h"

#include "core/SpikeSources.h"
#include "engine/StepTime.h"
#include "engine/Topology.h"
#include "gpu/VulkanContext.h"
#include "io/NumberText.h"

#include <algorithm>
#include <array>
#include <bit>
#include <chrono>
#include <cmath>
#include <cstring>

namespace flux::rt::gpu {
namespace {

enum Binding : std::uint32_t {
  StateBuffer,
  IntegerBuffer,
  HistoryBuffer,
  InStartBuffer,
  InSynapseBuffer,
  InWeightBuffer,
  OutputBuffer,
  ProbeBuffer,
  ExternalBuffer,
  PlasticBuffer,
  DeliveredBuffer,
  TableBuffer,
  SumBuffer,
  SumTouchedBuffer,
  PushStartBuffer,
  PushBuffer,
  PushDelayBuffer,
};

static_assert(sizeof(PushConstants) <= Context::kPushConstantBytes);

using Clock = std::chrono::steady_clock;
double since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

class GpuEngine final : public Simulator {
public:
  GpuEngine(const NetworkImage &network, const RunOptions &options, const GpuProgram &program)
      : net(network), options(options), layout(program.layout), route(program.route),
        dt(options.dtMs) {}

  bool init(const GpuProgram &program, const GpuEngineOptions &engineOptions, std::string &error);
  bool advance(double untilMs, RunObserver &observer) override;
  bool checkState() override { return failure.empty(); }
  double now() const override { return static_cast<double>(step) * dt; }
  const RunCounters &counters() const override { return count; }
  const std::string &error() const override { return failure; }
  const char *engineName() const override { return "gpu"; }
  void setValue(std::uint32_t population, std::uint32_t begin, std::uint32_t end, bool parameter,
                std::uint32_t index, double value) override;
  double getValue(std::uint32_t population, std::uint32_t neuron, bool parameter,
                  std::uint32_t index) override;
  void injectSpike(std::uint32_t neuron, RunObserver &observer) override {
    (void)neuron;
    (void)observer;
    failure = "the GPU engine does not take spikes from the host yet";
  }
  std::uint64_t synapseStateBytes() const override { return 0; }
  void saveState(std::string &out) const override { out.clear(); }
  bool restoreState(std::string_view bytes, std::string &error) override {
    (void)bytes;
    error = "the GPU engine does not restore checkpoints yet: use --target cpu";
    return false;
  }

  std::string deviceName() const { return context ? context->device().name : std::string(); }
  GpuTimings timings;

private:
  bool create(Binding binding, std::uint64_t bytes, BufferKind kind, std::string &error);
  bool uploadAll(std::string &error);
  bool initSynapses(std::string &error);
  void fillExternal(std::int64_t first, std::uint32_t steps, std::vector<std::uint32_t> &words);
  /// A batch recorded and submitted, not yet read back.
  struct Batch {
    std::int64_t first = 0; // its first step
    std::uint32_t steps = 0;
    std::uint32_t half = 0; // which half of the output, probe and external buffers
    std::vector<std::int64_t> sampleSteps;
    CommandList *list = nullptr;
  };
  bool submitBatch(std::int64_t first, std::uint32_t steps, Batch &batch);
  bool finishBatch(const Batch &batch, RunObserver &observer);
  std::uint64_t valueOffset(std::uint32_t population, bool parameter, std::uint32_t index) const;

  const NetworkImage &net;
  RunOptions options;
  GpuLayout layout;
  SummedRoute route;
  /// Spikes the push phase takes at once: follows the busiest step of the last batch (the
  /// sums do not depend on it, only the speed does).
  std::uint32_t pushGroups = 64;
  double dt;
  std::unique_ptr<Context> context;
  std::array<BufferId, kBindingCount> buffers{};
  PipelineId pipeline{};
  std::array<CommandList *, 2> commands{}; // owned by the context: two batches in flight
  void reportSpike(double t, std::uint32_t neuron, RunObserver &observer) const;
  /// Per neuron bound to extern outputs: where its spikes go (the step engine's order).
  std::vector<std::vector<std::uint32_t>> outputChannels;
  std::vector<SpikeTrain> trains;
  std::vector<std::size_t> trainNext;
  std::int64_t step = 0;
  std::uint64_t batch = 0;
  RunCounters count;
  std::string failure;
};

bool GpuEngine::create(Binding binding, std::uint64_t bytes, BufferKind kind, std::string &error) {
  // Vulkan buffers are never empty; four bytes stand for an empty array.
  auto id = context->createBuffer(std::max<std::uint64_t>(bytes, 4), kind, error);
  if (!id)
    return false;
  buffers[binding] = *id;
  return context->bind(binding, *id, error);
}

bool GpuEngine::init(const GpuProgram &program, const GpuEngineOptions &engineOptions,
                     std::string &error) {
  const auto start = Clock::now();
  if (error = poissonTooFastForSteps(net, options.dtMs); !error.empty())
    return false;
  context = Context::create(engineOptions.device, error);
  if (!context || !context->setBindingCount(kBindingCount, error))
    return false;
  const std::uint64_t n = layout.neurons;
  const std::uint64_t k = layout.synapses;
  const std::uint64_t probes = options.probes.size();
  const std::array<std::uint64_t, kBindingCount> bytes = {
      layout.stateFloats * 4,
      (6 * n + layout.plasticSynapses) * 4,
      static_cast<std::uint64_t>(layout.historySteps) * n * 4,
      (n + 1) * 4,
      (k - layout.pushedSynapses) * 8,
      (k - layout.pushedSynapses) * 4,
      2 * layout.outputHalf() * 4,
      std::max<std::uint64_t>(2 * layout.probeHalf(probes), 1) * 4,
      std::max<std::uint64_t>(2 * layout.externalHalf(), 1) * 4,
      layout.plasticSynapses * 16,
      layout.plasticSynapses * layout.historySteps * 4,
      program.tables.size() * 4,
      2 * std::uint64_t{layout.historySteps} * layout.sumEntries * 4,
      layout.sumEntries > 0 ? static_cast<std::uint64_t>(layout.historySteps) * n * 4 : 0,
      layout.pushedSynapses > 0 ? (n + 1) * 4 : 0,
      layout.pushedSynapses * 16,
      layout.pushedSynapses * 4};
  std::uint64_t total = 0;
  for (std::uint64_t b : bytes)
    total += b;
  if (!context->reserve(total, error))
    return false;
  for (std::uint32_t b = 0; b < kBindingCount; ++b) {
    const BufferKind kind =
        b == OutputBuffer || b == ProbeBuffer ? BufferKind::Readback : BufferKind::Device;
    if (!create(static_cast<Binding>(b), bytes[b], kind, error))
      return false;
  }
  auto id = context->createPipeline(program.spirv, "main", error);
  if (!id)
    return false;
  pipeline = *id;
  for (CommandList *&list : commands) {
    list = context->createCommandList(error);
    if (list == nullptr)
      return false;
  }
  trains.resize(net.populations.size());
  trainNext.assign(net.populations.size(), 0);
  for (std::uint32_t p = 0; p < net.populations.size(); ++p) {
    const auto &pop = net.populations[p];
    if (pop.kind != PopulationKind::SpikeTrain)
      continue;
    auto train = loadSpikeTrainCsv(pop.file, pop.size, error);
    if (!train)
      return false;
    trains[p] = std::move(*train);
  }
  // Output channels in the order the step engine reports them: by projection, then synapse.
  const Topology topology(net);
  for (std::uint32_t p = 0; p < net.populations.size(); ++p) {
    const PopulationImage &pop = net.populations[p];
    for (std::uint32_t i = 0; i < pop.size; ++i)
      topology.forEachOutgoingRow(p, i, [&](std::uint32_t j, std::uint32_t row) {
        const ProjectionImage &proj = net.projections[j];
        if (!proj.output || !proj.enabled)
          return;
        if (outputChannels.empty())
          outputChannels.resize(net.neuronCount);
        for (std::uint64_t s = proj.rowStart[row]; s < proj.rowStart[row + 1]; ++s)
          outputChannels[pop.first + i].push_back(topology.targetNeuron(j, proj.column[s]));
      });
  }
  if (!context->upload(buffers[TableBuffer], 0, program.tables.data(), program.tables.size() * 4,
                       error) ||
      !uploadAll(error))
    return false;
  timings.upload = since(start);
  return true;
}

bool GpuEngine::uploadAll(std::string &error) {
  std::vector<float> state(layout.stateFloats, 0.0F);
  std::vector<std::int32_t> integers(
      6 * static_cast<std::size_t>(layout.neurons) + layout.plasticSynapses, 0);
  const PushTables push = buildPush(net, layout, route);
  std::copy(push.exponents.begin(), push.exponents.end(),
            integers.begin() + 5 * static_cast<std::ptrdiff_t>(layout.neurons) +
                static_cast<std::ptrdiff_t>(layout.plasticSynapses));
  for (std::uint32_t p = 0; p < net.populations.size(); ++p) {
    const PopulationImage &pop = net.populations[p];
    const PopulationLayout &where = layout.populations[p];
    if (pop.kind == PopulationKind::Poisson)
      for (std::uint32_t i = 0; i < pop.size; ++i)
        integers[4 * static_cast<std::size_t>(layout.neurons) + pop.first + i] =
            static_cast<std::int32_t>(
                poissonThreshold24(pop.rate.size() == 1 ? pop.rate[0] : pop.rate[i], options.dtMs));
    if (pop.kind != PopulationKind::Neurons)
      continue;
    // As the CPU step engine's KernelState: doubles rounded to float once.
    for (std::size_t s = 0; s < where.state.size(); ++s)
      if (where.state[s] != ~0ull)
        for (std::uint32_t i = 0; i < pop.size; ++i)
          state[where.state[s] + i] = static_cast<float>(
              pop.stateInit[s].size() == 1 ? pop.stateInit[s][0] : pop.stateInit[s][i]);
    for (std::size_t q = 0; q < where.param.size(); ++q)
      if (where.param[q] != ~0ull)
        for (std::uint32_t i = 0; i < pop.size; ++i)
          state[where.param[q] + i] = static_cast<float>(pop.params[q][i]);
  }
  for (std::uint32_t j = 0; j < net.projections.size(); ++j) {
    const ProjectionImage &proj = net.projections[j];
    const ProjectionLayout &where = layout.projections[j];
    for (std::size_t q = 0; q < where.param.size(); ++q)
      if (where.param[q] != ~0ull)
        for (std::uint64_t syn = 0; syn < proj.synapseCount(); ++syn)
          state[where.param[q] + syn] = static_cast<float>(proj.params[q][syn]);
  }
  IncomingTables in = buildIncoming(net, layout);
  std::vector<std::uint32_t> zeros(static_cast<std::size_t>(layout.historySteps) * layout.neurons,
                                   0);
  auto put = [&](Binding b, const void *data, std::uint64_t bytes) {
    return bytes == 0 || context->upload(buffers[b], 0, data, bytes, error);
  };
  auto zero = [&](Binding b, std::uint64_t words) {
    const std::vector<std::uint32_t> nothing(words, 0);
    return put(b, nothing.data(), words * 4);
  };
  return put(StateBuffer, state.data(), state.size() * 4) &&
         put(IntegerBuffer, integers.data(), integers.size() * 4) &&
         put(HistoryBuffer, zeros.data(), zeros.size() * 4) &&
         put(InStartBuffer, in.start.data(), in.start.size() * 4) &&
         put(InSynapseBuffer, in.synapse.data(), in.synapse.size() * 4) &&
         put(InWeightBuffer, in.weight.data(), in.weight.size() * 4) &&
         put(PlasticBuffer, in.plastic.data(), in.plastic.size() * 4) &&
         zero(SumBuffer, 2 * std::uint64_t{layout.historySteps} * layout.sumEntries) &&
         zero(SumTouchedBuffer, layout.sumEntries > 0 ? zeros.size() : 0) &&
         put(PushStartBuffer, push.start.data(),
             layout.pushedSynapses > 0 ? push.start.size() * 4 : 0) &&
         put(PushBuffer, push.synapse.data(), push.synapse.size() * 4) &&
         put(PushDelayBuffer, push.delay.data(), push.delay.size() * 4) && initSynapses(error);
}

bool GpuEngine::initSynapses(std::string &error) {
  if (layout.plasticSynapses == 0)
    return true;
  CommandList &list = *commands[0];
  PushConstants pc;
  pc.phase = static_cast<std::uint32_t>(Phase::InitSynapses);
  if (!list.begin(error))
    return false;
  list.pushConstants(&pc, sizeof pc);
  list.dispatch(pipeline, layout.plasticSynapses, kLocalSize);
  list.barrier();
  return list.end(error) && context->submit(list, error) && context->wait(list, error);
}

void GpuEngine::fillExternal(std::int64_t first, std::uint32_t steps,
                             std::vector<std::uint32_t> &words) {
  const std::uint32_t width = layout.externalWords();
  words.assign(static_cast<std::size_t>(steps) * width, 0);
  for (std::uint32_t p = 0; p < net.populations.size(); ++p) {
    const PopulationImage &pop = net.populations[p];
    const std::uint32_t base = layout.populations[p].externalBit;
    auto set = [&](std::uint32_t s, std::uint32_t i) {
      const std::uint32_t bit = base + i;
      words[static_cast<std::size_t>(s) * width + bit / 32] |= 1u << (bit % 32);
    };
    for (std::uint32_t s = 0; s < steps; ++s) {
      const double t = static_cast<double>(first + s) * dt;
      if (pop.kind == PopulationKind::Regular) {
        for (std::uint32_t i = 0; i < pop.size; ++i)
          if (regularFiresInStep(pop.rate.size() == 1 ? pop.rate[0] : pop.rate[i], pop.phaseMs, t,
                                 dt))
            set(s, i);
      } else if (pop.kind == PopulationKind::SpikeTrain) {
        const SpikeTrain &train = trains[p];
        std::size_t &next = trainNext[p];
        while (next < train.timesMs.size() && train.timesMs[next] < t + dt - 1e-9) {
          set(s, train.channels[next]);
          ++next;
        }
      }
    }
  }
}

bool GpuEngine::advance(double untilMs, RunObserver &observer) {
  std::int64_t end = step;
  while (static_cast<double>(end) * dt < untilMs - dt * 1e-9)
    ++end;
  // Two batches in flight: the host records the next and reads the last back while the device
  // runs one. Each uses its own half of the output, probe and external buffers.
  std::array<Batch, 2> flight;
  std::size_t head = 0;
  std::size_t queued = 0;
  std::int64_t submitted = step;
  while (failure.empty() && (submitted < end || queued > 0)) {
    while (failure.empty() && queued < flight.size() && submitted < end) {
      const auto steps =
          static_cast<std::uint32_t>(std::min<std::int64_t>(layout.batchSteps, end - submitted));
      if (!submitBatch(submitted, steps, flight[(head + queued) % flight.size()]))
        break;
      submitted += steps;
      ++queued;
    }
    if (queued == 0)
      break;
    finishBatch(flight[head], observer);
    head = (head + 1) % flight.size();
    --queued;
  }
  // After an error, what is still running is waited for, and its results are dropped.
  for (; queued > 0; --queued, head = (head + 1) % flight.size()) {
    std::string ignored;
    context->wait(*flight[head].list, ignored);
  }
  return failure.empty();
}

bool GpuEngine::submitBatch(std::int64_t first, std::uint32_t steps, Batch &b) {
  const auto start = Clock::now();
  b.first = first;
  b.steps = steps;
  b.half = static_cast<std::uint32_t>(batch % 2);
  b.list = commands[b.half];
  b.sampleSteps.clear();
  ++batch;
  const std::uint64_t outputBase = b.half * layout.outputHalf();
  const std::size_t probeCount = options.probes.size();
  const std::uint64_t probeBase = b.half * layout.probeHalf(probeCount);
  const std::uint64_t externalBase = b.half * layout.externalHalf();
  std::string error;
  // (An upload waits for the work already submitted: with regular or spike-train sources the
  // batches do not overlap.)
  if (layout.externalBits > 0) {
    std::vector<std::uint32_t> words;
    fillExternal(first, steps, words);
    if (!context->upload(buffers[ExternalBuffer], externalBase * 4, words.data(), words.size() * 4,
                         error)) {
      failure = error;
      return false;
    }
  }
  CommandList &list = *b.list;
  if (!list.begin(error)) {
    failure = error;
    return false;
  }
  list.fill(buffers[OutputBuffer], outputBase * 4,
            (std::uint64_t{kOutputHeader} + layout.batchSteps) * 4, 0);
  list.barrier();
  for (std::uint32_t s = 0; s < steps; ++s) {
    PushConstants pc;
    pc.step = static_cast<std::uint32_t>(first + s);
    pc.batchStep = s;
    pc.outputBase = static_cast<std::uint32_t>(outputBase);
    pc.probeBase = ~0u;
    if (probeCount > 0 && (first + s) % layout.probeEvery == 0) {
      pc.probeBase = static_cast<std::uint32_t>(probeBase + b.sampleSteps.size() * probeCount);
      b.sampleSteps.push_back(first + s);
    }
    pc.externalBase =
        static_cast<std::uint32_t>(externalBase + std::uint64_t{s} * layout.externalWords());
    pc.pushGroups = pushGroups;
    // With synapse models the step is three dispatches: the synapses' `on pre` / `on post`
    // see the neurons after `on fire` and before evolve, as in the step engine. Then the
    // step's spikes are pushed to summed populations.
    std::vector<std::pair<Phase, std::uint64_t>> parts;
    if (layout.plasticSynapses == 0)
      parts = {{Phase::Step, layout.neurons}};
    else
      parts = {{Phase::Fire, layout.neurons},
               {Phase::Synapses, layout.plasticSynapses},
               {Phase::Evolve, layout.neurons}};
    if (layout.pushedSynapses > 0)
      parts.emplace_back(Phase::Push, std::uint64_t{pushGroups} * kPushLanes);
    for (auto [phase, invocations] : parts) {
      pc.phase = static_cast<std::uint32_t>(phase);
      list.pushConstants(&pc, sizeof pc);
      list.dispatch(pipeline, invocations, kLocalSize);
      list.barrier();
    }
  }
  if (!list.end(error) || !context->submit(list, error)) {
    failure = error;
    return false;
  }
  timings.record += since(start);
  return true;
}

bool GpuEngine::finishBatch(const Batch &b, RunObserver &observer) {
  auto start = Clock::now();
  std::string error;
  if (!context->wait(*b.list, error)) {
    failure = error;
    return false;
  }
  timings.gpu += since(start);
  start = Clock::now();
  const std::uint32_t steps = b.steps;
  const std::vector<std::int64_t> &sampleStep = b.sampleSteps;
  const std::size_t probeCount = options.probes.size();
  // Read straight from the mapped output and probe buffers: a download would queue behind the
  // batch now running.
  const auto *output =
      static_cast<const std::uint32_t *>(context->readbackData(buffers[OutputBuffer])) +
      b.half * layout.outputHalf();
  const auto *probeValues =
      static_cast<const float *>(context->readbackData(buffers[ProbeBuffer])) +
      b.half * layout.probeHalf(probeCount);
  // The batch's spikes, sorted by step then neuron: the CPU step engine's recording order.
  std::array<std::uint32_t, kOutputHeader> header{};
  std::copy(output, output + kOutputHeader, header.begin());
  const std::uint32_t spikes = header[0];
  const std::uint32_t *events = output + kOutputHeader;
  const std::uint32_t *pairs = output + kOutputHeader + layout.batchSteps;
  std::vector<std::uint64_t> keys(spikes);
  for (std::uint32_t k = 0; k < spikes; ++k)
    keys[k] =
        static_cast<std::uint64_t>(pairs[2 * std::size_t{k}]) << 32 | pairs[2 * std::size_t{k} + 1];
  std::sort(keys.begin(), keys.end());
  // The busiest step sets how many spikes the next batches push at once (a power of two).
  std::uint32_t busiest = 0;
  for (std::size_t k = 0, run = 0; k < keys.size(); ++k) {
    run = k > 0 && keys[k] >> 32 == keys[k - 1] >> 32 ? run + 1 : 1;
    busiest = std::max(busiest, static_cast<std::uint32_t>(run));
  }
  pushGroups = std::clamp<std::uint32_t>(std::bit_ceil(std::max(busiest, 1u)), 64, 65536);
  const float *samples = probeValues;
  std::size_t nextKey = 0;
  std::size_t nextSample = 0;
  std::vector<double> values(probeCount);
  for (std::uint32_t s = 0; s < steps; ++s) {
    const double t = static_cast<double>(b.first + s) * dt;
    if (nextSample < sampleStep.size() && sampleStep[nextSample] == b.first + s) {
      for (std::size_t q = 0; q < probeCount; ++q)
        values[q] = samples[nextSample * probeCount + q];
      observer.onProbe(t, values);
      ++nextSample;
    }
    for (; nextKey < keys.size() && keys[nextKey] >> 32 == s; ++nextKey)
      reportSpike(t, static_cast<std::uint32_t>(keys[nextKey]), observer);
    count.synapticEvents += events[s];
  }
  count.spikes += spikes;
  count.eventsProcessed += steps;
  step = b.first + steps;
  if (header[1] != 0) {
    // A state went NaN or infinite: name it, as the CPU engines do.
    const std::uint32_t neuron = header[3];
    const std::uint32_t variable = header[4];
    for (std::uint32_t p = 0; p < net.populations.size(); ++p) {
      const PopulationImage &pop = net.populations[p];
      if (neuron < pop.first || neuron >= pop.first + pop.size || variable >= pop.stateNames.size())
        continue;
      const std::uint32_t i = neuron - pop.first;
      const double value = getValue(p, i, false, variable);
      const double at = static_cast<double>(header[2]) * dt;
      failure = "state '" + pop.stateNames[variable] + "' of neuron " + pop.name +
                (pop.size > 1 ? "[" + std::to_string(i) + "]" : std::string()) + " became " +
                shortestText(value) + " between t = " + shortestText(at) +
                " ms and t = " + shortestText(at + dt) +
                " ms; check the model's parameters and equations";
    }
    if (failure.empty())
      failure = "a state became NaN or infinite at step " + std::to_string(header[2]);
  }
  timings.readback += since(start);
  ++timings.batches;
  return failure.empty();
}

void GpuEngine::reportSpike(double t, std::uint32_t neuron, RunObserver &observer) const {
  observer.onSpike(t, neuron);
  // An extern output channel spikes with the neurons bound to it, right after each.
  if (!outputChannels.empty())
    for (std::uint32_t channel : outputChannels[neuron])
      observer.onSpike(t, channel);
}

std::uint64_t GpuEngine::valueOffset(std::uint32_t population, bool parameter,
                                     std::uint32_t index) const {
  const PopulationLayout &where = layout.populations[population];
  const auto &offsets = parameter ? where.param : where.state;
  return index < offsets.size() ? offsets[index] : ~0ull;
}

void GpuEngine::setValue(std::uint32_t population, std::uint32_t begin, std::uint32_t end,
                         bool parameter, std::uint32_t index, double value) {
  const std::uint64_t offset = valueOffset(population, parameter, index);
  if (offset == ~0ull || end <= begin)
    return;
  std::vector<float> values(end - begin, static_cast<float>(value));
  std::string error;
  if (!context->upload(buffers[StateBuffer], (offset + begin) * 4, values.data(), values.size() * 4,
                       error))
    failure = error;
}

double GpuEngine::getValue(std::uint32_t population, std::uint32_t neuron, bool parameter,
                           std::uint32_t index) {
  const std::uint64_t offset = valueOffset(population, parameter, index);
  float value = 0;
  std::string error;
  if (offset == ~0ull ||
      !context->download(buffers[StateBuffer], (offset + neuron) * 4, &value, sizeof value, error))
    return std::nan("");
  return static_cast<double>(value);
}

} // namespace

std::unique_ptr<Simulator> makeGpuEngine(const NetworkImage &network, const RunOptions &options,
                                         const GpuProgram &program,
                                         const GpuEngineOptions &engineOptions,
                                         std::string &error) {
  auto engine = std::make_unique<GpuEngine>(network, options, program);
  if (!engine->init(program, engineOptions, error))
    return nullptr;
  return engine;
}

std::string gpuDeviceName(const Simulator &simulator) {
  const auto *engine = dynamic_cast<const GpuEngine *>(&simulator);
  return engine ? engine->deviceName() : std::string();
}

GpuTimings gpuTimings(const Simulator &simulator) {
  const auto *engine = dynamic_cast<const GpuEngine *>(&simulator);
  return engine ? engine->timings : GpuTimings{};
}

} // namespace flux::rt::gpu
