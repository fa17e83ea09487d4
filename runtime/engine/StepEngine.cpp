// The time-stepped engine: fixed steps of dt in single precision, the CPU reference for the GPU
// backend. Step n (t = n dt):
//   1. input spikes fire (Poisson: one counter-based draw per channel and step);
//   2. deliveries due at this step run the targets' input handlers, in the order they were
//      scheduled, and mark the targets as touched;
//   3. each population's vectorised `update` evaluates the firing condition of touched
//      neurons (of all neurons on a `checked every` step) and marks those that fire;
//   4. `on fire` runs for each neuron that fires; its spike is recorded and scheduled on the
//      delay ring buffer, ceil(delay / dt) steps ahead;
//   5. each population's vectorised `evolve_all` advances every neuron by dt.
#include "core/SpikeSources.h"
#include "engine/KernelState.h"
#include "engine/Simulator.h"
#include "engine/StateCodec.h"
#include "engine/Topology.h"
#include "io/NumberText.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <map>
#include <sstream>

namespace flux::rt {
namespace {

struct Pending {
  enum class Type : std::uint8_t { Row, Single, Emit } type = Type::Row;
  InputKind kind = InputKind::Direct;
  std::uint32_t projection = 0; // Row
  std::uint32_t index = 0;      // Row: the row; Single, Emit: the target neuron
  float value = 0;
};

class StepEngine final : public Simulator {
public:
  StepEngine(const NetworkImage &network, const RunOptions &options)
      : net(network), topo(network), options(options), dt(options.dtMs),
        dtSingle(static_cast<float>(options.dtMs)) {}

