#include "io/SpikeStats.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace flux::rt;

TEST(RuntimeSpikeStats, RegularTrainHasZeroCv) {
  SpikeStats stats({{"E", 0, 1}}, 1);
  // Times summed in steps of 0.1 ms, as an engine produces them: ISIs equal up to rounding.
  double time = 0;
  for (int spike = 0; spike < 200; ++spike) {
    stats.onSpike(time, 0);
    for (int step = 0; step < 73; ++step)
      time += 0.1;
  }
  const PopulationSummary summary = stats.summarize(2000).front();
  EXPECT_EQ(summary.spikes, 200u);
  EXPECT_DOUBLE_EQ(summary.rateHz, 100);
  EXPECT_NEAR(summary.cvIsi, 0, 1e-12);
}

TEST(RuntimeSpikeStats, IrregularTrainsAverageTheirCvs) {
  SpikeStats stats({{"E", 0, 4}, {"I", 4, 1}}, 5);
  for (double time : {0, 1, 4, 5, 8}) // ISIs 1 3 1 3: mean 2, std 1, CV 1/2
    stats.onSpike(time, 0);
  for (double time : {10, 11, 13}) // ISIs 1 2: mean 1.5, std 0.5, CV 1/3
    stats.onSpike(time, 2);
  for (double time : {3, 50}) // one ISI: no CV, but the spikes count
    stats.onSpike(time, 3);
  const std::vector<PopulationSummary> summaries = stats.summarize(500);
  ASSERT_EQ(summaries.size(), 2u);
  EXPECT_EQ(summaries[0].name, "E");
  EXPECT_EQ(summaries[0].size, 4u);
  EXPECT_EQ(summaries[0].spikes, 10u);
  EXPECT_DOUBLE_EQ(summaries[0].rateHz, 10.0 / 4 / 0.5);
  EXPECT_DOUBLE_EQ(summaries[0].cvIsi, (1.0 / 2 + 1.0 / 3) / 2);
  EXPECT_EQ(summaries[1].spikes, 0u);
  EXPECT_EQ(summaries[1].rateHz, 0);
  EXPECT_TRUE(std::isnan(summaries[1].cvIsi)); // no neuron with 2 ISIs
  EXPECT_EQ(stats.totalSpikes(), 10u);
  EXPECT_DOUBLE_EQ(stats.meanRateHz(500), 10.0 / 5 / 0.5);
}

TEST(RuntimeSpikeStats, UndefinedRatesAreNaNAndStrayNeuronsIgnored) {
  SpikeStats stats({{"E", 0, 2}, {"empty", 2, 0}, {"beyond", 2, 3}}, 3);
  stats.onSpike(1, 1);
  stats.onSpike(2, 7); // past neuronCount
  const std::vector<PopulationSummary> summaries = stats.summarize(0);
  EXPECT_TRUE(std::isnan(summaries[0].rateHz)); // zero duration
  EXPECT_EQ(summaries[0].spikes, 1u);
  EXPECT_TRUE(std::isnan(stats.summarize(100)[1].rateHz)); // zero size
  EXPECT_EQ(stats.summarize(100)[2].spikes, 0u);           // only neuron 2 of it is counted
  EXPECT_EQ(stats.totalSpikes(), 1u);
  EXPECT_TRUE(std::isnan(stats.meanRateHz(0)));
  EXPECT_TRUE(std::isnan(SpikeStats({}, 0).meanRateHz(100)));
}

TEST(RuntimeSpikeStats, PerNeuronFiguresForHistograms) {
  SpikeStats stats({{"E", 0, 3}}, 3);
  for (double time : {0, 1, 4, 5, 8}) // ISIs 1 3 1 3: CV 1/2
    stats.onSpike(time, 0);
  for (double time : {3, 50}) // one ISI: no CV
    stats.onSpike(time, 1);
  EXPECT_EQ(stats.spikesOf(0), 5u);
  EXPECT_EQ(stats.spikesOf(1), 2u);
  EXPECT_EQ(stats.spikesOf(2), 0u);
  EXPECT_EQ(stats.spikesOf(7), 0u); // past neuronCount
  EXPECT_DOUBLE_EQ(stats.cvIsiOf(0), 0.5);
  EXPECT_TRUE(std::isnan(stats.cvIsiOf(1)));
  EXPECT_TRUE(std::isnan(stats.cvIsiOf(2)));
  EXPECT_TRUE(std::isnan(stats.cvIsiOf(7)));
  EXPECT_DOUBLE_EQ(stats.summarize(1000).front().cvIsi, 0.5); // the summary's mean agrees
}
