// RateBins: the bins are laid out once for the longest span; a run that stopped early reads
// only the bins up to where it stopped.
#include "io/RateBins.h"

#include <algorithm>
#include <cmath>

namespace flux::rt {

namespace {

/// Bins needed to cover `spanMs`: a span a rounding error past a whole number of bins does not
/// get a bin of its own.
std::size_t binsFor(double spanMs, double binMs) {
  return static_cast<std::size_t>(std::max(1.0, std::ceil(spanMs / binMs - 1e-9)));
}

} // namespace

RateBins::RateBins(std::size_t populations, double originMs, double spanMs, double binMs)
    : populationCount(populations), originMs(originMs),
      spanMs(spanMs > 0 && std::isfinite(spanMs) ? spanMs : 1),
      binMs(binMs > 0 && std::isfinite(binMs) ? binMs : 1),
      binCount(binsFor(this->spanMs, this->binMs)), counts(populations * binCount, 0) {}

double RateBins::binWidthFor(double spanMs, double minBinMs, double binsPerSpan) {
  return std::max(minBinMs, spanMs / binsPerSpan);
}

std::vector<double> RateBins::ratesHz(std::size_t population, std::uint32_t size,
                                      double spanMs) const {
  if (population >= populationCount || size == 0)
    return {};
  const double span = spanMs > 0 && spanMs < this->spanMs ? spanMs : this->spanMs;
  std::size_t bins = std::min(binCount, binsFor(span, binMs));
  double lastBinMs = span - static_cast<double>(bins - 1) * binMs;
  if (bins > 1 && lastBinMs < binMs / 2) {
    --bins;
    lastBinMs += binMs;
  }
  const std::uint64_t *row = counts.data() + population * binCount;
  std::vector<double> rates(bins);
  for (std::size_t bin = 0; bin < bins; ++bin) {
    const bool last = bin + 1 == bins;
    // The last bin takes every later count: the spikes of a merged sliver, and one at the end.
    std::uint64_t count = row[bin];
    if (last)
      for (std::size_t later = bin + 1; later < binCount; ++later)
        count += row[later];
    const double width = last ? lastBinMs : binMs;
    rates[bin] = static_cast<double>(count) / (size * width / 1000.0);
  }
  return rates;
}

} // namespace flux::rt
