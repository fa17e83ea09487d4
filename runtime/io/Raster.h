// A raster plot of a run as one self-contained SVG file: spikes on top (time across, neuron
// down, one colour per population), the populations' firing rates below. The run report
// (Report.h) draws its raster with the same function.
#pragma once

#include "io/PopulationInfo.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace flux::rt {

struct RasterOptions {
  /// More spikes than this are thinned to exactly this many, evenly over the spike list, so the
  /// file stays small enough for a browser (about 20 bytes a dot); the plot says so.
  std::size_t maxDots = 200000;
  std::string title = {}; // put before the totals on the title line, e.g. the circuit's name
  /// When the spikes given are a sample of a larger run (the report keeps a bounded one): how
  /// many spikes the run had, for the title and the note on thinning. 0: they are all of them.
  std::uint64_t totalSpikes = 0;
  /// The time axis starts here and runs for the duration (a run restored from a checkpoint
  /// starts at the checkpoint's time).
  double originMs = 0;
  /// Draw the rates below the raster, from the spikes given. The report draws its own, from
  /// counts of every spike, and leaves them out here.
  bool rates = true;
  double width = 1000;
  double rasterHeight = 420;
  double rateHeight = 160;
};

/// The SVG text. `durationMs` sets the time axis, [originMs, originMs + durationMs] (when it is
/// 0, the last spike sets the end); spikes outside it are left out. Rates are binned at
/// max(0.1 ms, duration / 400) and use every spike given, thinned or not.
std::string rasterSvg(const std::vector<PopulationInfo> &populations,
                      std::span<const SpikeRecord> spikes, double durationMs,
                      const RasterOptions &options = {});

} // namespace flux::rt
