// The engines' checkpoint payload (Simulator::saveState / restoreState): little-endian
// integers and IEEE bit patterns, so a checkpoint moves between hosts, with a fingerprint of
// the network that a restore compares before it reads anything else.
#pragma once

#include "engine/NetworkImage.h"
#include "io/LittleEndian.h"
#include "io/NumberText.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace flux::rt {

class StateWriter {
public:
  explicit StateWriter(std::string &out) : out(out) {}

  void u8(std::uint8_t value) { out.push_back(static_cast<char>(value)); }
  void u32(std::uint32_t value) { appendLe32(out, value); }
  void u64(std::uint64_t value) { appendLe64(out, value); }
  void i64(std::int64_t value) { appendLe64(out, static_cast<std::uint64_t>(value)); }
  void f64(double value) { appendLeDouble(out, value); }
  void f32(float value) { appendLe32(out, std::bit_cast<std::uint32_t>(value)); }
  void text(std::string_view value) {
    u64(value.size());
    out.append(value);
  }
  /// A count, then the values.
  template <class T>
  void values(const std::vector<T> &v) {
    u64(v.size());
    for (const T &x : v)
      one(x);
  }

private:
  template <class T>
  void one(T x) {
    if constexpr (std::is_same_v<T, double>)
      f64(x);
    else if constexpr (std::is_same_v<T, float>)
      f32(x);
    else if constexpr (sizeof(T) == 1)
      u8(static_cast<std::uint8_t>(x));
    else if constexpr (sizeof(T) == 4)
      u32(static_cast<std::uint32_t>(x));
    else
      u64(static_cast<std::uint64_t>(x));
  }

  std::string &out;
};

/// Reads what StateWriter wrote. A read past the end sets `failed` and returns zeros, so a
/// reader checks `ok()` once after a run of reads rather than after each.
class StateReader {
public:
  explicit StateReader(std::string_view in) : in(in) {}

  bool ok() const { return !failed; }
  bool atEnd() const { return position == in.size(); }

  std::uint8_t u8() {
    const char *p = take(1);
    return p ? static_cast<std::uint8_t>(*p) : 0;
  }
  std::uint32_t u32() {
    const char *p = take(4);
    return p ? loadLe32(p) : 0;
  }
  std::uint64_t u64() {
    const char *p = take(8);
    return p ? loadLe64(p) : 0;
  }
  std::int64_t i64() { return static_cast<std::int64_t>(u64()); }
  double f64() { return std::bit_cast<double>(u64()); }
  float f32() { return std::bit_cast<float>(u32()); }
  std::string text() {
    const std::uint64_t n = u64();
    const char *p = n <= in.size() - position ? take(static_cast<std::size_t>(n)) : fail();
    return p ? std::string(p, static_cast<std::size_t>(n)) : std::string();
  }
  /// A count and that many values; an impossible count (more than the bytes left) fails
  /// before anything is allocated.
  template <class T>
  std::vector<T> values() {
    const std::uint64_t n = u64();
    std::vector<T> v;
    if (failed || n > (in.size() - position) / elementBytes<T>()) {
      fail();
      return v;
    }
    v.resize(static_cast<std::size_t>(n));
    for (T &x : v)
      x = one<T>();
    return v;
  }
  /// A count of things at least `minBytes` long each, checked against the bytes left.
  std::uint64_t count(std::size_t minBytes) {
    const std::uint64_t n = u64();
    if (failed || n > (in.size() - position) / std::max<std::size_t>(minBytes, 1))
      fail();
    return failed ? 0 : n;
  }

private:
  template <class T>
  static constexpr std::size_t elementBytes() {
    return std::is_same_v<T, float> ? 4 : sizeof(T);
  }
  template <class T>
  T one() {
    if constexpr (std::is_same_v<T, double>)
      return f64();
    else if constexpr (std::is_same_v<T, float>)
      return f32();
    else if constexpr (sizeof(T) == 1)
      return static_cast<T>(u8());
    else if constexpr (sizeof(T) == 4)
      return static_cast<T>(u32());
    else
      return static_cast<T>(u64());
  }
  const char *take(std::size_t n) {
    if (failed || n > in.size() - position)
      return fail();
    const char *p = in.data() + position;
    position += n;
    return p;
  }
  const char *fail() {
    failed = true;
    return nullptr;
  }

  std::string_view in;
  std::size_t position = 0;
  bool failed = false;
};

