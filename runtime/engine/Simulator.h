// The engines' common interface: advance a network in time, reporting spikes and probe samples
// to an observer. A simulator can be advanced in pieces (fluxc run draws its progress bar
// between them; a host program steps it from its own loop).
#pragma once

#include "engine/NetworkImage.h"

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace flux::rt {

/// One state variable of one neuron, sampled every `RunOptions::probeEveryMs`.
struct Probe {
  std::string name; // `Osc.a.level`
  std::uint32_t population = 0;
  std::uint32_t neuron = 0; // local index
  std::uint32_t state = 0;
};

struct RunOptions {
  double dtMs = 0.1; // step engines
  std::vector<Probe> probes;
  double probeEveryMs = 1;
};

struct RunCounters {
  std::uint64_t spikes = 0;
  std::uint64_t synapticEvents = 0;  // deliveries to a neuron
  std::uint64_t eventsProcessed = 0; // every queue event (event engine) or step (step engine)
};

class RunObserver {
public:
  virtual ~RunObserver() = default;
  virtual void onSpike(double timeMs, std::uint32_t neuron) = 0;
  virtual void onProbe(double timeMs, std::span<const double> values) {
    (void)timeMs;
    (void)values;
  }
};

class Simulator {
public:
  virtual ~Simulator() = default;
  /// Runs until `untilMs` (exclusive for the step engine: the steps before it). Returns false
  /// when a run-time error stopped the run; `error()` says what, naming neuron and time.
  virtual bool advance(double untilMs, RunObserver &observer) = 0;
  /// Scans every state variable for NaN and infinity now (the engines also do it every few
  /// milliseconds of simulated time); false, with error() set, when one is found.
  virtual bool checkState() = 0;
  virtual double now() const = 0;
  virtual const RunCounters &counters() const = 0;
  virtual const std::string &error() const = 0;
  virtual const char *engineName() const = 0;
  /// Sets state variable `index` (or, with `parameter`, a parameter the compiler kept
  /// variable) of neurons [begin, end) of a population to `value`, at the current time: the
  /// event engine first brings them up to date; the step engine applies it from the next
  /// step. Value and current injection (`fluxc run --inject`).
  virtual void setValue(std::uint32_t population, std::uint32_t begin, std::uint32_t end,
                        bool parameter, std::uint32_t index, double value) = 0;
  /// State variable `index` (or a kept parameter) of neuron `neuron` of a population, now;
  /// NaN when the compiler removed it (dead state, a folded parameter).
  virtual double getValue(std::uint32_t population, std::uint32_t neuron, bool parameter,
                          std::uint32_t index) = 0;
  /// A spike of `neuron` (an `extern input` channel) now: it travels along the neuron's
  /// projections like any spike (a host program pushing input).
  virtual void injectSpike(std::uint32_t neuron, RunObserver &observer) = 0;
  /// Memory the engine holds for synapse models: their state and last-update times.
  virtual std::uint64_t synapseStateBytes() const = 0;
  /// Appends the engine's whole dynamic state (neuron and synapse state, kept parameters, the
  /// pending events, counters, the clock) to `out`, with a fingerprint of the network: a
  /// checkpoint (io/Checkpoint.h, docs/checkpoints.md). The network itself is not saved.
  virtual void saveState(std::string &out) const = 0;
  /// Replaces the dynamic state with one saveState wrote, so the run continues exactly as the
  /// saved one would have. False, with `error` saying what differs and the simulator
  /// unchanged, when the bytes are malformed or come from another network, engine or dt.
  virtual bool restoreState(std::string_view bytes, std::string &error) = 0;
};

/// The exact event-driven engine (double precision, no global clock).
std::unique_ptr<Simulator> makeEventEngine(const NetworkImage &network, const RunOptions &options,
                                           std::string &error);
/// The time-stepped engine (single precision, fixed dt, delay ring buffers): the GPU's reference.
std::unique_ptr<Simulator> makeStepEngine(const NetworkImage &network, const RunOptions &options,
                                          std::string &error);

} // namespace flux::rt
