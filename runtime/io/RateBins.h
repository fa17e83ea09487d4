// Spike counts per population in equal time bins: what population rate traces are drawn
// from. Filled one spike at a time in O(1), in populations x bins words whatever the number of
// spikes, so a run of millions of spikes can be traced without keeping them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace flux::rt {

class RateBins {
public:
  /// Bins of `binMs` from `originMs` on, enough to cover `spanMs` (at least one). A span or bin
  /// width that is not positive is taken as 1 ms.
  RateBins(std::size_t populations, double originMs, double spanMs, double binMs);

  /// The width for about `binsPerSpan` bins over `spanMs`, but no narrower than `minBinMs`
  /// (finer bins than the time resolution show only noise).
  static double binWidthFor(double spanMs, double minBinMs, double binsPerSpan);

  /// One spike of `population` at `timeMs`. Spikes before the origin or after the span, and
  /// populations out of range, are ignored; a spike at the span's very end counts in the last
  /// bin.
  void add(std::size_t population, double timeMs) {
    const double since = timeMs - originMs;
    if (population >= populationCount || !(since >= 0 && since <= spanMs))
      return;
    const auto bin = static_cast<std::size_t>(since / binMs);
    ++counts[population * binCount + (bin < binCount ? bin : binCount - 1)];
  }

  /// The rate in Hz of a population of `size` neurons in each bin over [origin, origin +
  /// spanMs], `spanMs` at most the constructor's: every bin is `binWidthMs()` wide except the
  /// last, which ends at `spanMs`; a last bin narrower than half a bin is merged into the one
  /// before (a sliver would show a wild rate). Empty when the population is out of range or
  /// has no neurons.
  [[nodiscard]] std::vector<double> ratesHz(std::size_t population, std::uint32_t size,
                                            double spanMs) const;

  [[nodiscard]] double binWidthMs() const { return binMs; }
  [[nodiscard]] double originTimeMs() const { return originMs; }

private:
  std::size_t populationCount;
  double originMs;
  double spanMs;
  double binMs;
  std::size_t binCount;
  std::vector<std::uint64_t> counts; // [population * binCount + bin]
};

} // namespace flux::rt
