// The time-stepped engine: fixed steps of dt in single precision, the CPU reference that the GPU
// backend must reproduce spike for spike. Step n (t = n dt):
//   1. probes sample the state;
//   2. deliveries due at step n run the targets' input handlers and mark the targets as touched;
//   3. population by population, the vectorised `update` evaluates the firing condition of the
//      touched neurons (of all neurons on a `checked every` step) and marks those that fire, and
//      `on fire` runs for each of them (a refractory period of r ms lasts ceil(r / dt) steps);
//      nothing is emitted yet;
//   4. the neurons spiking at step n are the input sources that spike in [t, t + dt), the
//      neurons whose `on fire` ran in 3 and the neurons with a burst spike due at n; each of
//      them spikes once, in ascending global neuron index: the spike is recorded, runs `on post`
//      of the plastic synapses onto the neuron, and is scheduled on the delay ring buffer along
//      the neuron's projections, ceil(delay / dt) steps ahead (at least one);
//   5. population by population, the vectorised `evolve_all` advances every neuron by dt.
// A burst is per-neuron state {origin n, count c, gap g, next k}: an `on fire` at step n that
// asks for c >= 2 spikes g > 0 ms apart spikes at n, and its k-th further spike (k = 1 .. c - 1)
// is due at step n + ceil(k g / dt); several due at one step are one spike. Every `on fire`
// replaces the burst state (a count of 1 or a gap <= 0 clears it): a new burst cancels what
// remained of an earlier one.
//
// The order of inputs, which the GPU, gathering each neuron's inputs, reproduces: the deliveries
// that reach one neuron at one step run in the order (emission step ascending, that is longer
// delays first; source global index ascending; projection index ascending; synapse index
// ascending within the source's row). It follows from step 4's order, from
// Topology::forEachOutgoingRow visiting a source's projections in ascending index, from a row
// running (or being scheduled synapse by synapse, with per-synapse delays or a synapse model) in
// CSR order, and from a ring slot running its deliveries in the order they were pushed. The one
// exception: a spike injected between steps (injectSpike: the C API's flux_input_spike, `spike`
// of fluxc run --control) is emitted at once, before the spikes of the next step.
#include "core/SpikeSources.h"
#include "distributed/Distributed.h"
#include "distributed/Partition.h"
#include "distributed/SpikeExchange.h"
#include "engine/KernelState.h"
#include "engine/Simulator.h"
#include "engine/StateCodec.h"
#include "engine/StepTime.h"
#include "engine/SummedInputs.h"
#include "engine/Topology.h"
#include "io/NumberText.h"
#include "io/StopSignal.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstring>
#include <limits>
#include <sstream>

namespace flux::rt {
namespace {

struct Pending {
  enum class Type : std::uint8_t { Row, Single } type = Type::Row;
  InputKind kind = InputKind::Direct;
  std::uint32_t projection = 0; // Row
  std::uint32_t index = 0;      // Row: the row; Single: the target neuron
  float value = 0;
};

/// What remains of a neuron's burst: `on fire` at step `origin` asked for `count` spikes `gap`
/// ms apart; spike `next` (1 .. count - 1) is the next one due. count 0: no burst.
struct Burst {
  std::int64_t count = 0;
  std::int64_t next = 0;
  std::int32_t origin = 0;
  float gap = 0;
};

class StepEngine final : public Simulator {
public:
  StepEngine(const NetworkImage &network, const RunOptions &options,
             const PartitionMap *partition = nullptr, SpikeExchange *exchange = nullptr)
      : net(network), topo(network), options(options), dt(options.dtMs),
        dtSingle(static_cast<float>(options.dtMs)) {
    this->partition = partition;
    this->exchange = exchange;
  }

