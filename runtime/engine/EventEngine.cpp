// The exact event-driven engine. There is no clock: every spike is delivered at its exact time
// (double precision, ms) through a bucketed calendar queue, and a neuron is brought up to date
// with its closed-form `evolve(dt)` only when an event reaches it. Simultaneous events run in
// the order of docs/model.md: (time, target, source, synapse index).
#include "core/EventQueue.h"
#include "core/SpikeSources.h"
#include "engine/KernelState.h"
#include "engine/NonZeroBytes.h"
#include "engine/Simulator.h"
#include "engine/StateCodec.h"
#include "engine/Topology.h"
#include "io/NumberText.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <sstream>

namespace flux::rt {
namespace {

enum class EventType : std::uint8_t {
  Grid,     // `checked every`: population `target` checks its condition
  Delivery, // a synaptic input to `target`
  Batch,    // a spike of `source` travelling along projection row `synapse`; expanded at its time
  Emit,     // `target` emits a spike (the later spikes of a burst)
  Source,   // spike number `synapse` of input channel `target`
  Sample,   // probes are sampled
};

struct Event {
  double time = 0;
  std::uint64_t synapse = 0;
  double value = 0;
  std::uint32_t target = 0;
  std::uint32_t source = 0;
  std::uint32_t projection = 0;
  EventType type = EventType::Delivery;
  InputKind kind = InputKind::Direct;

  // Within one time: `checked every` ticks first, then inputs in (target, source, synapse)
  // order (each followed by the target's condition), emissions, source spikes and samples.
  bool operator<(const Event &o) const {
    if (type != o.type)
      return type < o.type;
    if (target != o.target)
      return target < o.target;
    if (source != o.source)
      return source < o.source;
    return synapse < o.synapse;
  }
};

/// A position in a run of deliveries that are in order already.
struct MergeCursor {
  std::uint32_t target;
  std::uint32_t source;
  std::uint64_t synapse;
  std::uint64_t end;
  std::uint32_t projection; // ~0u: a run of single deliveries, `synapse` indexes the group
};

class EventEngine final : public Simulator {
public:
  EventEngine(const NetworkImage &network, const RunOptions &options)
      : net(network), topo(network), options(options),
        queue(bucketWidth(network), maxDelay(network)) {}

  bool init(std::string &message);
  bool advance(double untilMs, RunObserver &observer) override;
  double now() const override { return clock; }
  const RunCounters &counters() const override { return count; }
  const std::string &error() const override { return failure; }
  const char *engineName() const override { return "event"; }
  void saveState(std::string &out) const override;
  bool restoreState(std::string_view bytes, std::string &error) override;
  void setValue(std::uint32_t population, std::uint32_t begin, std::uint32_t end, bool parameter,
                std::uint32_t index, double value) override {
    for (std::uint32_t i = begin; i < end; ++i)
      bringUpToDate(population, i, clock);
    pops[population].set(parameter, index, begin, end, value);
  }
  double getValue(std::uint32_t population, std::uint32_t neuron, bool parameter,
                  std::uint32_t index) override {
    bringUpToDate(population, neuron, clock);
    return pops[population].get(parameter, index, neuron);
  }
  void injectSpike(std::uint32_t neuron, RunObserver &obs) override {
    observer = &obs;
    emit(neuron, clock);
  }
  std::uint64_t synapseStateBytes() const override {
    std::uint64_t n = 0;
    for (const auto &k : syns)
      for (const auto &v : k.state)
        n += v.size() * sizeof(double);
    for (const auto &l : synapseLast)
      n += l.size() * sizeof(double);
    return n;
  }

private:
  static double minDelay(const NetworkImage &n);
  static double bucketWidth(const NetworkImage &n) { return std::max(0.05, minDelay(n) / 2); }
  bool validEvent(const Event &e) const;
  /// Probe sampling starts anew at the first multiple of the interval at or after the clock.
  void scheduleSample();
  static double maxDelay(const NetworkImage &n);

