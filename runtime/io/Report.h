// The run report (`fluxc run --report FILE.html`): one self-contained HTML file (inline CSS and
// SVG, nothing fetched) that shows a person what a run did: how it was made, its figures, a
// table of the populations, the spike raster, each population's rate over time and the
// distributions of its neurons' firing rates and CVs of ISI.
//
// Memory does not grow with the number of spikes: ReportRecorder keeps spike counts per
// population in about 200 time bins and an evenly thinned sample of spikes for the raster;
// the per-neuron figures come from the SpikeStats that the run keeps anyway.
#pragma once

#include "io/PopulationInfo.h"
#include "io/RateBins.h"
#include "io/RunSummary.h"
#include "io/SpikeSample.h"
#include "io/SpikeStats.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace flux::rt {

/// What gathers the report's time courses while the run goes on: O(1) per spike, memory
/// O(neurons + populations x bins + raster dots).
class ReportRecorder {
public:
  static constexpr double kBinsPerRun = 200;
  static constexpr std::size_t kRasterDots = 200000; // as --raster: a few MB of SVG at most

  /// A run from `startMs` meant to last `plannedMs`; rate bins are plannedMs / 200 wide, but
  /// no narrower than `minBinMs` (the step engine's step; 0.1 ms for the event engine).
  ReportRecorder(std::vector<PopulationInfo> populations, double startMs, double plannedMs,
                 double minBinMs);

  void onSpike(double timeMs, std::uint32_t neuron) {
    sample.add(timeMs, neuron);
    if (neuron < populationOf.size() && populationOf[neuron] != kNoPopulation)
      bins.add(populationOf[neuron], timeMs);
  }

  [[nodiscard]] const std::vector<PopulationInfo> &populationTable() const { return populations; }
  [[nodiscard]] const RateBins &rateBins() const { return bins; }
  [[nodiscard]] const SpikeSample &spikeSample() const { return sample; }
  [[nodiscard]] double startTimeMs() const { return startMs; }
  [[nodiscard]] double plannedTimeMs() const { return plannedMs; }

private:
  static constexpr std::uint32_t kNoPopulation = UINT32_MAX;

  std::vector<PopulationInfo> populations;
  double startMs;
  double plannedMs;
  std::vector<std::uint32_t> populationOf; // per neuron: its position in `populations`
  RateBins bins;
  SpikeSample sample;
};

/// How the run was made, for the report's header.
struct ReportHeader {
  std::string file = {};   // the .flux file
  std::string top = {};    // the circuit run
  std::string device = {}; // with the GPU engine: the device's name
  std::uint64_t seed = 0;
  /// Why the run ended before its time or with an error (Ctrl-C, --max-rate, a NaN); empty when
  /// it ran to its end.
  std::string stopped = {};
};

/// The whole HTML document. `summary` holds the run's figures and per-population table (as
/// printed and as --stats-json), `stats` the per-neuron counts behind the histograms.
std::string reportHtml(const ReportHeader &header, const RunSummary &summary,
                       const SpikeStats &stats, const ReportRecorder &recorder);

} // namespace flux::rt
