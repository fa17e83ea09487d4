#include "elab/Network.h"

namespace flux::elab {

std::uint32_t NeuronSet::size() const {
  std::uint32_t n = 0;
  for (const auto &r : ranges)
    n += r.end - r.begin;
  return n;
}

std::pair<std::uint32_t, std::uint32_t> NeuronSet::at(std::uint32_t i) const {
  for (const auto &r : ranges) {
    if (i < r.end - r.begin)
      return {r.population, r.begin + i};
    i -= r.end - r.begin;
  }
  return {UINT32_MAX, UINT32_MAX};
}

std::uint64_t Projection::bytes() const {
  return connectivity.rowStart.size() * sizeof(std::uint64_t) +
         connectivity.target.size() * sizeof(std::uint32_t) + weights.size() * sizeof(float) +
         delays.size() * sizeof(float);
}

std::uint32_t Network::neuronCount() const {
  std::uint32_t n = 0;
  for (const auto &p : populations)
    n += p.kind == PopulationKind::Neurons ? p.size : 0;
  return n;
}

std::uint64_t Network::synapseCount() const {
  std::uint64_t n = 0;
  for (const auto &p : projections)
    n += p.synapseCount();
  return n;
}

std::uint64_t Network::bytes() const {
  std::uint64_t n = 0;
  for (const auto &p : projections)
    n += p.bytes();
  for (const auto &p : populations) {
    for (const auto &v : p.params)
      n += v.values.size() * sizeof(double);
    for (const auto &v : p.state)
      n += v.values.size() * sizeof(double);
  }
  return n;
}

} // namespace flux::elab