  bool init(std::string &message);
  bool advance(double untilMs, RunObserver &observer) override;
  double now() const override { return static_cast<double>(step) * dt; }
  const RunCounters &counters() const override { return exchange ? reported : count; }
  const std::string &error() const override { return failure; }
  const char *engineName() const override { return "step"; }
  void saveState(std::string &out) const override;
  bool restoreState(std::string_view bytes, std::string &error) override;
  // Distributed, neurons are named by their index in the whole network: each process sets
  // its own, reads its own (NaN for the others'), and every process injects the same spikes.
  void setValue(std::uint32_t population, std::uint32_t begin, std::uint32_t end, bool parameter,
                std::uint32_t index, double value) override {
    if (!partition) {
      pops[population].set(parameter, index, begin, end, value);
      return;
    }
    for (std::uint32_t i = begin; i < end; ++i)
      if (partition->owns(population, i)) {
        const std::uint32_t local = partition->localIndex(population, i);
        pops[population].set(parameter, index, local, local + 1, value);
      }
  }
  double getValue(std::uint32_t population, std::uint32_t neuron, bool parameter,
                  std::uint32_t index) override {
    if (partition && !partition->owns(population, neuron))
      return std::numeric_limits<double>::quiet_NaN();
    return pops[population].get(parameter, index,
                                partition ? partition->localIndex(population, neuron) : neuron);
  }
  void injectSpike(std::uint32_t neuron, RunObserver &observer) override {
    if (partition)
      emitGlobal(neuron, step, observer);
    else
      emit(neuron, observer);
  }
  std::uint64_t synapseStateBytes() const override {
    std::uint64_t n = 0;
    for (const auto &k : syns)
      for (const auto &v : k.state)
        n += v.size() * sizeof(float);
    for (const auto &l : synapseLast)
      n += l.size() * sizeof(std::int32_t);
    return n;
  }

private:
  std::int64_t stepsFor(double ms) const { return rt::stepsFor(ms, dt); }
  /// The step at which spike k of a burst is due.
  std::int64_t burstStep(const Burst &b, std::int64_t k) const {
    return b.origin + stepsFor(static_cast<double>(k) * static_cast<double>(b.gap));
  }
  std::vector<Pending> &slot(std::int64_t at) {
    // Distributed, a slice's spikes are scheduled after its steps: the next step is still due.
    assert(at >= step && at - step < static_cast<std::int64_t>(ring.size()) &&
           "a delivery beyond the delay ring");
    return ring[static_cast<std::size_t>(at % static_cast<std::int64_t>(ring.size()))];
  }
  void runStep(RunObserver &observer);
  void deliverDue();
  void fire(std::uint32_t p, std::uint32_t i);
  void startBurst(std::uint32_t neuron, float countValue, float gap);
  void addSourceSpikes();
  void addBurstSpikes();
  void addSpike(std::uint32_t neuron) {
    if (spiking[neuron] == 0) {
      spiking[neuron] = 1;
      spikingNow.push_back(neuron);
    }
  }
  void deliver(std::uint32_t neuron, InputKind kind, float w);
  void emit(std::uint32_t neuron, RunObserver &observer);
  void updateSynapse(std::uint32_t projection, std::uint64_t s, std::uint32_t targetPop,
                     std::uint32_t post);
  bool checkFinite();
  bool checkState() override;
  std::int64_t checkedStep = 0; // every state was finite at this step

  // A distributed run (distributed/Distributed.h): this process runs its part of the network
  // and hands its spikes to the others every `sliceSteps` steps.
  /// Runs a spike of the whole network's neuron `global` (population p, index `source` in it)
  /// emitted at step `at`: on post if it is ours, and along its rows to our neurons.
  void emitSpike(std::uint32_t p, std::uint32_t source, std::uint32_t postNeuron,
                 std::uint32_t reported, std::int64_t at, RunObserver &observer);
  /// emitSpike for neuron `global` of the whole network, ours or another process's.
  void emitGlobal(std::uint32_t global, std::int64_t at, RunObserver &observer);
  void exchangeSlice(RunObserver &observer);
  /// Collective: hands the others `spikes` (they come back as everyone's), this process's
  /// failure and counter, and Ctrl-C with `stop`; every process then has the same failure.
  void shareSlice(std::vector<std::uint64_t> &spikes, bool stop);
  std::uint32_t reportedNeuron(std::uint32_t local) const {
    return partition ? partition->globalNeuron(local) : local;
  }
  const PartitionMap *partition = nullptr;
  SpikeExchange *exchange = nullptr;
  std::int64_t sliceStart = 0;
  std::int64_t sliceSteps = 1;
  std::vector<std::uint64_t> outbox; // this slice's spikes: step offset << 32 | global neuron
  std::vector<double> ownSamples;    // this slice's samples of the probes on our neurons
  std::vector<std::int64_t> sampleSteps;
  // Per probe: the process that owns its neuron, and its place among that process's probes;
  // per process: how many probes it owns (init; every process knows who owns what).
  std::vector<std::uint32_t> probeOwner;
  std::vector<std::uint64_t> probePlace;
  std::vector<std::uint64_t> probesOwned;
  void reportSamples(RunObserver &observer);
  std::string localFailure; // found here, not yet told to the others
  RunCounters reported;     // the whole network's counters, as of the last exchange

