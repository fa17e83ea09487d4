// A raster plot of a run as one self-contained SVG file: spikes on top (time across, neuron
// down, one colour per population), the populations' firing rates below.
#pragma once

#include "io/PopulationInfo.h"

#include <cstddef>
#include <span>
#include <string>
#include <vector>

namespace flux::rt {

struct RasterOptions {
  /// More spikes than this are thinned to exactly this many, evenly over the spike list, so the
  /// file stays small enough for a browser (about 20 bytes a dot); the plot says so.
  std::size_t maxDots = 200000;
  std::string title = {}; // put before the totals on the title line, e.g. the circuit's name
  double width = 1000;
  double rasterHeight = 420;
  double rateHeight = 160;
};

/// The SVG text. `durationMs` sets the time axis (when it is 0, the last spike does); spikes
/// outside [0, duration] are left out. Rates are binned at max(0.1 ms, duration / 400) and use
/// every spike, thinned or not.
std::string rasterSvg(const std::vector<PopulationInfo> &populations,
                      std::span<const SpikeRecord> spikes, double durationMs,
                      const RasterOptions &options = {});

} // namespace flux::rt
