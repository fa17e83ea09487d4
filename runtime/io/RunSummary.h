// What a run did, how fast and with how much memory: printed as a table at the end of a run and
// written as JSON (--stats) for scripts and benchmarks. docs/recording.md lists the JSON keys.
#pragma once

#include "io/SpikeStats.h"

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

namespace flux::rt {

struct RunSummary {
  double simTimeS = 0;
  double wallS = 0;
  double realtimeFactor = 0; // simulated seconds per wall second: > 1 is faster than real time
  std::uint64_t spikes = 0;
  std::uint64_t synapticEvents = 0;
  double synapticEventsPerS = 0; // per wall second
  std::uint64_t peakRssBytes = 0;
  std::string engine;
  double dtMs = 0;
  std::uint64_t eventsProcessed = 0;
  std::uint64_t synapses = 0;     // in the network run
  std::uint64_t synapseBytes = 0; // what the engine holds for them (CSR, weights, delays, state)
  double compileS = 0;            // native code generation (the JIT)
  std::vector<PopulationSummary> populations;
};

/// The summary as a JSON object, keys in the order of the struct (snake_case), numbers in
/// their shortest round-trip spelling, NaN and infinities as null. Ends with a newline.
std::string toJson(const RunSummary &summary);

/// The per-population table (population, size, spikes, rate Hz, CV ISI) and the totals, aligned
/// for a terminal.
void printSummary(std::ostream &out, const RunSummary &summary);

} // namespace flux::rt
