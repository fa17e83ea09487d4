// Histograms of per-neuron figures (firing rates, CVs of ISI) for the run report: the binning,
// testable on its own, and the SVG of one histogram.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace flux::rt {

/// Bin k holds the values in [k x binWidth, (k + 1) x binWidth); the last bin also holds the
/// largest value.
struct Histogram {
  double binWidth = 1;
  std::vector<std::uint64_t> counts;

  [[nodiscard]] std::uint64_t total() const;
};

/// Spike counts in bins of a whole, round number of spikes (1, 2 or 5 x 10^k), about
/// `targetBins` of them from 0 to the largest count, each bin's edges scaled by `scale` (1 /
/// seconds shows the counts as rates in Hz). Binning the counts rather than the rates keeps
/// every bin the same number of possible counts wide: rates are multiples of 1 / seconds, and
/// round Hz bins would alternate between holding one and two of them.
Histogram histogramOfCounts(std::span<const std::uint64_t> values, std::size_t targetBins,
                            double scale);

/// Values in bins of a round width (1, 2 or 5 x 10^k, at least `minWidth`), about `targetBins`
/// of them from 0 to the largest value. Negative and non-finite values are left out.
Histogram histogramOf(std::span<const double> values, std::size_t targetBins, double minWidth);

struct HistogramStyle {
  std::string title = {};  // above the plot
  std::string xLabel = {}; // with the unit, e.g. "firing rate (Hz)"
  std::string yLabel = "neurons";
  std::string colour = "#4e79a7";
  std::string empty = "no values"; // shown instead of bars when the histogram holds nothing
  double width = 340;
  double height = 220;
};

/// One self-contained <svg> element: bars, an x axis with round ticks, a y axis of counts.
std::string histogramSvg(const Histogram &histogram, const HistogramStyle &style);

} // namespace flux::rt
