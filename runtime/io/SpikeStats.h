// Per-neuron spike statistics gathered while a run goes on, in O(1) per spike and a few words
// per neuron, summarized per population at the end (run summary, JSON).
#pragma once

#include "io/PopulationInfo.h"

#include <cstdint>
#include <string>
#include <vector>

namespace flux::rt {

struct PopulationSummary {
  std::string name;
  std::uint32_t size = 0;
  std::uint64_t spikes = 0;
  double rateHz = 0; // spikes / size / simulated seconds; NaN when size or duration is 0
  double cvIsi = 0;  // mean over neurons with >= 2 ISIs of std(ISI) / mean(ISI); NaN if none
};

class SpikeStats {
public:
  SpikeStats(std::vector<PopulationInfo> populations, std::uint32_t neuronCount);

  /// One spike. A neuron's spikes must come in time order (engines deliver them so); spikes of
  /// neurons >= neuronCount are ignored.
  void onSpike(double timeMs, std::uint32_t neuron) {
    if (neuron >= neurons.size())
      return;
    NeuronStats &stats = neurons[neuron];
    if (++stats.spikes >= 2)
      stats.addIsi(timeMs - stats.lastSpikeMs);
    stats.lastSpikeMs = timeMs;
  }

  /// One summary per population, in the constructor's order, for a run of `durationMs`.
  [[nodiscard]] std::vector<PopulationSummary> summarize(double durationMs) const;
  /// Spikes per neuron per second over all `neuronCount` neurons; NaN when there are none or
  /// the duration is 0.
  [[nodiscard]] double meanRateHz(double durationMs) const;
  [[nodiscard]] std::uint64_t totalSpikes() const;

  /// One neuron's spikes so far; 0 for neurons >= neuronCount. (The run report's histograms.)
  [[nodiscard]] std::uint64_t spikesOf(std::uint32_t neuron) const {
    return neuron < neurons.size() ? neurons[neuron].spikes : 0;
  }
  /// One neuron's coefficient of variation of its ISIs, std(ISI) / mean(ISI) with the
  /// population standard deviation; NaN below two intervals (three spikes).
  [[nodiscard]] double cvIsiOf(std::uint32_t neuron) const;

private:
  // 32 bytes together, so a spike touches one cache line (spikes hit neurons at random).
  struct NeuronStats {
    std::uint64_t spikes = 0; // the ISI count is spikes - 1
    double lastSpikeMs = 0;
    double isiMean = 0;
    double isiSquaredDeviations = 0;

    // Welford's running mean and sum of squared deviations rather than a sum of squares: a
    // regular train's variance comes out as 0 (or a rounding error of ISI^2 x 1e-16), where
    // sumSq/n - mean^2 cancels catastrophically and can even go negative.
    void addIsi(double isi) {
      const double delta = isi - isiMean;
      isiMean += delta / static_cast<double>(spikes - 1);
      isiSquaredDeviations += delta * (isi - isiMean);
    }
  };

  std::vector<PopulationInfo> populations;
  std::vector<NeuronStats> neurons;
};

} // namespace flux::rt