  void process(const Event &e);
  /// Runs the deliveries and rows that start at group[first]; returns the index after them.
  std::size_t deliverInOrder(std::size_t first);
  /// The same for networks of static synapses (rowsCommute): row by row, in generated loops.
  std::size_t deliverRows(std::size_t first);
  void scheduleBurst(std::uint32_t neuron, double t, double count, double gap);
  /// An arrival time within FLUX_SAME_TIME_MS of a `checked every` tick of the projection's
  /// targets becomes that tick's time exactly (a spike time plus a delay misses it by a
  /// rounding), so the arrival joins the tick's group and its vectorised update.
  double onGrid(double t, std::uint32_t projection) const {
    double interval = gridOfTargets[projection];
    if (interval <= 0)
      return t;
    // Computed as the ticks are: a whole number of intervals.
    double tick =
        static_cast<double>(static_cast<std::uint64_t>(std::round(t / interval))) * interval;
    return std::fabs(t - tick) <= FLUX_SAME_TIME_MS ? tick : t;
  }
  std::vector<double> gridOfTargets; // per projection: its targets' `checked every`, or 0
  /// Per population: the time of its latest `checked every` tick, which left every one of its
  /// neurons at that time (a row delivered then need not bring its targets up to date).
  std::vector<double> gridTickedAt;
  void deliver(std::uint32_t neuron, InputKind kind, double w, double t);
  void bringUpToDate(std::uint32_t p, std::uint32_t i, double t);
  void fire(std::uint32_t neuron, double t);
  void emit(std::uint32_t neuron, double t);
  void scheduleSource(std::uint32_t neuron, std::uint64_t k, double previous);
  void updateSynapse(std::uint32_t projection, std::uint64_t s, std::uint32_t targetPop,
                     std::uint32_t post, double t);
  bool checkFinite();
  bool checkState() override { return failure.empty() && checkFinite(); }
  static constexpr double kCheckEveryMs = 10;
  double lastCheckMs = 0;