  bool init(std::string &message);
  bool advance(double untilMs, RunObserver &observer) override;
  double now() const override { return static_cast<double>(step) * dt; }
  const RunCounters &counters() const override { return count; }
  const std::string &error() const override { return failure; }
  const char *engineName() const override { return "step"; }
  void saveState(std::string &out) const override;
  bool restoreState(std::string_view bytes, std::string &error) override;
  void setValue(std::uint32_t population, std::uint32_t begin, std::uint32_t end, bool parameter,
                std::uint32_t index, double value) override {
    pops[population].set(parameter, index, begin, end, value);
  }
  double getValue(std::uint32_t population, std::uint32_t neuron, bool parameter,
                  std::uint32_t index) override {
    return pops[population].get(parameter, index, neuron);
  }
  void injectSpike(std::uint32_t neuron, RunObserver &observer) override { emit(neuron, observer); }
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
  std::int32_t stepsFor(double ms) const {
    // The boundary at or after the event: a tiny tolerance keeps 0.8 / 0.1 at 8 steps.
    return std::max<std::int32_t>(1, static_cast<std::int32_t>(std::ceil(ms / dt - 1e-6)));
  }
  std::vector<Pending> &slot(std::int64_t at);
  void runStep(RunObserver &observer);
  void deliver(std::uint32_t neuron, InputKind kind, float w);
  void emit(std::uint32_t neuron, RunObserver &observer);
  void updateSynapse(std::uint32_t projection, std::uint64_t s, std::uint32_t targetPop,
                     std::uint32_t post);
  bool checkFinite();
  bool checkState() override { return failure.empty() && checkFinite(); }
  std::int64_t checkedStep = 0; // every state was finite at this step

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
  std::vector<std::vector<Pending>> ring;
  std::map<std::int64_t, std::vector<Pending>> farFuture; // bursts beyond the ring
  std::vector<std::uint32_t> poissonThresholds;           // per neuron of Poisson sources
  std::vector<SpikeTrain> trains;
  std::vector<std::size_t> trainNext;
  std::vector<std::int32_t> gridSteps; // per population: check every k steps (0: inputs only)
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
  pops.resize(net.populations.size());
  refractoryUntil.assign(net.neuronCount, 0);
  touched.assign(net.neuronCount, 0);
  fired.assign(net.neuronCount, 0);
  poissonThresholds.assign(net.neuronCount, 0);
  trains.resize(net.populations.size());
  trainNext.assign(net.populations.size(), 0);
  gridSteps.assign(net.populations.size(), 0);
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
      auto train = loadSpikeTrainCsv(pop.file, pop.size, message);
      if (!train)
        return false;
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
  probeSteps =
      std::max<std::int32_t>(1, static_cast<std::int32_t>(std::lround(options.probeEveryMs / dt)));
  return true;
}

std::vector<Pending> &StepEngine::slot(std::int64_t at) {
  if (at - step < static_cast<std::int64_t>(ring.size()))
    return ring[static_cast<std::size_t>(at % static_cast<std::int64_t>(ring.size()))];
  return farFuture[at];
}

bool StepEngine::advance(double untilMs, RunObserver &observer) {
  while (failure.empty() && static_cast<double>(step) * dt < untilMs - dt * 1e-9) {
    runStep(observer);
    ++step;
    ++count.eventsProcessed;
    if (step % 100 == 0)
      checkFinite();
  }
  return failure.empty();
}

void StepEngine::runStep(RunObserver &observer) {
  const double t = static_cast<double>(step) * dt;
  if (!options.probes.empty() && step % probeSteps == 0) {
    std::vector<double> values;
    for (const auto &probe : options.probes) {
      const auto &s = pops[probe.population].state[probe.state];
      values.push_back(s.empty() ? 0.0 : static_cast<double>(s[probe.neuron]));
    }
    observer.onProbe(t, values);
  }
  // 1. Input spikes.
  for (std::uint32_t p = 0; p < net.populations.size(); ++p) {
    const auto &pop = net.populations[p];
    if (pop.kind == PopulationKind::Poisson) {
      for (std::uint32_t i = 0; i < pop.size; ++i)
        if (poissonFiresInStep24(net.seed, p, i, static_cast<std::uint64_t>(step),
                                 poissonThresholds[pop.first + i]))
          emit(pop.first + i, observer);
    } else if (pop.kind == PopulationKind::Regular) {
      for (std::uint32_t i = 0; i < pop.size; ++i) {
        double rate = pop.rate.size() == 1 ? pop.rate[0] : pop.rate[i];
        if (rate <= 0)
          continue;
        // The spike k = ceil((t - phase) rate) falls in [t, t + dt).
        double k = std::ceil((t - pop.phaseMs) * rate - 1e-9);
        double at =
            regularSpikeTime(rate, pop.phaseMs, static_cast<std::uint64_t>(std::max(0.0, k)));
        if (at >= t - 1e-9 && at < t + dt - 1e-9)
          emit(pop.first + i, observer);
      }
    } else if (pop.kind == PopulationKind::SpikeTrain) {
      const SpikeTrain &train = trains[p];
      std::size_t &next = trainNext[p];
      while (next < train.timesMs.size() && train.timesMs[next] < t + dt - 1e-9) {
        emit(pop.first + train.channels[next], observer);
        ++next;
      }
    }
  }
  // 2. Deliveries due now (bursts emit here too).
  std::vector<Pending> due;
  due.swap(ring[static_cast<std::size_t>(step % static_cast<std::int64_t>(ring.size()))]);
  if (auto far = farFuture.find(step); far != farFuture.end()) {
    due.insert(due.end(), far->second.begin(), far->second.end());
    farFuture.erase(far);
  }
  for (const Pending &d : due) {
    if (d.type == Pending::Type::Emit) {
      emit(d.index, observer);
      continue;
    }
    if (d.type == Pending::Type::Single) {
      deliver(d.index, d.kind, d.value);
      continue;
    }
    const auto &proj = net.projections[d.projection];
    const std::uint64_t begin = proj.rowStart[d.index];
    const std::uint64_t end = proj.rowStart[d.index + 1];
    if (proj.targets.size() == 1) {
      // The common case: the row's targets lie in one population, and the generated loop
      // runs the input handler inline for each.
      const NeuronRange &range = proj.targets[0];
      const auto &pop = net.populations[range.population];
      count.synapticEvents += end - begin;
      if (pop.kind != PopulationKind::Neurons)
        continue;
      pop.step.deliver(&pops[range.population].data, proj.column.data(),
                       static_cast<std::int64_t>(begin), static_cast<std::int64_t>(end),
                       range.begin, proj.weights.empty() ? nullptr : proj.weights.data(),
                       static_cast<float>(proj.weight), static_cast<std::int32_t>(proj.deliverAs),
                       refractoryUntil.data() + pop.first, static_cast<std::int32_t>(step),
                       touched.data() + pop.first, fired.data() + pop.first);
      continue;
    }
    for (std::uint64_t s = begin; s < end; ++s)
      deliver(topo.targetNeuron(d.projection, proj.column[s]), proj.deliverAs,
              proj.weights.empty() ? static_cast<float>(proj.weight) : proj.weights[s]);
  }
  due.clear();
  if (ring[static_cast<std::size_t>(step % static_cast<std::int64_t>(ring.size()))].empty())
    ring[static_cast<std::size_t>(step % static_cast<std::int64_t>(ring.size()))].swap(due);
  // 3-5. Conditions, firing, evolution.
  const auto now = static_cast<std::int32_t>(step);
  for (std::uint32_t p = 0; p < net.populations.size(); ++p) {
    const auto &pop = net.populations[p];
    if (pop.kind != PopulationKind::Neurons)
      continue;
    std::int32_t checkAll = gridSteps[p] > 0 && step % gridSteps[p] == 0 ? 1 : 0;
    pop.step.update(&pops[p].data, 0, pop.size, refractoryUntil.data() + pop.first, now,
                    touched.data() + pop.first, fired.data() + pop.first, checkAll);
    std::uint8_t *f = fired.data() + pop.first;
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
      if (f[i] == 0)
        continue;
      f[i] = 0;
      std::uint32_t neuron = pop.first + i;
      float out[3] = {-1, 1, 0};
      pop.step.fire(&pops[p].data, i, now < refractoryUntil[neuron] ? 1 : 0, out);
      if (out[0] >= 0)
        refractoryUntil[neuron] = now + stepsFor(out[0]) - (out[0] == 0 ? 1 : 0);
      emit(neuron, observer);
      auto burst = static_cast<std::int64_t>(std::floor(out[1]));
      for (std::int64_t k = 1; k < burst && out[2] > 0; ++k) {
        Pending e;
        e.type = Pending::Type::Emit;
        e.index = neuron;
        slot(step + stepsFor(static_cast<double>(k) * out[2])).push_back(e);
      }
    }
    pop.step.evolveAll(&pops[p].data, 0, pop.size, refractoryUntil.data() + pop.first, now,
                       dtSingle);
  }
}

void StepEngine::deliver(std::uint32_t neuron, InputKind kind, float w) {
  ++count.synapticEvents;
  std::uint32_t p = topo.populationOf(neuron);
  const auto &pop = net.populations[p];
  if (pop.kind != PopulationKind::Neurons)
    return;
  std::uint32_t i = neuron - pop.first;
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
  ++count.spikes;
  observer.onSpike(static_cast<double>(step) * dt, neuron);
  std::uint32_t p = topo.populationOf(neuron);
  std::uint32_t local = neuron - net.populations[p].first;
  // Every spike (a burst's later ones too) runs `on post` of the plastic synapses onto it.
  topo.forEachPostSynapse(p, neuron, [&](std::uint32_t j, std::uint64_t s) {
    updateSynapse(j, s, p, local);
    net.projections[j].step.post(syns[j].view(p), static_cast<std::int64_t>(s), local);
  });
  topo.forEachOutgoingRow(p, local, [&](std::uint32_t projection, std::uint32_t row) {
    const auto &proj = net.projections[projection];
    if (!proj.enabled)
      return;
    if (proj.output) {
      // An extern output channel spikes with the neurons bound to it (what a host reads).
      for (std::uint64_t s = proj.rowStart[row]; s < proj.rowStart[row + 1]; ++s)
        observer.onSpike(static_cast<double>(step) * dt,
                         topo.targetNeuron(projection, proj.column[s]));
      return;
    }
    if (!proj.model && proj.delays.empty()) {
      Pending d;
      d.type = Pending::Type::Row;
      d.projection = projection;
      d.index = row;
      slot(step + stepsFor(proj.delayMs)).push_back(d);
      return;
    }
    for (std::uint64_t s = proj.rowStart[row]; s < proj.rowStart[row + 1]; ++s) {
      Pending d;
      d.type = Pending::Type::Single;
      d.kind = proj.deliverAs;
      d.index = topo.targetNeuron(projection, proj.column[s]);
      d.value = proj.weights.empty() ? static_cast<float>(proj.weight) : proj.weights[s];
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
      slot(step + stepsFor(proj.delays.empty() ? proj.delayMs : proj.delays[s])).push_back(d);
    }
  });
}

bool StepEngine::checkFinite() {
  auto problem = findNonFinite(net, pops, static_cast<double>(checkedStep) * dt,
                               static_cast<double>(step) * dt);
  checkedStep = step;
  if (problem)
    failure = std::move(*problem);
  return !problem;
}

// Checkpoints: the ring buffer is saved slot by slot and the far-future map entry by entry, each
// in the order its deliveries were scheduled, which is the order they run in.

constexpr std::size_t kPendingBytes = 14;

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
  w.u64(farFuture.size());
  for (const auto &[at, pendings] : farFuture) {
    w.i64(at);
    writePendings(w, pendings);
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
  std::map<std::int64_t, std::vector<Pending>> savedFar;
  const std::uint64_t farCount = r.count(16);
  bool bad = false;
  for (std::uint64_t n = 0; n < farCount && r.ok(); ++n) {
    const std::int64_t at = r.i64();
    bad = bad || at < savedStep || savedFar.count(at) != 0;
    savedFar[at] = readPendings(r);
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
    case Pending::Type::Emit:
      return d.index >= net.neuronCount;
    }
    return true;
  };
  for (const auto &pendings : savedRing)
    bad = bad || std::any_of(pendings.begin(), pendings.end(), invalid);
  for (const auto &[at, pendings] : savedFar)
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
  farFuture.swap(savedFar);
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

} // namespace flux::rt
