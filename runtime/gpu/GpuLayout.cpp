#include "gpu/GpuLayout.h"

#include "engine/StepTime.h"
#include "engine/SummedInputs.h"
#include "engine/Topology.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <numeric>
#include <tuple>

namespace flux::rt::gpu {
namespace {

/// Output buffers stay below this per half: a batch holds at most one spike per neuron and
/// step, so fewer steps fit a batch of a larger network.
constexpr std::uint64_t kOutputHalfBytes = 64ull << 20;
constexpr std::uint32_t kMaxBatchSteps = 1000;

/// Calls f(projection, synapse, source, target) for every synapse that delivers spikes (not
/// those onto extern outputs), with global neuron indices.
template <class F>
void forEachSynapse(const NetworkImage &net, const Topology &topology, F &&f) {
  for (std::uint32_t j = 0; j < net.projections.size(); ++j) {
    const ProjectionImage &proj = net.projections[j];
    if (proj.output)
      continue;
    // Flat source indices enumerate the source ranges in order.
    std::vector<std::uint32_t> sources;
    for (const NeuronRange &r : proj.sources)
      for (std::uint32_t i = r.begin; i < r.end; ++i)
        sources.push_back(net.populations[r.population].first + i);
    for (std::uint32_t row = 0; row + 1 < proj.rowStart.size(); ++row)
      for (std::uint64_t s = proj.rowStart[row]; s < proj.rowStart[row + 1]; ++s)
        f(j, s, sources[row], topology.targetNeuron(j, proj.column[s]));
  }
}

} // namespace

std::optional<GpuLayout> computeLayout(const NetworkImage &net, const RunOptions &options,
                                       std::string &error) {
  GpuLayout layout;
  layout.dtMs = options.dtMs;
  if (!(options.dtMs > 0)) {
    error = "the GPU target needs a positive --dt";
    return std::nullopt;
  }
  layout.neurons = net.neuronCount;
  const std::vector<bool> summed = summedPopulations(net);
  std::uint64_t floats = 0;
  for (std::size_t index = 0; index < net.populations.size(); ++index) {
    const PopulationImage &pop = net.populations[index];
    PopulationLayout p;
    if (summed[index]) {
      p.summed = true;
      p.accumulators = pop.summedAccumulators;
      p.accBase = layout.sumEntries;
      layout.sumEntries += std::uint64_t{pop.size} * pop.summedAccumulators;
    }
    if (pop.kind == PopulationKind::Neurons) {
      for (const auto &init : pop.stateInit) {
        p.state.push_back(init.empty() ? ~0ull : floats);
        floats += init.empty() ? 0 : pop.size;
      }
      for (const auto &values : pop.params) {
        p.param.push_back(values.empty() ? ~0ull : floats);
        floats += values.empty() ? 0 : pop.size;
      }
      p.burstGap = floats;
      floats += pop.size;
      if (pop.checkEveryMs > 0)
        p.gridSteps = std::max<std::int32_t>(
            1, static_cast<std::int32_t>(std::lround(pop.checkEveryMs / options.dtMs)));
    } else if (pop.kind == PopulationKind::Regular || pop.kind == PopulationKind::SpikeTrain) {
      p.externalBit = layout.externalBits;
      layout.externalBits += pop.size;
    }
    layout.populations.push_back(std::move(p));
  }
  std::int64_t longest = 1;
  for (const auto &proj : net.projections) {
    ProjectionLayout pl;
    if (proj.model && !proj.output) {
      pl.plastic = true;
      pl.first = layout.plasticSynapses;
      for (const NeuronRange &r : proj.targets)
        if (std::find(pl.targetPopulations.begin(), pl.targetPopulations.end(), r.population) ==
            pl.targetPopulations.end())
          pl.targetPopulations.push_back(r.population);
      layout.plasticSynapses += proj.synapseCount();
      for (std::size_t v = 0; v < proj.liveStates.size(); ++v) {
        pl.state.push_back(proj.liveStates[v] ? floats : ~0ull);
        floats += proj.liveStates[v] ? proj.synapseCount() : 0;
      }
      for (const auto &values : proj.params) {
        pl.param.push_back(values.empty() ? ~0ull : floats);
        floats += values.empty() ? 0 : proj.synapseCount();
      }
    }
    layout.projections.push_back(std::move(pl));
    if (proj.output)
      continue; // the host reports output channels with their neurons' spikes
    longest = std::max(longest, stepsFor(proj.delayMs, options.dtMs));
    for (float d : proj.delays)
      longest = std::max(longest, stepsFor(d, options.dtMs));
    layout.synapses += proj.synapseCount();
  }
  if (std::find(summed.begin(), summed.end(), true) != summed.end()) {
    const Topology topology(net);
    forEachSynapse(net, topology,
                   [&](std::uint32_t, std::uint64_t, std::uint32_t, std::uint32_t target) {
                     if (summed[topology.populationOf(target)])
                       ++layout.pushedSynapses;
                   });
  }
  layout.stateFloats = std::max<std::uint64_t>(floats, 1);
  if (longest > std::int64_t{kMaxDelaySteps}) {
    error = "a delay of " + std::to_string(longest) + " steps is longer than the GPU target's " +
            std::to_string(kMaxDelaySteps) + " steps";
    return std::nullopt;
  }
  if (layout.synapses > 0x7FFFFFFFull) {
    error = "the GPU target indexes synapses with 31 bits; this network has " +
            std::to_string(layout.synapses);
    return std::nullopt;
  }
  layout.historySteps = static_cast<std::uint32_t>(longest) + 1;
  const std::uint64_t perStep = 8ull * std::max<std::uint32_t>(layout.neurons, 1);
  layout.batchSteps = static_cast<std::uint32_t>(
      std::clamp<std::uint64_t>(kOutputHalfBytes / perStep, 1, kMaxBatchSteps));
  layout.probeEvery = std::max<std::uint32_t>(
      1, static_cast<std::uint32_t>(std::lround(options.probeEveryMs / options.dtMs)));
  layout.probeSamples =
      options.probes.empty() ? 0 : (layout.batchSteps + layout.probeEvery - 1) / layout.probeEvery;
  return layout;
}

IncomingTables buildIncoming(const NetworkImage &net, const GpuLayout &layout) {
  struct Entry {
    std::uint32_t target;
    std::uint32_t delay;
    std::uint32_t source;
    std::uint32_t projection;
    std::uint64_t synapse;
    std::uint32_t kind;
    std::uint32_t weight; // float bits, or the plastic synapse's index
  };
  std::vector<Entry> entries;
  entries.reserve(layout.synapses - layout.pushedSynapses);
  const Topology topology(net);
  forEachSynapse(net, topology,
                 [&](std::uint32_t j, std::uint64_t s, std::uint32_t source, std::uint32_t target) {
                   if (layout.populations[topology.populationOf(target)].summed)
                     return; // pushed (buildPush)
                   const ProjectionImage &proj = net.projections[j];
                   const ProjectionLayout &pl = layout.projections[j];
                   const auto delay =
                       static_cast<std::uint32_t>(stepsFor(proj.delayMsOf(s), layout.dtMs));
                   const auto kind = static_cast<std::uint32_t>(proj.deliverAs) << kKindShift;
                   if (pl.plastic)
                     entries.push_back({target, delay, source, j, s, kind | kPlastic,
                                        static_cast<std::uint32_t>(pl.first + s)});
                   else
                     entries.push_back({target, delay, source, j, s, kind,
                                        std::bit_cast<std::uint32_t>(proj.weightOf(s))});
                 });
  std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
    return std::tie(a.target, b.delay, a.source, a.projection, a.synapse) <
           std::tie(b.target, a.delay, b.source, b.projection, b.synapse);
  });
  IncomingTables t;
  t.start.assign(static_cast<std::size_t>(layout.neurons) + 1, 0);
  t.synapse.reserve(entries.size() * 2);
  t.weight.reserve(entries.size());
  for (const Entry &e : entries) {
    ++t.start[e.target + 1];
    t.synapse.push_back(e.source);
    t.synapse.push_back(e.delay | e.kind);
    t.weight.push_back(e.weight);
  }
  std::partial_sum(t.start.begin(), t.start.end(), t.start.begin());
  // The plastic synapses' ends, in their own order (projection, then CSR).
  t.plastic.assign(4 * layout.plasticSynapses, 0);
  for (const Entry &e : entries)
    if (e.kind & kPlastic) {
      t.plastic[4 * std::size_t{e.weight}] = e.source;
      t.plastic[4 * std::size_t{e.weight} + 1] = e.target;
      t.plastic[4 * std::size_t{e.weight} + 2] = topology.populationOf(e.target);
    }
  return t;
}