  const NetworkImage &net;
  Topology topo;
  RunOptions options;
  double dt;
  float dtSingle;
  std::vector<KernelState<float>> pops;
  std::vector<KernelState<float>> syns;
  std::vector<std::vector<std::int32_t>> synapseLast;
  std::vector<std::int32_t> refractoryUntil; // per neuron, in steps
  std::vector<std::uint8_t> touched;         // per neuron
  std::vector<std::uint8_t> fired;           // per neuron
  std::vector<Burst> bursts;                 // per neuron
  std::vector<std::uint32_t> bursting;       // the neurons whose burst state is not empty
  std::vector<std::uint8_t> spiking;         // per neuron: in spikingNow
  std::vector<std::uint32_t> spikingNow;     // the neurons spiking in this step, unsorted
  std::vector<std::vector<Pending>> ring;
  std::vector<std::uint32_t> poissonThresholds; // per neuron of Poisson sources
  std::vector<SpikeTrain> trains;
  std::vector<std::size_t> trainNext;
  std::vector<std::int32_t> gridSteps; // per population: check every k steps (0: inputs only)
  /// Summed inputs (engine/SummedInputs.h), per population; empty vectors where not summed.
  struct Sums {
    bool on = false;
    std::int32_t count = 0;        // accumulators per neuron
    std::vector<std::int64_t> acc; // [accumulator][neuron], zero between steps
    std::vector<float> scale;      // per neuron: 2^k
    std::vector<double> unscale;   // per neuron: 2^-k
  };
  std::vector<Sums> sums;
  std::uint64_t weightChangesSeen = 0; // the fixed point follows changed weights
  void chooseFixedPoint();
  std::uint64_t weightChanges() const {
    std::uint64_t n = 0;
    for (const auto &proj : net.projections)
      n += proj.weightChanges;
    return n;
  }
  void accumulate(std::uint32_t p, const std::uint32_t *column, std::uint64_t begin,
                  std::uint64_t end, std::int64_t base, const float *weights, float weight,
                  InputKind kind) {
    auto &sum = sums[p];
    const auto &pop = net.populations[p];
    pop.step.accumulate(&pops[p].data, column, static_cast<std::int64_t>(begin),
                        static_cast<std::int64_t>(end), base, weights, weight,
                        static_cast<std::int32_t>(kind), sum.acc.data(), pop.size, sum.scale.data(),
                        touched.data() + pop.first);
  }
  std::int32_t probeSteps = 0;
  std::int64_t step = 0;
  RunCounters count;
  std::string failure;
};

bool StepEngine::init(std::string &message) {
  if (!(dt > 0)) {
    message = "the step engine needs a positive --dt";
    return false;
  }
  if (message = poissonTooFastForSteps(net, dt); !message.empty())
    return false;
  pops.resize(net.populations.size());
  refractoryUntil.assign(net.neuronCount, 0);
  touched.assign(net.neuronCount, 0);
  fired.assign(net.neuronCount, 0);
  bursts.assign(net.neuronCount, Burst{});
  spiking.assign(net.neuronCount, 0);
  poissonThresholds.assign(net.neuronCount, 0);
  trains.resize(net.populations.size());
  trainNext.assign(net.populations.size(), 0);
  gridSteps.assign(net.populations.size(), 0);
  chooseFixedPoint();
  double longest = 1;
  for (std::uint32_t p = 0; p < net.populations.size(); ++p) {
    const auto &pop = net.populations[p];
    if (pop.kind == PopulationKind::Neurons) {
      pops[p].allocate(pop.size, pop.stateInit, pop.params, net);
      if (pop.checkEveryMs > 0)
        gridSteps[p] = std::max<std::int32_t>(
            1, static_cast<std::int32_t>(std::lround(pop.checkEveryMs / dt)));
    } else if (pop.kind == PopulationKind::Poisson) {
      for (std::uint32_t i = 0; i < pop.size; ++i)
        poissonThresholds[pop.first + i] =
            poissonThreshold24(pop.rate.size() == 1 ? pop.rate[0] : pop.rate[i], dt);
    } else if (pop.kind == PopulationKind::SpikeTrain) {
      const std::uint32_t channels = partition ? partition->population(p).globalSize : pop.size;
      auto train = loadSpikeTrainCsv(pop.file, channels, message);
      if (!train)
        return false;
      if (partition) {
        // Our channels only, renumbered to our local indices.
        SpikeTrain ours;
        for (std::size_t k = 0; k < train->timesMs.size(); ++k)
          if (partition->owns(p, train->channels[k])) {
            ours.timesMs.push_back(train->timesMs[k]);
            ours.channels.push_back(partition->localIndex(p, train->channels[k]));
          }
        train = std::move(ours);
      }
      trains[p] = std::move(*train);
    }
  }
  syns.resize(net.projections.size());
  synapseLast.resize(net.projections.size());
  for (std::uint32_t j = 0; j < net.projections.size(); ++j) {
    const auto &proj = net.projections[j];
    longest = std::max(longest, proj.delayMs);
    for (float d : proj.delays)
      longest = std::max(longest, static_cast<double>(d));
    if (!proj.model)
      continue;
    syns[j].allocateSynapses(proj, pops, proj.step.init, net);
    synapseLast[j].assign(proj.synapseCount(), 0);
  }
  ring.resize(static_cast<std::size_t>(stepsFor(longest)) + 2);
  if (exchange) {
    sliceSteps = exchangeSliceSteps(net, dt);
    probesOwned.assign(partition->partition().size, 0);
    for (const Probe &probe : options.probes) {
      Partition other = partition->partition();
      for (other.rank = 0; other.rank < other.size; ++other.rank)
        if (ownsNeuron(other, probe.population, probe.neuron, true))
          break;
      probeOwner.push_back(other.rank);
      probePlace.push_back(probesOwned[other.rank]++);
    }
  }
  probeSteps =
      std::max<std::int32_t>(1, static_cast<std::int32_t>(std::lround(options.probeEveryMs / dt)));
  return true;
}

bool StepEngine::advance(double untilMs, RunObserver &observer) {
  while (failure.empty() && static_cast<double>(step) * dt < untilMs - dt * 1e-9) {
    runStep(observer);
    ++step;
    ++count.eventsProcessed;
    if (step % 100 == 0)
      checkFinite();
    // Distributed: a failure here waits for the slice's end, where every process learns it.
    if (exchange && step - sliceStart >= sliceSteps)
      exchangeSlice(observer);
  }
  if (exchange && step > sliceStart)
    exchangeSlice(observer); // every process ends the call at the same step
  return failure.empty();
}

void StepEngine::exchangeSlice(RunObserver &observer) {
  SliceReport report;
  report.failure = localFailure;
  report.stop = stopRequested();
  report.synapticEvents = count.synapticEvents;
  shareSlice(outbox, stopRequested());
  for (std::uint64_t packed : outbox)
    emitGlobal(static_cast<std::uint32_t>(packed),
               sliceStart + static_cast<std::int64_t>(packed >> 32), observer);
  outbox.clear();
  if (!options.probes.empty())
    reportSamples(observer);
  sliceStart = step;
}

void StepEngine::shareSlice(std::vector<std::uint64_t> &spikes, bool stop) {
  SliceReport report;
  report.failure = localFailure;
  report.stop = stop;
  report.synapticEvents = count.synapticEvents;
  exchange->exchange(spikes, report);
  reported = count;
  reported.synapticEvents = report.synapticEvents;
  if (!report.failure.empty() && failure.empty())
    failure = report.failure;
  else if (report.stop && failure.empty())
    failure = "interrupted at t = " + shortestText(static_cast<double>(step) * dt) +
              " ms; what was recorded is kept";
}

void StepEngine::emitGlobal(std::uint32_t global, std::int64_t at, RunObserver &observer) {
  const std::uint32_t p = partition->populationOfGlobal(global);
  const PopulationPart &part = partition->population(p);
  const std::uint32_t index = global - part.globalFirst;
  const std::uint32_t post =
      partition->owns(p, index) ? part.localFirst + partition->localIndex(p, index) : ~0u;
  emitSpike(p, index, post, global, at, observer);
}

void StepEngine::reportSamples(RunObserver &observer) {
  // Process k sent, for each sample of the slice, the values of the probes it owns, in probe
  // order; every process knows who owns what, so the samples are put back together.
  std::vector<std::uint64_t> counts;
  exchange->gather(ownSamples, counts);
  const std::uint32_t processes = partition->partition().size;
  std::vector<std::uint64_t> offset(processes, 0);
  for (std::uint32_t r = 1; r < processes; ++r)
    offset[r] = offset[r - 1] + counts[r - 1];
  std::vector<double> values(options.probes.size());
  for (std::size_t j = 0; j < sampleSteps.size(); ++j) {
    for (std::size_t k = 0; k < options.probes.size(); ++k) {
      const std::uint32_t r = probeOwner[k];
      values[k] = ownSamples[offset[r] + j * probesOwned[r] + probePlace[k]];
    }
    observer.onProbe(static_cast<double>(sampleSteps[j]) * dt, values);
  }
  ownSamples.clear();
  sampleSteps.clear();
}

bool StepEngine::checkState() {
  if (!exchange)
    return failure.empty() && checkFinite();
  // Every process checks its neurons, and all hear of any failure.
  if (failure.empty())
    checkFinite();
  std::vector<std::uint64_t> none;
  shareSlice(none, false);
  return failure.empty();
}

void StepEngine::runStep(RunObserver &observer) {
  if (!options.probes.empty() && step % probeSteps == 0) {
    // Distributed, only our probes: their values wait for the exchange, which puts the
    // samples together.
    std::vector<double> values;
    for (const auto &probe : options.probes) {
      if (partition && !partition->owns(probe.population, probe.neuron))
        continue;
      const auto &s = pops[probe.population].state[probe.state];
      const std::uint32_t i =
          partition ? partition->localIndex(probe.population, probe.neuron) : probe.neuron;
      (partition ? ownSamples : values).push_back(s.empty() ? 0.0 : static_cast<double>(s[i]));
    }
    if (partition)
      sampleSteps.push_back(step);
    else
      observer.onProbe(static_cast<double>(step) * dt, values);
  }
  deliverDue();
  // Conditions and `on fire`, population by population; the spikes wait for the others.
  const auto now = static_cast<std::int32_t>(step);
  for (std::uint32_t p = 0; p < net.populations.size(); ++p) {
    const auto &pop = net.populations[p];
    if (pop.kind != PopulationKind::Neurons)
      continue;
    std::int32_t checkAll = gridSteps[p] > 0 && step % gridSteps[p] == 0 ? 1 : 0;
    pop.step.update(&pops[p].data, 0, pop.size, refractoryUntil.data() + pop.first, now,
                    touched.data() + pop.first, fired.data() + pop.first, checkAll);
    const std::uint8_t *f = fired.data() + pop.first;
    for (std::uint32_t i = 0; i < pop.size; ++i) {
      // Few neurons fire in a step: skip eight quiet ones at a time.
      if (i % 8 == 0 && i + 8 <= pop.size) {
        std::uint64_t word = 0;
        std::memcpy(&word, f + i, sizeof word);
        if (word == 0) {
          i += 7;
          continue;
        }
      }
      if (f[i] != 0)
        fire(p, i);
    }
  }
  // The step's spikes, together and in ascending neuron index (the GPU's order).
  addSourceSpikes();
  addBurstSpikes();
  std::sort(spikingNow.begin(), spikingNow.end());
  if (exchange) {
    // Distributed: the spikes go out at the slice's end (at once with synapse models), and
    // every process runs everyone's in the order of the whole network.
    for (std::uint32_t neuron : spikingNow) {
      spiking[neuron] = 0;
      outbox.push_back((static_cast<std::uint64_t>(step - sliceStart) << 32) |
                       partition->globalNeuron(neuron));
    }
    spikingNow.clear();
    std::sort(outbox.begin(), outbox.end());
    if (sliceSteps == 1) {
      // exchangeSlice reads the slice as the steps before `step`, and the next slice starts
      // with the next step.
      ++step;
      exchangeSlice(observer);
      --step;
    }
  }
  for (std::uint32_t neuron : spikingNow) {
    spiking[neuron] = 0;
    emit(neuron, observer);
  }
  spikingNow.clear();
  for (std::uint32_t p = 0; p < net.populations.size(); ++p) {
    const auto &pop = net.populations[p];
    if (pop.kind == PopulationKind::Neurons)
      pop.step.evolveAll(&pops[p].data, 0, pop.size, refractoryUntil.data() + pop.first, now,
                         dtSingle);
  }
}

void StepEngine::deliverDue() {
  if (weightChanges() != weightChangesSeen)
    chooseFixedPoint();
  std::vector<Pending> due;
  auto &current = ring[static_cast<std::size_t>(step % static_cast<std::int64_t>(ring.size()))];
  due.swap(current);
  for (const Pending &d : due) {
    if (d.type == Pending::Type::Single) {
      deliver(d.index, d.kind, d.value);
      continue;
    }
    const auto &proj = net.projections[d.projection];
    const std::uint64_t begin = proj.rowStart[d.index];
    const std::uint64_t end = proj.rowStart[d.index + 1];
    if (proj.targets.size() == 1) {
      // The common case: the row's targets lie in one population, and the generated loop
      // runs the input handler inline for each, in CSR order.
      const NeuronRange &range = proj.targets[0];
      const auto &pop = net.populations[range.population];
      count.synapticEvents += end - begin;
      if (pop.kind != PopulationKind::Neurons)
        continue;
      if (sums[range.population].on) {
        accumulate(range.population, proj.column.data(), begin, end, range.begin,
                   proj.weights.empty() ? nullptr : proj.weights.data(),
                   static_cast<float>(proj.weight), proj.deliverAs);
        continue;
      }
      pop.step.deliver(&pops[range.population].data, proj.column.data(),
                       static_cast<std::int64_t>(begin), static_cast<std::int64_t>(end),
                       range.begin, proj.weights.empty() ? nullptr : proj.weights.data(),
                       static_cast<float>(proj.weight), static_cast<std::int32_t>(proj.deliverAs),
                       refractoryUntil.data() + pop.first, static_cast<std::int32_t>(step),
                       touched.data() + pop.first, fired.data() + pop.first);
      continue;
    }
    for (std::uint64_t s = begin; s < end; ++s)
      deliver(topo.targetNeuron(d.projection, proj.column[s]), proj.deliverAs, proj.weightOf(s));
  }
  // Nothing is scheduled for the current step while it runs: keep the slot's capacity.
  due.clear();
  if (current.empty())
    current.swap(due);
  // Summed inputs reach their neurons at once, after every input of the step has arrived.
  for (std::uint32_t p = 0; p < net.populations.size(); ++p)
    if (sums[p].on) {
      const auto &pop = net.populations[p];
      pop.step.apply(&pops[p].data, 0, pop.size, refractoryUntil.data() + pop.first,
                     static_cast<std::int32_t>(step), sums[p].acc.data(), pop.size,
                     sums[p].unscale.data(), touched.data() + pop.first);
    }
}

void StepEngine::chooseFixedPoint() {
  weightChangesSeen = weightChanges();
  std::vector<bool> summed = summedPopulations(net);
  auto exponents = summedExponents(net, topo, summed);
  sums.resize(net.populations.size());
  for (std::uint32_t p = 0; p < net.populations.size(); ++p) {
    Sums &sum = sums[p];
    sum.on = summed[p];
    if (!sum.on)
      continue;
    const std::uint32_t size = net.populations[p].size;
    sum.count = static_cast<std::int32_t>(net.populations[p].summedAccumulators);
    sum.acc.assign(static_cast<std::size_t>(size) * static_cast<std::size_t>(sum.count), 0);
    sum.scale.resize(size);
    sum.unscale.resize(size);
    for (std::uint32_t i = 0; i < size; ++i) {
      sum.scale[i] = std::ldexp(1.0F, exponents[p][i]);
      sum.unscale[i] = std::ldexp(1.0, -exponents[p][i]);
    }
  }
}

void StepEngine::fire(std::uint32_t p, std::uint32_t i) {
  const auto &pop = net.populations[p];
  const std::uint32_t neuron = pop.first + i;
  const auto now = static_cast<std::int32_t>(step);
  fired[neuron] = 0;
  float out[3] = {-1, 1, 0};
  pop.step.fire(&pops[p].data, i, now < refractoryUntil[neuron] ? 1 : 0, out);
  if (out[0] >= 0) {
    const std::int64_t until = std::int64_t{now} + stepsFor(out[0]) - (out[0] == 0 ? 1 : 0);
    refractoryUntil[neuron] = static_cast<std::int32_t>(
        std::min<std::int64_t>(until, std::numeric_limits<std::int32_t>::max()));
  }
  startBurst(neuron, out[1], out[2]);
  addSpike(neuron);
}

void StepEngine::startBurst(std::uint32_t neuron, float countValue, float gap) {
  Burst &b = bursts[neuron];
  const bool wasEmpty = b.count == 0;
  const float c = std::floor(countValue);
  if (!(c >= 2) || !(gap > 0) || !std::isfinite(gap)) {
    // A single spike; an infinite gap puts the later ones beyond any run. The neuron leaves
    // `bursting` at this step's addBurstSpikes.
    b = Burst{};
    return;
  }
  b.count = c < static_cast<float>(kNeverSteps) ? static_cast<std::int64_t>(c) : kNeverSteps;
  b.next = 1;
  b.origin = static_cast<std::int32_t>(step);
  b.gap = gap;
  if (wasEmpty)
    bursting.push_back(neuron);
}

void StepEngine::addSourceSpikes() {
  const double t = static_cast<double>(step) * dt;
  for (std::uint32_t p = 0; p < net.populations.size(); ++p) {
    const auto &pop = net.populations[p];
    if (pop.kind == PopulationKind::Poisson) {
      for (std::uint32_t i = 0; i < pop.size; ++i)
        if (poissonFiresInStep24(net.seed, p, partition ? partition->globalIndex(p, i) : i,
                                 static_cast<std::uint64_t>(step),
                                 poissonThresholds[pop.first + i]))
          addSpike(pop.first + i);
    } else if (pop.kind == PopulationKind::Regular) {
      for (std::uint32_t i = 0; i < pop.size; ++i)
        if (regularFiresInStep(pop.rate.size() == 1 ? pop.rate[0] : pop.rate[i], pop.phaseMs, t,
                               dt))
          addSpike(pop.first + i);
    } else if (pop.kind == PopulationKind::SpikeTrain) {
      // Spikes of one channel that fall in one step are one spike.
      const SpikeTrain &train = trains[p];
      std::size_t &next = trainNext[p];
      while (next < train.timesMs.size() && train.timesMs[next] < t + dt - 1e-9) {
        addSpike(pop.first + train.channels[next]);
        ++next;
      }
    }
  }
}

void StepEngine::addBurstSpikes() {
  std::size_t kept = 0;
  for (std::uint32_t neuron : bursting) {
    Burst &b = bursts[neuron];
    if (b.count == 0)
      continue; // cleared by an `on fire` without a burst
    if (burstStep(b, b.next) <= step) {
      addSpike(neuron);
      // Past every spike due by now: the first k whose step is later. burstStep rises with k,
      // so a binary search finds what counting up one by one would.
      std::int64_t lo = b.next + 1;
      std::int64_t hi = b.count;
      while (lo < hi) {
        const std::int64_t mid = lo + (hi - lo) / 2;
        if (burstStep(b, mid) <= step)
          lo = mid + 1;
        else
          hi = mid;
      }
      b.next = lo;
      if (b.next >= b.count) {
        b = Burst{};
        continue;
      }
    }
    bursting[kept++] = neuron;
  }
  bursting.resize(kept);
}

void StepEngine::deliver(std::uint32_t neuron, InputKind kind, float w) {
  ++count.synapticEvents;
  std::uint32_t p = topo.populationOf(neuron);
  const auto &pop = net.populations[p];
  if (pop.kind != PopulationKind::Neurons)
    return;
  std::uint32_t i = neuron - pop.first;
  if (sums[p].on) {
    const std::uint32_t column = 0;
    accumulate(p, &column, 0, 1, i, &w, w, kind);
    return;
  }
  std::int32_t refractory = step < refractoryUntil[neuron] ? 1 : 0;
  if (pop.step.input(&pops[p].data, i, static_cast<std::int32_t>(kind), w, refractory) != 0)
    fired[neuron] = 1;
  touched[neuron] = 1;
}

void StepEngine::updateSynapse(std::uint32_t j, std::uint64_t s, std::uint32_t targetPop,
                               std::uint32_t post) {
  std::int32_t &when = synapseLast[j][s];
  const auto now = static_cast<std::int32_t>(step);
  if (now > when)
    net.projections[j].step.evolve(syns[j].view(targetPop), static_cast<std::int64_t>(s), post,
                                   static_cast<float>(now - when) * dtSingle);
  when = now;
}

void StepEngine::emit(std::uint32_t neuron, RunObserver &observer) {
  std::uint32_t p = topo.populationOf(neuron);
  emitSpike(p, neuron - net.populations[p].first, neuron, neuron, step, observer);
}

void StepEngine::emitSpike(std::uint32_t p, std::uint32_t source, std::uint32_t postNeuron,
                           std::uint32_t reportedAs, std::int64_t at, RunObserver &observer) {
  ++count.spikes;
  const double t = static_cast<double>(at) * dt;
  observer.onSpike(t, reportedAs);
  // Every spike (a burst's later ones too) runs `on post` of the plastic synapses onto it.
  if (postNeuron != ~0u) {
    const std::uint32_t local = postNeuron - net.populations[p].first;
    topo.forEachPostSynapse(p, postNeuron, [&](std::uint32_t j, std::uint64_t s) {
      updateSynapse(j, s, p, local);
      net.projections[j].step.post(syns[j].view(p), static_cast<std::int64_t>(s), local);
    });
  }
  topo.forEachOutgoingRow(p, source, [&](std::uint32_t projection, std::uint32_t row) {
    const auto &proj = net.projections[projection];
    if (!proj.enabled)
      return;
    if (proj.output) {
      // An extern output channel spikes with the neurons bound to it (what a host reads).
      for (std::uint64_t s = proj.rowStart[row]; s < proj.rowStart[row + 1]; ++s)
        observer.onSpike(t, reportedNeuron(topo.targetNeuron(projection, proj.column[s])));
      return;
    }
    if (!proj.model && proj.delays.empty()) {
      Pending d;
      d.type = Pending::Type::Row;
      d.projection = projection;
      d.index = row;
      slot(at + stepsFor(proj.delayMs)).push_back(d);
      return;
    }
    for (std::uint64_t s = proj.rowStart[row]; s < proj.rowStart[row + 1]; ++s) {
      Pending d;
      d.type = Pending::Type::Single;
      d.kind = proj.deliverAs;
      d.index = topo.targetNeuron(projection, proj.column[s]);
      d.value = proj.weightOf(s);
      if (proj.model) {
        std::uint32_t targetPop = topo.populationOf(d.index);
        std::uint32_t post = d.index - net.populations[targetPop].first;
        updateSynapse(projection, s, targetPop, post);
        float delivered = 0;
        if (proj.step.pre(syns[projection].view(targetPop), static_cast<std::int64_t>(s), post,
                          &delivered) == 0)
          continue;
        d.value = delivered;
      }
      slot(at + stepsFor(proj.delayMsOf(s))).push_back(d);
    }
  });
}

bool StepEngine::checkFinite() {
  NeuronIndexName indexName;
  if (partition)
    indexName = [&](std::uint32_t p, std::uint32_t i) -> std::optional<std::uint32_t> {
      if (partition->population(p).globalSize <= 1)
        return std::nullopt;
      return partition->globalIndex(p, i);
    };
  auto problem = findNonFinite(net, pops, static_cast<double>(checkedStep) * dt,
                               static_cast<double>(step) * dt, indexName);
  checkedStep = step;
  if (problem && exchange) {
    // Told to every process at the next exchange.
    if (localFailure.empty())
      localFailure = "process " + std::to_string(exchange->rank()) + ": " + *problem;
    return false;
  }
  if (problem)
    failure = std::move(*problem);
  return !problem;
}

// Checkpoints: the ring buffer is saved slot by slot, each in the order its deliveries were
// scheduled, which is the order they run in; then the bursts under way, by neuron.

constexpr std::size_t kPendingBytes = 14;
constexpr std::size_t kBurstBytes = 28;

void writePendings(StateWriter &w, const std::vector<Pending> &pendings) {
  w.u64(pendings.size());
  for (const Pending &d : pendings) {
    w.u8(static_cast<std::uint8_t>(d.type));
    w.u8(static_cast<std::uint8_t>(d.kind));
    w.u32(d.projection);
    w.u32(d.index);
    w.f32(d.value);
  }
}

std::vector<Pending> readPendings(StateReader &r) {
  std::vector<Pending> pendings(r.count(kPendingBytes));
  for (Pending &d : pendings) {
    d.type = static_cast<Pending::Type>(r.u8());
    d.kind = static_cast<InputKind>(r.u8());
    d.projection = r.u32();
    d.index = r.u32();
    d.value = r.f32();
  }
  return pendings;
}

void StepEngine::saveState(std::string &out) const {
  StateWriter w(out);
  writeFingerprint(w, net, engineName(), dt);
  w.i64(step);
  w.i64(checkedStep);
  w.u64(count.spikes);
  w.u64(count.synapticEvents);
  w.u64(count.eventsProcessed);
  writeKernels<float>(w, pops, syns, synapseLast);
  w.values(refractoryUntil);
  w.values(touched);
  w.values(fired);
  w.u64(ring.size());
  for (const auto &pendings : ring)
    writePendings(w, pendings);
  std::vector<std::uint32_t> under = bursting;
  std::sort(under.begin(), under.end());
  w.u64(under.size());
  for (std::uint32_t neuron : under) {
    const Burst &b = bursts[neuron];
    w.u32(neuron);
    w.i64(b.count);
    w.i64(b.next);
    w.u32(static_cast<std::uint32_t>(b.origin));
    w.f32(b.gap);
  }
  std::vector<std::uint64_t> positions(trainNext.begin(), trainNext.end());
  w.values(positions);
}

bool StepEngine::restoreState(std::string_view bytes, std::string &error) {
  StateReader r(bytes);
  if (!checkFingerprint(r, net, engineName(), dt, error))
    return false;
  const std::int64_t savedStep = r.i64();
  const std::int64_t savedCheckedStep = r.i64();
  RunCounters savedCount;
  savedCount.spikes = r.u64();
  savedCount.synapticEvents = r.u64();
  savedCount.eventsProcessed = r.u64();
  const std::string early = "the engine state ends early";
  if (!r.ok()) {
    error = early;
    return false;
  }
  // Steps index int32 refractory times and synapse clocks.
  if (savedStep < 0 || savedStep > std::numeric_limits<std::int32_t>::max() ||
      savedCheckedStep < 0 || savedCheckedStep > savedStep) {
    error = "the engine state has an impossible step number " + std::to_string(savedStep);
    return false;
  }
  SavedKernels<float, std::int32_t> kernels;
  if (!kernels.read(r, net, pops, syns, synapseLast, error))
    return false;
  std::vector<std::int32_t> savedRefractory;
  std::vector<std::uint8_t> savedTouched, savedFired;
  if (!readSized(r, savedRefractory, refractoryUntil.size(), "the refractory times", error) ||
      !readSized(r, savedTouched, touched.size(), "the touched flags", error) ||
      !readSized(r, savedFired, fired.size(), "the fired flags", error))
    return false;
  const std::uint64_t ringSize = r.u64();
  if (r.ok() && ringSize != ring.size()) {
    error = "its delay ring has " + std::to_string(ringSize) + " slots, this run's has " +
            std::to_string(ring.size());
    return false;
  }
  std::vector<std::vector<Pending>> savedRing(ring.size());
  for (auto &pendings : savedRing)
    pendings = readPendings(r);
  // The bursts under way, by ascending neuron: each started at an earlier step, with a spike
  // still to come at this step or later.
  std::vector<Burst> savedBursts(bursts.size());
  std::vector<std::uint32_t> savedBursting(static_cast<std::size_t>(r.count(kBurstBytes)));
  bool badBurst = false;
  for (std::size_t n = 0; n < savedBursting.size() && r.ok(); ++n) {
    const std::uint32_t neuron = r.u32();
    Burst b;
    b.count = r.i64();
    b.next = r.i64();
    b.origin = static_cast<std::int32_t>(r.u32());
    b.gap = r.f32();
    savedBursting[n] = neuron;
    if (neuron >= net.neuronCount || (n > 0 && neuron <= savedBursting[n - 1]) || b.count < 2 ||
        b.count > kNeverSteps || b.next < 1 || b.next >= b.count || b.origin < 0 ||
        b.origin >= savedStep || !(b.gap > 0) || !std::isfinite(b.gap) ||
        net.populations[topo.populationOf(neuron)].kind != PopulationKind::Neurons) {
      badBurst = true;
      break;
    }
    // The spikes before `next` came before this step; `next` comes at it or later.
    if (burstStep(b, b.next) < savedStep || (b.next > 1 && burstStep(b, b.next - 1) >= savedStep)) {
      badBurst = true;
      break;
    }
    savedBursts[neuron] = b;
  }
  if (r.ok() && badBurst) {
    error = "its bursts under way do not fit this network and its step";
    return false;
  }
  std::vector<std::uint64_t> positions;
  if (!readSized(r, positions, trainNext.size(), "the spike-train positions", error))
    return false;
  if (!r.atEnd()) {
    error = "the engine state has bytes after its end";
    return false;
  }
  auto invalid = [&](const Pending &d) {
    if (static_cast<std::uint8_t>(d.kind) > FLUX_INPUT_ELECTRIC || !std::isfinite(d.value))
      return true;
    switch (d.type) {
    case Pending::Type::Row:
      return d.projection >= net.projections.size() ||
             std::uint64_t{d.index} + 1 >= net.projections[d.projection].rowStart.size();
    case Pending::Type::Single:
      return d.index >= net.neuronCount;
    }
    return true;
  };
  bool bad = false;
  for (const auto &pendings : savedRing)
    bad = bad || std::any_of(pendings.begin(), pendings.end(), invalid);
  for (std::size_t p = 0; p < positions.size(); ++p)
    bad = bad || positions[p] > trains[p].timesMs.size();
  if (bad) {
    error = "its pending spikes do not belong to this network";
    return false;
  }

  // Everything checked: replace the state.
  kernels.assignTo(pops, syns, synapseLast);
  refractoryUntil.swap(savedRefractory);
  touched.swap(savedTouched);
  fired.swap(savedFired);
  ring.swap(savedRing);
  bursts.swap(savedBursts);
  bursting.swap(savedBursting);
  std::fill(spiking.begin(), spiking.end(), std::uint8_t{0});
  spikingNow.clear();
  for (std::size_t p = 0; p < positions.size(); ++p)
    trainNext[p] = static_cast<std::size_t>(positions[p]);
  step = savedStep;
  checkedStep = savedCheckedStep;
  count = savedCount;
  failure.clear();
  return true;
}

} // namespace

std::unique_ptr<Simulator> makeStepEngine(const NetworkImage &network, const RunOptions &options,
                                          std::string &error) {
  auto engine = std::make_unique<StepEngine>(network, options);
  if (!engine->init(error))
    return nullptr;
  return engine;
}

std::int64_t exchangeSliceSteps(const NetworkImage &network, double dtMs) {
  // Spikes may wait for the others as long as the shortest delay; with synapse models, whose
  // `on pre` runs when the spike is emitted, the processes meet at every step.
  std::int64_t steps = std::numeric_limits<std::int64_t>::max();
  bool models = false;
  for (const auto &proj : network.projections) {
    models = models || proj.model;
    if (proj.output)
      continue;
    steps = std::min(steps, std::max<std::int64_t>(1, rt::stepsFor(proj.delayMs, dtMs)));
    for (float d : proj.delays)
      steps = std::min(steps, std::max<std::int64_t>(1, rt::stepsFor(d, dtMs)));
  }
  return models || steps == std::numeric_limits<std::int64_t>::max() ? 1 : steps;
}

std::unique_ptr<Simulator> makeDistributedStepEngine(const NetworkImage &part,
                                                     const PartitionMap &map,
                                                     const RunOptions &options,
                                                     SpikeExchange &exchange, std::string &error) {
  auto engine = std::make_unique<StepEngine>(part, options, &map, &exchange);
  if (!engine->init(error))
    return nullptr;
  return engine;
}

} // namespace flux::rt