/// What a checkpoint must match to be restored into a simulator: the engine, the network's
/// shape (populations, their sizes, projections, their synapse counts), its seed and, for the
/// step engine, dt. `dtMs` is 0 for the event engine.
inline void writeFingerprint(StateWriter &w, const NetworkImage &net, std::string_view engine,
                             double dtMs) {
  w.text(engine);
  w.f64(dtMs);
  w.u64(net.seed);
  w.u32(net.neuronCount);
  w.u64(net.populations.size());
  for (const auto &pop : net.populations) {
    w.text(pop.name);
    w.u32(pop.size);
    w.u8(static_cast<std::uint8_t>(pop.kind));
  }
  w.u64(net.projections.size());
  for (const auto &proj : net.projections)
    w.u64(proj.synapseCount());
}

inline std::string populationDiffers(std::uint64_t index, const std::string &name,
                                     std::uint32_t size, const PopulationImage &pop) {
  return "it is from a different network: population " + std::to_string(index) + " is " + name +
         "[" + std::to_string(size) + "] there, " + pop.name + "[" + std::to_string(pop.size) +
         "] here";
}

inline std::string projectionDiffers(std::uint64_t synapses, const ProjectionImage &proj) {
  return "it is from a different network: projection " + proj.name + " has " +
         std::to_string(synapses) + " synapses there, " + std::to_string(proj.synapseCount()) +
         " here";
}

/// Reads a fingerprint and compares it with this simulator's; false with a message that says
/// what differs.
inline bool checkFingerprint(StateReader &r, const NetworkImage &net, std::string_view engine,
                             double dtMs, std::string &error) {
  const std::string theirEngine = r.text();
  const double theirDt = r.f64();
  const std::uint64_t seed = r.u64();
  const std::uint32_t neurons = r.u32();
  if (!r.ok()) {
    error = "the engine state ends early";
    return false;
  }
  if (theirEngine != engine) {
    error = "it was saved by the " + theirEngine + " engine, this run uses the " +
            std::string(engine) + " engine";
    return false;
  }
  if (theirDt != dtMs) {
    error = "it was saved with dt = " + shortestText(theirDt) +
            " ms, this run uses dt = " + shortestText(dtMs) + " ms";
    return false;
  }
  if (seed != net.seed) {
    error = "it was saved with seed " + std::to_string(seed) + ", this run uses seed " +
            std::to_string(net.seed);
    return false;
  }
  const std::string other = "it is from a different network: ";
  if (neurons != net.neuronCount) {
    error = other + std::to_string(neurons) + " neurons there, " + std::to_string(net.neuronCount) +
            " here";
    return false;
  }
  const std::uint64_t populations = r.count(14);
  if (r.ok() && populations != net.populations.size()) {
    error = other + std::to_string(populations) + " populations there, " +
            std::to_string(net.populations.size()) + " here";
    return false;
  }
  for (std::uint64_t p = 0; p < populations && r.ok(); ++p) {
    const auto &pop = net.populations[p];
    const std::string name = r.text();
    const std::uint32_t size = r.u32();
    const auto kind = r.u8();
    if (r.ok() &&
        (name != pop.name || size != pop.size || kind != static_cast<std::uint8_t>(pop.kind))) {
      error = populationDiffers(p, name, size, pop);
      return false;
    }
  }
  const std::uint64_t projections = r.count(8);
  if (r.ok() && projections != net.projections.size()) {
    error = other + std::to_string(projections) + " projections there, " +
            std::to_string(net.projections.size()) + " here";
    return false;
  }
  for (std::uint64_t j = 0; j < projections && r.ok(); ++j) {
    const std::uint64_t synapses = r.u64();
    if (r.ok() && synapses != net.projections[j].synapseCount()) {
      error = projectionDiffers(synapses, net.projections[j]);
      return false;
    }
  }
  if (!r.ok()) {
    error = "the engine state ends early";
    return false;
  }
  return true;
}

/// Writes the arrays of a KernelState (state variables, then parameters).
template <class T, class K>
void writeArrays(StateWriter &w, const K &kernel) {
  w.u64(kernel.state.size());
  for (const std::vector<T> &v : kernel.state)
    w.values(v);
  w.u64(kernel.params.size());
  for (const std::vector<T> &v : kernel.params)
    w.values(v);
}

