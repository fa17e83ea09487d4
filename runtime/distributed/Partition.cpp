#include "distributed/Partition.h"

#include <algorithm>
#include <array>

namespace flux::rt {
namespace {

template <class T>
std::vector<T> slice(const std::vector<T> &values, std::uint32_t globalSize,
                     const PartitionMap &map, std::uint32_t p) {
  if (values.size() != globalSize || globalSize <= 1)
    return values; // one value for all (or none)
  std::vector<T> out;
  out.reserve(map.population(p).localSize);
  for (std::uint32_t i = 0; i < map.population(p).localSize; ++i)
    out.push_back(values[map.globalIndex(p, i)]);
  return out;
}

PopulationImage partitionPopulation(const PopulationImage &pop, const PartitionMap &map,
                                    std::uint32_t p) {
  PopulationImage out = pop;
  const PopulationPart &part = map.population(p);
  out.first = part.localFirst;
  out.size = part.localSize;
  if (part.share == Share::Whole)
    return out;
  for (auto &init : out.stateInit)
    init = slice(init, pop.size, map, p);
  for (auto &values : out.params)
    values = slice(values, pop.size, map, p);
  out.rate = slice(pop.rate, pop.size, map, p);
  return out;
}

/// Takes this process's part of `proj`, whose synapse arrays it empties: a process that
/// elaborated only the synapses onto its own neurons renumbers them in place, with no copy.
ProjectionImage partitionProjection(ProjectionImage &proj, const PartitionMap &map) {
  // The synapse arrays move out of `proj`; the rest (names, kernels, settings) is copied.
  std::vector<std::uint64_t> rowStart = std::move(proj.rowStart);
  std::vector<std::uint32_t> column = std::move(proj.column);
  std::vector<float> weights = std::move(proj.weights);
  std::vector<float> delays = std::move(proj.delays);
  std::vector<std::vector<double>> params = std::move(proj.params);
  proj.rowStart = {};
  proj.column = {};
  proj.weights = {};
  proj.delays = {};
  proj.params = {};
  ProjectionImage out = proj;
  out.params.resize(params.size());
  // Old flat target index -> new one (~0u: another process's neuron).
  std::vector<std::uint32_t> flat;
  std::uint32_t next = 0;
  for (NeuronRange &range : out.targets) {
    const std::uint32_t p = range.population;
    for (std::uint32_t i = range.begin; i < range.end; ++i)
      flat.push_back(map.owns(p, i) ? next++ : ~0u);
    range.begin = map.ownedBefore(p, range.begin);
    range.end = map.ownedBefore(p, range.end);
  }
  out.regenerate = false;
  out.regeneratedSynapses = 0;
  const bool allOurs =
      std::all_of(column.begin(), column.end(), [&](std::uint32_t c) { return flat[c] != ~0u; });
  if (allOurs) {
    for (std::uint32_t &c : column)
      c = flat[c];
    out.rowStart = std::move(rowStart);
    out.column = std::move(column);
    out.weights = std::move(weights);
    out.delays = std::move(delays);
    out.params = std::move(params);
    return out;
  }
  const std::uint32_t rows = static_cast<std::uint32_t>(rowStart.size()) - 1;
  out.rowStart.assign(1, 0);
  for (std::uint32_t row = 0; row < rows; ++row) {
    for (std::uint64_t s = rowStart[row]; s < rowStart[row + 1]; ++s) {
      const std::uint32_t target = flat[column[s]];
      if (target == ~0u)
        continue;
      out.column.push_back(target);
      if (!weights.empty())
        out.weights.push_back(weights[s]);
      if (!delays.empty())
        out.delays.push_back(delays[s]);
      for (std::size_t k = 0; k < params.size(); ++k)
        if (!params[k].empty())
          out.params[k].push_back(params[k][s]);
    }
    out.rowStart.push_back(out.column.size());
  }
  return out;
}

/// FNV-1a, 64 bits.
class Hasher {
public:
  void bytes(const void *data, std::size_t n) {
    const auto *p = static_cast<const unsigned char *>(data);
    for (std::size_t i = 0; i < n; ++i) {
      h ^= p[i];
      h *= 0x100000001b3ULL;
    }
  }
  template <class T>
  void value(T v) {
    bytes(&v, sizeof v);
  }
  void text(const std::string &s) {
    value(s.size());
    bytes(s.data(), s.size());
  }
  template <class T>
  void values(const std::vector<T> &v) {
    value(v.size());
    if (!v.empty())
      bytes(v.data(), v.size() * sizeof(T));
  }
  std::uint64_t result() const { return h; }

private:
  std::uint64_t h = 0xcbf29ce484222325ULL;
};

} // namespace

PartitionMap::PartitionMap(const NetworkImage &whole, Partition partition) : part(partition) {
  std::uint32_t localFirst = 0;
  for (std::uint32_t p = 0; p < whole.populations.size(); ++p) {
    const PopulationImage &pop = whole.populations[p];
    PopulationPart out;
    out.globalFirst = pop.first;
    out.globalSize = pop.size;
    const bool dealt = pop.kind != PopulationKind::Extern;
    out.share = !dealt || part.size <= 1                 ? Share::Whole
                : part.mode == PartitionMode::RoundRobin ? Share::Dealt
                : ownsNeuron(part, p, 0, true)           ? Share::Whole
                                                         : Share::None;
    out.localFirst = localFirst;
    pops.push_back(out);
    pops.back().localSize = ownedBefore(p, pop.size);
    localFirst += pops.back().localSize;
  }
}

std::uint32_t PartitionMap::globalNeuron(std::uint32_t localNeuron) const {
  for (std::uint32_t p = 0; p < pops.size(); ++p)
    if (localNeuron >= pops[p].localFirst && localNeuron < pops[p].localFirst + pops[p].localSize)
      return pops[p].globalFirst + globalIndex(p, localNeuron - pops[p].localFirst);
  return ~0u;
}

NetworkImage partitionImage(NetworkImage &whole, const PartitionMap &map) {
  NetworkImage out;
  out.seed = whole.seed;
  out.hostFunctions = whole.hostFunctions;
  out.hostCall = whole.hostCall;
  out.host = whole.host;
  for (std::uint32_t p = 0; p < whole.populations.size(); ++p)
    out.populations.push_back(partitionPopulation(whole.populations[p], map, p));
  out.neuronCount = 0;
  for (const PopulationImage &pop : out.populations)
    out.neuronCount += pop.size;
  for (ProjectionImage &proj : whole.projections)
    out.projections.push_back(partitionProjection(proj, map));
  return out;
}

std::uint64_t networkHash(const NetworkImage &net) {
  Hasher h;
  h.value(net.seed);
  h.value(net.neuronCount);
  for (const PopulationImage &pop : net.populations) {
    h.text(pop.name);
    h.value(pop.kind);
    h.value(pop.first);
    h.value(pop.size);
    for (const auto &init : pop.stateInit)
      h.values(init);
    for (const auto &values : pop.params)
      h.values(values);
    h.value(pop.checkEveryMs);
    h.values(pop.rate);
    h.value(pop.phaseMs);
    h.text(pop.file);
    h.value(pop.stepKernel);
  }
  for (const ProjectionImage &proj : net.projections) {
    h.text(proj.name);
    h.value(proj.output);
    h.value(proj.deliverAs);
    for (const NeuronRange &r : proj.sources)
      h.value(std::array<std::uint32_t, 3>{r.population, r.begin, r.end});
    for (const NeuronRange &r : proj.targets)
      h.value(std::array<std::uint32_t, 3>{r.population, r.begin, r.end});
    // Not the synapses: each process made only those onto its own neurons.
    h.value(proj.weight);
    h.value(proj.delayMs);
    h.value(proj.model);
    h.value(proj.stepKernel);
  }
  return h.result();
}

} // namespace flux::rt
