#include "elab/Network.h"

#include <algorithm>

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

std::optional<std::uint32_t> Network::neuronIndex(std::string_view name) const {
  // `Pop[17]`: a trailing index selects one neuron; without one the population has one neuron.
  std::string_view population = name;
  std::uint64_t index = 0;
  bool indexed = false;
  if (!name.empty() && name.back() == ']') {
    auto open = name.rfind('[');
    if (open != std::string_view::npos) {
      std::string_view digits = name.substr(open + 1, name.size() - open - 2);
      indexed =
          !digits.empty() && digits.size() < 11 &&
          std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; });
      if (indexed) {
        for (char c : digits)
          index = index * 10 + static_cast<std::uint64_t>(c - '0');
        population = name.substr(0, open);
      }
    }
  }
  for (const auto &p : populations) {
    if (p.name == population && index < p.size && (indexed || p.size == 1))
      return static_cast<std::uint32_t>(p.first + index);
    if (indexed && p.name == name && p.size == 1)
      return p.first; // `C[3]` naming a population of one inside an array
  }
  return std::nullopt;
}

std::string Network::neuronName(std::uint32_t index) const {
  for (const auto &p : populations) {
    if (index >= p.first && index < p.first + p.size)
      return p.size == 1 ? p.name : p.name + "[" + std::to_string(index - p.first) + "]";
  }
  return "";
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
