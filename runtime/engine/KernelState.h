// The arrays generated kernels read and write, in the engine's precision, with the
// FluxKernelData that points at them.
#pragma once

#include "engine/NetworkImage.h"
#include "io/NumberText.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

namespace flux::rt {

template <class T>
struct KernelState {
  std::vector<std::vector<T>> state;  // per state variable; empty when dead
  std::vector<std::vector<T>> params; // per parameter; empty when folded
  std::vector<void *> statePointers;
  std::vector<void *> paramPointers;
  FluxKernelData data{};

  /// `count` elements; `init[v]` holds 1 (broadcast) or `count` values, or none (dead).
  void allocate(std::size_t count, const std::vector<std::vector<double>> &init,
                const std::vector<std::vector<double>> &paramValues, const NetworkImage &net) {
    state.resize(init.size());
    for (std::size_t v = 0; v < init.size(); ++v) {
      if (init[v].empty())
        continue;
      state[v].resize(count);
      for (std::size_t i = 0; i < count; ++i)
        state[v][i] = static_cast<T>(init[v].size() == 1 ? init[v][0] : init[v][i]);
    }
    params.resize(paramValues.size());
    for (std::size_t p = 0; p < paramValues.size(); ++p)
      params[p].assign(paramValues[p].begin(), paramValues[p].end());
    link(net);
  }

  void link(const NetworkImage &net) {
    statePointers.clear();
    for (auto &s : state)
      statePointers.push_back(s.empty() ? nullptr : s.data());
    paramPointers.clear();
    for (auto &p : params)
      paramPointers.push_back(p.empty() ? nullptr : p.data());
    data.state = statePointers.data();
    data.params = paramPointers.data();
    data.host = net.host;
    data.hostCall = net.hostCall;
  }

  /// Sets state variable (or parameter) `index` of elements [begin, end).
  void set(bool parameter, std::uint32_t index, std::uint32_t begin, std::uint32_t end,
           double value) {
    auto &values = parameter ? params[index] : state[index];
    for (std::uint32_t i = begin; i < end && i < values.size(); ++i)
      values[i] = static_cast<T>(value);
  }

  /// Copies restored values into the arrays (in place: the kernel data and the synapse views
  /// point into them). The shapes were checked by the caller.
  void assignValues(const std::vector<std::vector<T>> &stateValues,
                    const std::vector<std::vector<T>> &paramValues) {
    for (std::size_t v = 0; v < stateValues.size(); ++v)
      std::copy(stateValues[v].begin(), stateValues[v].end(), state[v].begin());
    for (std::size_t v = 0; v < paramValues.size(); ++v)
      std::copy(paramValues[v].begin(), paramValues[v].end(), params[v].begin());
  }

  /// State variable (or parameter) `index` of element `i`; NaN when the compiler removed it
  /// (dead state, a parameter folded into the code).
  double get(bool parameter, std::uint32_t index, std::uint32_t i) const {
    const auto &values = parameter ? params[index] : state[index];
    return i < values.size() ? static_cast<double>(values[i]) : std::nan("");
  }

  /// A synapse-model projection's state (zeroed, then set by the model's `init` per synapse)
  /// and one view per target population (`pops`: the engine's neuron states).
  void allocateSynapses(const ProjectionImage &proj, std::vector<KernelState<T>> &pops,
                        void (*init)(FluxKernelData *, std::int64_t), const NetworkImage &net) {
    std::vector<std::vector<double>> zero(proj.liveStates.size());
    for (std::size_t v = 0; v < zero.size(); ++v)
      if (proj.liveStates[v])
        zero[v] = {0.0};
    allocate(proj.synapseCount(), zero, proj.params, net);
    data.postState = pops[proj.targets.front().population].statePointers.data();
    for (const auto &range : proj.targets)
      addView(range.population, pops[range.population].statePointers.data());
    for (std::uint64_t s = 0; s < proj.synapseCount(); ++s)
      init(&data, static_cast<std::int64_t>(s));
  }

  /// Synapse kernels: one view of the data per target population, whose `postState` points
  /// at that population's state (a projection may reach several populations of one model).
  std::vector<std::pair<std::uint32_t, FluxKernelData>> views;

  void addView(std::uint32_t population, void **postState) {
    FluxKernelData view = data;
    view.postState = postState;
    views.emplace_back(population, view);
  }
  FluxKernelData *view(std::uint32_t population) {
    for (auto &[p, v] : views)
      if (p == population)
        return &v;
    return &data;
  }

  /// Whether every state value is finite: an integer scan of the exponent bits, which the
  /// compiler vectorises (a floating-point reduction it may not reorder, so it would not).
  bool allFinite() const {
    using Bits = std::conditional_t<sizeof(T) == 4, std::uint32_t, std::uint64_t>;
    constexpr auto kExponent =
        static_cast<Bits>(sizeof(T) == 4 ? 0x7f800000ull : 0x7ff0000000000000ull);
    Bits bad = 0;
    for (const auto &values : state)
      for (T x : values)
        bad |= static_cast<Bits>((std::bit_cast<Bits>(x) & kExponent) == kExponent);
    return bad == 0;
  }

  /// The first state variable of element i that is NaN or infinite, or -1.
  int nonFinite(std::size_t i) const {
    for (std::size_t v = 0; v < state.size(); ++v)
      if (!state[v].empty() && !std::isfinite(state[v][i]))
        return static_cast<int>(v);
    return -1;
  }
};

/// How a message names neuron i of population p: by its index, or not at all (nullopt: the
/// population's only neuron). Empty: the neuron's own index in a population of more than one;
/// a distributed run names it by its index in the whole network.
using NeuronIndexName =
    std::function<std::optional<std::uint32_t>(std::uint32_t population, std::uint32_t i)>;

/// The first NaN or infinite state of any neuron, as a message that names the neuron, the
/// variable and the window [fromMs, toMs] in which it went bad; nullopt when all are finite.
template <class T>
std::optional<std::string> findNonFinite(const NetworkImage &net,
                                         const std::vector<KernelState<T>> &pops, double fromMs,
                                         double toMs, const NeuronIndexName &indexName = {}) {
  for (std::uint32_t p = 0; p < net.populations.size(); ++p) {
    const auto &pop = net.populations[p];
    if (pop.kind != PopulationKind::Neurons || pops[p].allFinite())
      continue;
    for (std::uint32_t i = 0; i < pop.size; ++i) {
      int v = pops[p].nonFinite(i);
      if (v < 0)
        continue;
      auto variable = static_cast<std::size_t>(v);
      std::string message = "state '" + pop.stateNames[variable] + "' of neuron " + pop.name;
      std::optional<std::uint32_t> index =
          indexName ? indexName(p, i) : (pop.size > 1 ? std::optional(i) : std::nullopt);
      if (index)
        message += "[" + std::to_string(*index) + "]";
      message += " became " + shortestText(static_cast<double>(pops[p].state[variable][i])) +
                 " between t = " + shortestText(fromMs) + " ms and t = " + shortestText(toMs) +
                 " ms; check the model's parameters and equations";
      return message;
    }
  }
  return std::nullopt;
}

} // namespace flux::rt
