// SpikeStats: the per-population summary over the per-neuron accumulators.
#include "io/SpikeStats.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace flux::rt {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
} // namespace

SpikeStats::SpikeStats(std::vector<PopulationInfo> populations, std::uint32_t neuronCount)
    : populations(std::move(populations)), neurons(neuronCount) {}

std::vector<PopulationSummary> SpikeStats::summarize(double durationMs) const {
  const double seconds = durationMs / 1000.0;
  std::vector<PopulationSummary> summaries;
  summaries.reserve(populations.size());
  for (const PopulationInfo &population : populations) {
    PopulationSummary summary{.name = population.name, .size = population.size};
    double cvSum = 0;
    std::uint64_t cvNeurons = 0;
    // Neurons past neuronCount were never counted; they contribute no spikes.
    const std::uint64_t end =
        std::min<std::uint64_t>(std::uint64_t{population.first} + population.size, neurons.size());
    for (std::uint64_t neuron = population.first; neuron < end; ++neuron) {
      summary.spikes += neurons[neuron].spikes;
      const double cv = cvIsiOf(static_cast<std::uint32_t>(neuron));
      if (!std::isnan(cv)) {
        cvSum += cv;
        ++cvNeurons;
      }
    }
    summary.rateHz = population.size == 0 || !(seconds > 0)
                         ? kNaN
                         : static_cast<double>(summary.spikes) / population.size / seconds;
    summary.cvIsi = cvNeurons == 0 ? kNaN : cvSum / static_cast<double>(cvNeurons);
    summaries.push_back(std::move(summary));
  }
  return summaries;
}

double SpikeStats::cvIsiOf(std::uint32_t neuron) const {
  if (neuron >= neurons.size())
    return kNaN;
  const NeuronStats &stats = neurons[neuron];
  if (stats.spikes < 3 || !(stats.isiMean > 0))
    return kNaN;
  // The population standard deviation of the ISIs (divided by n, as numpy.std does).
  const double variance = stats.isiSquaredDeviations / static_cast<double>(stats.spikes - 1);
  return std::sqrt(std::max(variance, 0.0)) / stats.isiMean;
}

std::uint64_t SpikeStats::totalSpikes() const {
  return std::accumulate(
      neurons.begin(), neurons.end(), std::uint64_t{0},
      [](std::uint64_t sum, const NeuronStats &stats) { return sum + stats.spikes; });
}

double SpikeStats::meanRateHz(double durationMs) const {
  const double seconds = durationMs / 1000.0;
  if (neurons.empty() || !(seconds > 0))
    return kNaN;
  return static_cast<double>(totalSpikes()) / static_cast<double>(neurons.size()) / seconds;
}

} // namespace flux::rt