PushTables buildPush(const NetworkImage &net, const GpuLayout &layout, const SummedRoute &route) {
  PushTables t;
  const std::size_t n = layout.neurons;
  t.start.assign(n + 1, 0);
  t.exponents.assign(n, 0);
  if (layout.pushedSynapses == 0)
    return t;
  std::vector<bool> summed(net.populations.size());
  for (std::size_t p = 0; p < summed.size(); ++p)
    summed[p] = layout.populations[p].summed;
  const Topology topology(net);
  const auto exponents = summedExponents(net, topology, summed);
  for (std::size_t p = 0; p < summed.size(); ++p)
    if (summed[p])
      std::copy(exponents[p].begin(), exponents[p].end(),
                t.exponents.begin() + net.populations[p].first);
  struct Entry {
    std::uint32_t source;
    std::uint32_t entry;
    std::uint32_t target;
    std::uint32_t delay;
    std::int64_t value;
  };
  std::vector<Entry> entries;
  entries.reserve(layout.pushedSynapses);
  forEachSynapse(
      net, topology,
      [&](std::uint32_t j, std::uint64_t s, std::uint32_t source, std::uint32_t target) {
        const std::uint32_t p = topology.populationOf(target);
        const PopulationLayout &where = layout.populations[p];
        if (!where.summed)
          return;
        const ProjectionImage &proj = net.projections[j];
        const float w = proj.weightOf(s);
        const std::int32_t a = route(p, static_cast<std::int32_t>(proj.deliverAs), w);
        // An input no accumulator takes still touches its target (kNoEntry), as on the CPU.
        const std::uint32_t local = target - net.populations[p].first;
        const float scale = std::ldexp(1.0F, t.exponents[target]);
        const std::uint64_t entry =
            a < 0 ? kNoEntry
                  : where.accBase +
                        std::uint64_t{static_cast<std::uint32_t>(a)} * net.populations[p].size +
                        local;
        entries.push_back({source, static_cast<std::uint32_t>(entry), target,
                           static_cast<std::uint32_t>(stepsFor(proj.delayMsOf(s), layout.dtMs)),
                           a < 0 ? 0 : quantizeInput(w, scale)});
      });
  // By source; the order within a source does not matter (integer sums).
  std::stable_sort(entries.begin(), entries.end(),
                   [](const Entry &a, const Entry &b) { return a.source < b.source; });
  t.synapse.reserve(4 * entries.size());
  t.delay.reserve(entries.size());
  for (const Entry &e : entries) {
    ++t.start[e.source + 1];
    const auto bits = static_cast<std::uint64_t>(e.value);
    t.synapse.insert(t.synapse.end(), {e.entry, e.target, static_cast<std::uint32_t>(bits),
                                       static_cast<std::uint32_t>(bits >> 32)});
    t.delay.push_back(e.delay);
  }
  std::partial_sum(t.start.begin(), t.start.end(), t.start.begin());
  return t;
}

} // namespace flux::rt::gpu