  const NetworkImage &net;
  Topology topo;
  RunOptions options;
  EventQueue<Event> queue;
  std::vector<KernelState<double>> pops;
  std::vector<KernelState<double>> syns;
  std::vector<std::vector<double>> synapseLast; // per synapse-model projection
  std::vector<double> last;                     // per neuron: time of its state
  std::vector<double> refractoryUntil;
  std::vector<std::uint8_t> gridStatus; // per neuron, for `checked every` ticks
  std::vector<std::uint8_t> gridFired;
  std::vector<SpikeTrain> trains; // per population (spike_train sources)
  std::vector<Event> group;
  std::vector<MergeCursor> cursors;
  bool rowsCommute = false;           // no synapse models, every row into one population
  std::vector<std::uint8_t> rowFired; // per neuron: spikes caused by rows, to emit
  std::vector<double> burst;          // per neuron: count and gap of its burst
  std::vector<std::uint8_t> rowPopulationTouched;
  std::vector<std::uint32_t> touchedPopulations;
  RunObserver *observer = nullptr;
  RunCounters count;
  double clock = 0;
  std::string failure;
};

double EventEngine::minDelay(const NetworkImage &n) {
  double d = std::numeric_limits<double>::infinity();
  for (const auto &p : n.projections) {
    d = std::min(d, p.delayMs);
    for (float x : p.delays)
      d = std::min(d, static_cast<double>(x));
  }
  return std::isfinite(d) ? d : 1.0;
}

double EventEngine::maxDelay(const NetworkImage &n) {
  double d = 1;
  for (const auto &p : n.projections) {
    d = std::max(d, p.delayMs);
    for (float x : p.delays)
      d = std::max(d, static_cast<double>(x));
  }
  return d;
}

bool EventEngine::init(std::string &message) {
  pops.resize(net.populations.size());
  last.assign(net.neuronCount, 0);
  refractoryUntil.assign(net.neuronCount, -std::numeric_limits<double>::infinity());
  gridStatus.assign(net.neuronCount, 0);
  gridFired.assign(net.neuronCount, 0);
  gridTickedAt.assign(net.populations.size(), -std::numeric_limits<double>::infinity());
  trains.resize(net.populations.size());
  for (std::uint32_t p = 0; p < net.populations.size(); ++p) {
    const auto &pop = net.populations[p];
    if (pop.kind == PopulationKind::Neurons) {
      pops[p].allocate(pop.size, pop.stateInit, pop.params, net);
      if (pop.checkEveryMs > 0) {
        Event grid;
        grid.type = EventType::Grid;
        grid.target = p;
        grid.synapse = 1;
        grid.time = pop.checkEveryMs;
        queue.push(grid);
      }
      continue;
    }
    if (pop.kind == PopulationKind::SpikeTrain) {
      auto train = loadSpikeTrainCsv(pop.file, pop.size, message);
      if (!train)
        return false;
      trains[p] = std::move(*train);
      if (!trains[p].timesMs.empty()) {
        Event e;
        e.type = EventType::Source;
        e.target = pop.first + trains[p].channels[0];
        e.time = trains[p].timesMs[0];
        queue.push(e);
      }
      continue;
    }
    for (std::uint32_t i = 0; i < pop.size; ++i)
      scheduleSource(pop.first + i, 0, 0);
  }
  syns.resize(net.projections.size());
  synapseLast.resize(net.projections.size());
  gridOfTargets.assign(net.projections.size(), 0);
  for (std::uint32_t j = 0; j < net.projections.size(); ++j) {
    double interval = -1;
    for (const auto &range : net.projections[j].targets) {
      double own = net.populations[range.population].checkEveryMs;
      interval = interval < 0 || interval == own ? own : 0;
    }
    gridOfTargets[j] = std::max(0.0, interval);
  }
  rowsCommute = true;
  for (const auto &proj : net.projections)
    rowsCommute = rowsCommute && !proj.model && (proj.output || proj.targets.size() == 1);
  rowFired.assign(net.neuronCount, 0);
  burst.assign(2 * std::size_t{net.neuronCount}, 0);
  rowPopulationTouched.assign(net.populations.size(), 0);
  for (std::uint32_t j = 0; j < net.projections.size(); ++j) {
    const auto &proj = net.projections[j];
    if (!proj.model)
      continue;
    syns[j].allocateSynapses(proj, pops, proj.event.init, net);
    synapseLast[j].assign(proj.synapseCount(), 0);
  }
  if (!options.probes.empty()) {
    Event sample;
    sample.type = EventType::Sample;
    sample.time = 0;
    queue.push(sample);
  }
  return true;
}

void EventEngine::scheduleSource(std::uint32_t neuron, std::uint64_t k, double previous) {
  std::uint32_t p = topo.populationOf(neuron);
  const auto &pop = net.populations[p];
  std::uint32_t i = neuron - pop.first;
  double rate = pop.rate.empty() ? 0 : (pop.rate.size() == 1 ? pop.rate[0] : pop.rate[i]);
  double t = pop.kind == PopulationKind::Poisson
                 ? poissonNextSpike(net.seed, p, i, k, rate, previous)
                 : regularSpikeTime(rate, pop.phaseMs, k);
  if (!std::isfinite(t))
    return;
  Event e;
  e.type = EventType::Source;
  e.target = neuron;
  e.synapse = k;
  e.time = t;
  queue.push(e);
}

bool EventEngine::advance(double untilMs, RunObserver &obs) {
  observer = &obs;
  while (failure.empty() && !queue.empty() && queue.nextTime() < untilMs) {
    group.clear();
    queue.popGroup(group); // sorted: ticks, deliveries, rows, emissions, sources, samples
    clock = group.front().time;
    count.eventsProcessed += group.size();
    std::size_t g = 0;
    for (; g < group.size() && group[g].type == EventType::Grid && failure.empty(); ++g)
      process(group[g]);
    g = rowsCommute ? deliverRows(g) : deliverInOrder(g);
    for (; g < group.size() && failure.empty(); ++g)
      process(group[g]);
  }
  // A scan of every state for NaN and infinity every 10 ms of simulated time (and when the
  // host asks, through checkState): cheap next to the simulation, and soon enough to name
  // the neuron and the moment.
  if (failure.empty() && clock - lastCheckMs >= kCheckEveryMs)
    checkFinite();
  if (failure.empty())
    clock = std::max(clock, untilMs);
  return failure.empty();
}

std::size_t EventEngine::deliverRows(std::size_t first) {
  // Static synapses only: deliveries to different neurons commute, so each row runs in one
  // generated loop, and the spikes it causes are emitted afterwards in neuron order, which is
  // exactly what the (target, source, synapse) order of docs/model.md produces.
  std::size_t g = first;
  if (g < group.size() && group[g].type == EventType::Delivery)
    return deliverInOrder(first); // single deliveries interleave with rows: merge
  bool anyFired = false;
  for (; g < group.size() && group[g].type == EventType::Batch; ++g) {
    const Event &batch = group[g];
    const auto &proj = net.projections[batch.projection];
    const NeuronRange &range = proj.targets[0];
    const auto &pop = net.populations[range.population];
    std::uint64_t begin = proj.rowStart[batch.synapse];
    std::uint64_t end = proj.rowStart[batch.synapse + 1];
    count.synapticEvents += end - begin;
    if (pop.kind != PopulationKind::Neurons || begin == end)
      continue;
    // Right after the targets' grid tick: all are at `clock`, and gridFired says which fired.
    const bool atTick = gridTickedAt[range.population] == clock;
    pop.event.deliverEvent(
        &pops[range.population].data, proj.column.data(), static_cast<std::int64_t>(begin),
        static_cast<std::int64_t>(end), range.begin,
        proj.weights.empty() ? nullptr : proj.weights.data(), proj.weight,
        static_cast<std::int32_t>(proj.deliverAs), atTick ? nullptr : last.data() + pop.first,
        refractoryUntil.data() + pop.first, clock, rowFired.data() + pop.first,
        burst.data() + 2 * std::size_t{pop.first}, atTick ? gridFired.data() + pop.first : nullptr);
    if (!rowPopulationTouched[range.population]) {
      rowPopulationTouched[range.population] = 1;
      touchedPopulations.push_back(range.population);
    }
    anyFired = true;
  }
  if (!anyFired)
    return g;
  std::sort(touchedPopulations.begin(), touchedPopulations.end());
  for (std::uint32_t p : touchedPopulations) {
    rowPopulationTouched[p] = 0;
    const auto &pop = net.populations[p];
    std::uint8_t *fired = rowFired.data() + pop.first;
    forEachNonZero(fired, nullptr, pop.size, [&](std::uint32_t i) {
      // It fired at this time: a later row at this time must check its condition again.
      gridFired[pop.first + i] = 1;
      for (; fired[i] > 0; --fired[i]) {
        std::uint32_t neuron = pop.first + i;
        emit(neuron, clock);
        scheduleBurst(neuron, clock, burst[2 * std::size_t{neuron}],
                      burst[2 * std::size_t{neuron} + 1]);
      }
    });
  }
  touchedPopulations.clear();
  return g;
}

void EventEngine::scheduleBurst(std::uint32_t neuron, double t, double countValue, double gap) {
  auto n = static_cast<std::int64_t>(std::floor(countValue));
  for (std::int64_t k = 1; k < n && gap > 0; ++k) {
    Event e;
    e.type = EventType::Emit;
    e.target = neuron;
    e.time = t + static_cast<double>(k) * gap;
    queue.push(e);
  }
}

std::size_t EventEngine::deliverInOrder(std::size_t first) {
  // The single deliveries (already in order) and the rows of synapses that spikes travel
  // along (each in target order, its synapse indices rising) are merged on the fly into the
  // order of docs/model.md, (target, source, synapse), without materialising the rows.
  auto later = [](const MergeCursor &a, const MergeCursor &b) {
    if (a.target != b.target)
      return a.target > b.target;
    if (a.source != b.source)
      return a.source > b.source;
    return a.synapse > b.synapse;
  };
  cursors.clear();
  std::size_t g = first;
  std::size_t singles = g;
  while (g < group.size() && group[g].type == EventType::Delivery)
    ++g;
  if (g > singles)
    cursors.push_back({group[singles].target, group[singles].source, singles, g, ~0u});
  for (; g < group.size() && group[g].type == EventType::Batch; ++g) {
    const Event &batch = group[g];
    const auto &proj = net.projections[batch.projection];
    std::uint64_t begin = proj.rowStart[batch.synapse];
    std::uint64_t end = proj.rowStart[batch.synapse + 1];
    if (begin < end)
      cursors.push_back({topo.targetNeuron(batch.projection, proj.column[begin]), batch.source,
                         begin, end, batch.projection});
  }
  std::make_heap(cursors.begin(), cursors.end(), later);
  while (!cursors.empty() && failure.empty()) {
    std::pop_heap(cursors.begin(), cursors.end(), later);
    MergeCursor &c = cursors.back();
    if (c.projection == ~0u) {
      const Event &e = group[c.synapse];
      deliver(e.target, e.kind, e.value, e.time);
      if (++c.synapse < c.end) {
        c.target = group[c.synapse].target;
        c.source = group[c.synapse].source;
      } else {
        cursors.pop_back();
        continue;
      }
    } else {
      const auto &proj = net.projections[c.projection];
      deliver(c.target, proj.deliverAs,
              proj.weights.empty() ? proj.weight : proj.weights[c.synapse], clock);
      if (++c.synapse < c.end) {
        c.target = topo.targetNeuron(c.projection, proj.column[c.synapse]);
      } else {
        cursors.pop_back();
        continue;
      }
    }
    std::push_heap(cursors.begin(), cursors.end(), later);
  }
  return g;
}

void EventEngine::process(const Event &e) {
  switch (e.type) {
  case EventType::Delivery:
    deliver(e.target, e.kind, e.value, e.time);
    return;
  case EventType::Emit:
    emit(e.target, e.time);
    return;
  case EventType::Source: {
    emit(e.target, e.time);
    std::uint32_t p = topo.populationOf(e.target);
    if (net.populations[p].kind == PopulationKind::SpikeTrain) {
      const SpikeTrain &train = trains[p];
      std::uint64_t next = e.synapse + 1;
      if (next < train.timesMs.size()) {
        Event n = e;
        n.synapse = next;
        n.target = net.populations[p].first + train.channels[next];
        n.time = train.timesMs[next];
        queue.push(n);
      }
      return;
    }
    scheduleSource(e.target, e.synapse + 1, e.time);
    return;
  }
  case EventType::Grid: {
    const auto &pop = net.populations[e.target];
    // The vectorised tick evolves the neurons still at the previous tick and checks them; the
    // few that an input moved in between (status 1) take the scalar path.
    const double from = static_cast<double>(e.synapse - 1) * pop.checkEveryMs;
    std::uint8_t *status = gridStatus.data() + pop.first;
    std::uint8_t *fires = gridFired.data() + pop.first;
    pop.event.grid(&pops[e.target].data, 0, pop.size, last.data() + pop.first,
                   refractoryUntil.data() + pop.first, from, e.time, status, fires);
    forEachNonZero(status, fires, pop.size, [&](std::uint32_t i) {
      std::uint32_t neuron = pop.first + i;
      if (status[i] != 0) {
        bringUpToDate(e.target, i, e.time);
        if (e.time >= refractoryUntil[neuron] && pop.event.cond(&pops[e.target].data, i, 0) != 0) {
          fire(neuron, e.time);
          fires[i] = 1; // for the rows delivered at this tick (deliverEvent's tickFired)
        }
      } else {
        fire(neuron, e.time);
      }
    });
    gridTickedAt[e.target] = e.time;
    Event next = e;
    next.synapse = e.synapse + 1;
    next.time = static_cast<double>(next.synapse) * pop.checkEveryMs;
    queue.push(next);
    return;
  }
  case EventType::Sample: {
    std::vector<double> values;
    for (const auto &probe : options.probes) {
      bringUpToDate(probe.population, probe.neuron, e.time);
      const auto &s = pops[probe.population].state[probe.state];
      values.push_back(s.empty() ? 0.0 : s[probe.neuron]);
    }
    observer->onProbe(e.time, values);
    Event next = e;
    next.synapse = e.synapse + 1;
    next.time = static_cast<double>(next.synapse) * options.probeEveryMs;
    queue.push(next);
    return;
  }
  case EventType::Batch:
    return;
  }
}

void EventEngine::bringUpToDate(std::uint32_t p, std::uint32_t i, double t) {
  std::uint32_t neuron = net.populations[p].first + i;
  double from = last[neuron];
  if (!(t > from + FLUX_SAME_TIME_MS))
    return;
  auto evolve = net.populations[p].event.evolve;
  FluxKernelData *data = &pops[p].data;
  double until = refractoryUntil[neuron];
  if (until > from && until < t) {
    // The refractory period ends inside the interval: evolve in two pieces, so `if refractory`
    // in `evolve` sees the truth on each.
    evolve(data, i, until - from, 1);
    evolve(data, i, t - until, 0);
  } else {
    evolve(data, i, t - from, until > from ? 1 : 0);
  }
  last[neuron] = t;
}

void EventEngine::deliver(std::uint32_t neuron, InputKind kind, double w, double t) {
  std::uint32_t p = topo.populationOf(neuron);
  const auto &pop = net.populations[p];
  ++count.synapticEvents;
  if (pop.kind != PopulationKind::Neurons)
    return; // extern outputs and sources take no input
  std::uint32_t i = neuron - pop.first;
  bringUpToDate(p, i, t);
  std::int32_t refractory = t < refractoryUntil[neuron] ? 1 : 0;
  FluxKernelData *data = &pops[p].data;
  bool fires = pop.event.input(data, i, static_cast<std::int32_t>(kind), w, refractory) != 0;
  // The condition is evaluated after every input (docs/model.md); a refractory neuron does
  // not fire by threshold, only by an explicit `fire` (electric input).
  if (fires || (!refractory && pop.event.cond(data, i, 0) != 0))
    fire(neuron, t);
}

void EventEngine::fire(std::uint32_t neuron, double t) {
  std::uint32_t p = topo.populationOf(neuron);
  const auto &pop = net.populations[p];
  std::uint32_t i = neuron - pop.first;
  double out[3] = {-1, 1, 0};
  pop.event.fire(&pops[p].data, i, t < refractoryUntil[neuron] ? 1 : 0, out);
  if (out[0] >= 0)
    refractoryUntil[neuron] = t + out[0];
  emit(neuron, t);
  scheduleBurst(neuron, t, out[1], out[2]);
}

void EventEngine::updateSynapse(std::uint32_t j, std::uint64_t s, std::uint32_t targetPop,
                                std::uint32_t post, double t) {
  double &when = synapseLast[j][s];
  if (t > when)
    net.projections[j].event.evolve(syns[j].view(targetPop), static_cast<std::int64_t>(s), post,
                                    t - when);
  when = t;
}

void EventEngine::emit(std::uint32_t neuron, double t) {
  ++count.spikes;
  observer->onSpike(t, neuron);
  std::uint32_t p = topo.populationOf(neuron);
  std::uint32_t local = neuron - net.populations[p].first;
  // Every spike of the neuron (a burst's later ones too) is a postsynaptic spike for the
  // plastic synapses onto it: their `on post` runs.
  if (!topo.postProjections(p).empty())
    bringUpToDate(p, local, t);
  topo.forEachPostSynapse(p, neuron, [&](std::uint32_t j, std::uint64_t s) {
    updateSynapse(j, s, p, local, t);
    net.projections[j].event.post(syns[j].view(p), static_cast<std::int64_t>(s), local);
  });
  topo.forEachOutgoingRow(p, local, [&](std::uint32_t projection, std::uint32_t row) {
    const auto &proj = net.projections[projection];
    if (!proj.enabled)
      return;
    if (proj.output) {
      // An extern output channel spikes with the neurons bound to it (what a host reads).
      for (std::uint64_t s = proj.rowStart[row]; s < proj.rowStart[row + 1]; ++s)
        observer->onSpike(t, topo.targetNeuron(projection, proj.column[s]));
      return;
    }
    if (!proj.model && proj.delays.empty()) {
      Event batch;
      batch.type = EventType::Batch;
      batch.time = onGrid(t + proj.delayMs, projection);
      batch.source = neuron;
      batch.projection = projection;
      batch.synapse = row;
      queue.push(batch);
      return;
    }
    for (std::uint64_t s = proj.rowStart[row]; s < proj.rowStart[row + 1]; ++s) {
      Event d;
      d.type = EventType::Delivery;
      d.target = topo.targetNeuron(projection, proj.column[s]);
      d.source = neuron;
      d.synapse = s;
      d.kind = proj.deliverAs;
      d.time = onGrid(t + proj.delayMsOf(s), projection);
      d.value = proj.weights.empty() ? proj.weight : proj.weights[s];
      if (proj.model) {
        // `on pre` and the synapse's `evolve` read the target's state (`post.mod`): as of now.
        std::uint32_t targetPop = topo.populationOf(d.target);
        std::uint32_t post = d.target - net.populations[targetPop].first;
        bringUpToDate(targetPop, post, t);
        updateSynapse(projection, s, targetPop, post, t);
        double delivered = 0;
        if (proj.event.pre(syns[projection].view(targetPop), static_cast<std::int64_t>(s), post,
                           &delivered) == 0)
          continue;
        d.value = delivered;
      }
      queue.push(d);
    }
  });
}

bool EventEngine::checkFinite() {
  auto problem = findNonFinite(net, pops, lastCheckMs, clock);
  lastCheckMs = clock;
  if (problem)
    failure = std::move(*problem);
  return !problem;
}

// Checkpoints. The queue is saved exactly as it lies (EventQueue::Contents): equal events pop in
// an order that depends on their positions, so re-pushing them could reorder ties. Probe
// samples are a setting of the run, not of the network: a restore into a run that samples at
// another interval (or not at all) drops the saved sample events and schedules its own.

void writeEvent(StateWriter &w, const Event &e) {
  w.f64(e.time);
  w.u64(e.synapse);
  w.f64(e.value);
  w.u32(e.target);
  w.u32(e.source);
  w.u32(e.projection);
  w.u8(static_cast<std::uint8_t>(e.type));
  w.u8(static_cast<std::uint8_t>(e.kind));
}
constexpr std::size_t kEventBytes = 38;

Event readEvent(StateReader &r) {
  Event e;
  e.time = r.f64();
  e.synapse = r.u64();
  e.value = r.f64();
  e.target = r.u32();
  e.source = r.u32();
  e.projection = r.u32();
  e.type = static_cast<EventType>(r.u8());
  e.kind = static_cast<InputKind>(r.u8());
  return e;
}

void writeEvents(StateWriter &w, const std::vector<Event> &events) {
  w.u64(events.size());
  for (const Event &e : events)
    writeEvent(w, e);
}

std::vector<Event> readEvents(StateReader &r) {
  std::vector<Event> events(r.count(kEventBytes));
  for (Event &e : events)
    e = readEvent(r);
  return events;
}

void EventEngine::saveState(std::string &out) const {
  StateWriter w(out);
  writeFingerprint(w, net, engineName(), 0);
  w.f64(options.probes.empty() ? 0 : options.probeEveryMs);
  w.f64(clock);
  w.f64(lastCheckMs);
  w.u64(count.spikes);
  w.u64(count.synapticEvents);
  w.u64(count.eventsProcessed);
  writeKernels<double>(w, pops, syns, synapseLast);
  w.values(last);
  w.values(refractoryUntil);
  w.values(gridStatus);
  w.values(gridFired);
  const auto contents = queue.contents();
  w.u64(contents.buckets.size());
  for (const auto &[index, events] : contents.buckets) {
    w.u64(index);
    writeEvents(w, events);
  }
  writeEvents(w, contents.overflow);
  w.i64(contents.currentSlot);
  w.u8(contents.sorted ? 1 : 0);
  w.f64(contents.lastPopped);
}

bool EventEngine::validEvent(const Event &e) const {
  if (static_cast<std::uint8_t>(e.kind) > FLUX_INPUT_ELECTRIC || !std::isfinite(e.value))
    return false;
  switch (e.type) {
  case EventType::Grid:
    return e.target < net.populations.size() &&
           net.populations[e.target].kind == PopulationKind::Neurons &&
           net.populations[e.target].checkEveryMs > 0 && e.synapse >= 1;
  case EventType::Delivery:
    return e.target < net.neuronCount && e.source < net.neuronCount;
  case EventType::Batch:
    return e.projection < net.projections.size() && e.source < net.neuronCount &&
           e.synapse + 1 < net.projections[e.projection].rowStart.size();
  case EventType::Emit:
    return e.target < net.neuronCount;
  case EventType::Source: {
    if (e.target >= net.neuronCount)
      return false;
    const std::uint32_t p = topo.populationOf(e.target);
    const PopulationKind kind = net.populations[p].kind;
    if (kind == PopulationKind::SpikeTrain)
      return e.synapse < trains[p].timesMs.size();
    return kind == PopulationKind::Poisson || kind == PopulationKind::Regular;
  }
  case EventType::Sample:
    return true;
  }
  return false;
}

bool EventEngine::restoreState(std::string_view bytes, std::string &error) {
  StateReader r(bytes);
  if (!checkFingerprint(r, net, engineName(), 0, error))
    return false;
  const double savedProbeEveryMs = r.f64();
  const double savedClock = r.f64();
  const double savedLastCheckMs = r.f64();
  RunCounters savedCount;
  savedCount.spikes = r.u64();
  savedCount.synapticEvents = r.u64();
  savedCount.eventsProcessed = r.u64();
  const std::string early = "the engine state ends early";
  if (!r.ok() || !std::isfinite(savedClock) || !std::isfinite(savedLastCheckMs)) {
    error = r.ok() ? "the engine state has a clock that is not a number" : early;
    return false;
  }
  SavedKernels<double, double> kernels;
  if (!kernels.read(r, net, pops, syns, synapseLast, error))
    return false;
  std::vector<double> savedLast, savedRefractory;
  std::vector<std::uint8_t> savedGridStatus, savedGridFired;
  if (!readSized(r, savedLast, last.size(), "the neurons' times", error) ||
      !readSized(r, savedRefractory, refractoryUntil.size(), "the refractory times", error) ||
      !readSized(r, savedGridStatus, gridStatus.size(), "the grid status", error) ||
      !readSized(r, savedGridFired, gridFired.size(), "the grid firings", error))
    return false;
  EventQueue<Event>::Contents contents;
  contents.buckets.resize(r.count(16));
  for (auto &[index, events] : contents.buckets) {
    index = r.u64();
    events = readEvents(r);
  }
  contents.overflow = readEvents(r);
  contents.currentSlot = r.i64();
  contents.sorted = r.u8() != 0;
  contents.lastPopped = r.f64();
  if (!r.ok()) {
    error = early;
    return false;
  }
  if (!r.atEnd()) {
    error = "the engine state has bytes after its end";
    return false;
  }
  const double probeEveryMs = options.probes.empty() ? 0 : options.probeEveryMs;
  const bool keepSamples = probeEveryMs > 0 && probeEveryMs == savedProbeEveryMs;
  auto invalid = [&](const Event &e) { return !validEvent(e); };
  auto sample = [](const Event &e) { return e.type == EventType::Sample; };
  bool bad = std::any_of(contents.overflow.begin(), contents.overflow.end(), invalid);
  for (auto &[index, events] : contents.buckets) {
    bad = bad || std::any_of(events.begin(), events.end(), invalid);
    if (!keepSamples)
      events.erase(std::remove_if(events.begin(), events.end(), sample), events.end());
  }
  if (!keepSamples && std::any_of(contents.overflow.begin(), contents.overflow.end(), sample)) {
    contents.overflow.erase(
        std::remove_if(contents.overflow.begin(), contents.overflow.end(), sample),
        contents.overflow.end());
    std::make_heap(contents.overflow.begin(), contents.overflow.end(),
                   [](const Event &a, const Event &b) { return b.time < a.time; });
  }
  EventQueue<Event> restored(bucketWidth(net), maxDelay(net));
  if (bad || !restored.restore(std::move(contents))) {
    error = "its pending events do not belong to this network";
    return false;
  }

  // Everything checked: replace the state.
  kernels.assignTo(pops, syns, synapseLast);
  last.swap(savedLast);
  refractoryUntil.swap(savedRefractory);
  gridStatus.swap(savedGridStatus);
  gridFired.swap(savedGridFired);
  std::fill(gridTickedAt.begin(), gridTickedAt.end(), -std::numeric_limits<double>::infinity());
  queue = std::move(restored);
  clock = savedClock;
  lastCheckMs = savedLastCheckMs;
  count = savedCount;
  failure.clear();
  if (!keepSamples && probeEveryMs > 0)
    scheduleSample();
  return true;
}

void EventEngine::scheduleSample() {
  Event sample;
  sample.type = EventType::Sample;
  sample.synapse = static_cast<std::uint64_t>(std::ceil(clock / options.probeEveryMs));
  sample.time = static_cast<double>(sample.synapse) * options.probeEveryMs;
  queue.push(sample);
}

} // namespace

std::unique_ptr<Simulator> makeEventEngine(const NetworkImage &network, const RunOptions &options,
                                           std::string &error) {
  auto engine = std::make_unique<EventEngine>(network, options);
  if (!engine->init(error))
    return nullptr;
  return engine;
}

} // namespace flux::rt