/// Reads arrays written by writeArrays into `state` and `params`, which must come out the
/// shape of `kernel`'s; false with a message naming `what` otherwise.
template <class T, class K>
bool readArrays(StateReader &r, const K &kernel, const std::string &what,
                std::vector<std::vector<T>> &state, std::vector<std::vector<T>> &params,
                std::string &error) {
  auto readAll = [&](const std::vector<std::vector<T>> &mine, std::vector<std::vector<T>> &into,
                     const char *kind) {
    const std::uint64_t n = r.count(8);
    if (r.ok() && n != mine.size()) {
      error = what + " has " + std::to_string(n) + " " + kind + " there, " +
              std::to_string(mine.size()) + " here";
      return false;
    }
    into.resize(static_cast<std::size_t>(n));
    for (std::size_t v = 0; v < into.size() && r.ok(); ++v) {
      into[v] = r.values<T>();
      if (r.ok() && into[v].size() != mine[v].size()) {
        error = what + ": " + kind + " " + std::to_string(v) + " has " +
                std::to_string(into[v].size()) + " values there, " +
                std::to_string(mine[v].size()) + " here";
        if (into[v].empty() || mine[v].empty())
          error += " (the compiler kept it in one run and folded or removed it in the other: "
                   "restore with the --probe, --inject and --control options of the run that "
                   "saved)";
        return false;
      }
    }
    return true;
  };
  if (!readAll(kernel.state, state, "state variables") ||
      !readAll(kernel.params, params, "parameters"))
    return false;
  if (!r.ok())
    error = "the engine state ends early";
  return r.ok();
}

/// A vector read from a checkpoint, checked to have `size` elements.
template <class T>
bool readSized(StateReader &r, std::vector<T> &into, std::size_t size, const char *what,
               std::string &error) {
  into = r.values<T>();
  if (!r.ok()) {
    error = "the engine state ends early";
    return false;
  }
  if (into.size() != size) {
    error = std::string(what) + " has " + std::to_string(into.size()) + " values there, " +
            std::to_string(size) + " here";
    return false;
  }
  return true;
}

/// Every kernel array of an engine: each population's state and kept parameters, then each
/// synapse-model projection's with its synapses' last-update times (`Last`: the engine's
/// clock type). Both engines save and restore this part alike.
template <class T, class K, class Last>
void writeKernels(StateWriter &w, const std::vector<K> &pops, const std::vector<K> &syns,
                  const std::vector<std::vector<Last>> &synapseLast) {
  for (const auto &k : pops)
    writeArrays<T>(w, k);
  for (std::size_t j = 0; j < syns.size(); ++j) {
    writeArrays<T>(w, syns[j]);
    w.values(synapseLast[j]);
  }
}

/// The arrays writeKernels wrote, read into temporaries and checked against the engine's
/// shapes, so that a rejected checkpoint changes nothing; assignTo() then puts them in place.
template <class T, class Last>
struct SavedKernels {
  std::vector<std::vector<std::vector<T>>> popState, popParams, synState, synParams;
  std::vector<std::vector<Last>> synLast;

  template <class K>
  bool read(StateReader &r, const NetworkImage &net, const std::vector<K> &pops,
            const std::vector<K> &syns, const std::vector<std::vector<Last>> &synapseLast,
            std::string &error) {
    popState.resize(pops.size());
    popParams.resize(pops.size());
    for (std::size_t p = 0; p < pops.size(); ++p)
      if (!readArrays<T>(r, pops[p], "population " + net.populations[p].name, popState[p],
                         popParams[p], error))
        return false;
    synState.resize(syns.size());
    synParams.resize(syns.size());
    synLast.resize(syns.size());
    for (std::size_t j = 0; j < syns.size(); ++j) {
      const std::string what = "projection " + net.projections[j].name;
      if (!readArrays<T>(r, syns[j], what, synState[j], synParams[j], error) ||
          !readSized(r, synLast[j], synapseLast[j].size(), (what + " last updates").c_str(), error))
        return false;
    }
    return true;
  }

  /// Copies into place (the kernels' data and the synapse views point into the arrays).
  template <class K>
  void assignTo(std::vector<K> &pops, std::vector<K> &syns,
                std::vector<std::vector<Last>> &synapseLast) {
    for (std::size_t p = 0; p < pops.size(); ++p)
      pops[p].assignValues(popState[p], popParams[p]);
    for (std::size_t j = 0; j < syns.size(); ++j) {
      syns[j].assignValues(synState[j], synParams[j]);
      synapseLast[j].swap(synLast[j]);
    }
  }
};

} // namespace flux::rt
