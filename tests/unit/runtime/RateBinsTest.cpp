#include "io/RateBins.h"

#include <gtest/gtest.h>

using namespace flux::rt;

TEST(RuntimeRateBins, CountsSpikesPerPopulationAndBinAsRates) {
  RateBins bins(2, 0, 100, 10); // ten bins of 10 ms
  bins.add(0, 0);
  bins.add(0, 9.99);
  bins.add(0, 10);
  bins.add(1, 55);
  bins.add(0, 100); // the span's very end counts in the last bin
  const std::vector<double> e = bins.ratesHz(0, 2, 100);
  ASSERT_EQ(e.size(), 10u);
  EXPECT_DOUBLE_EQ(e[0], 2 / (2 * 0.01)); // 2 spikes of 2 neurons in 10 ms: 100 Hz
  EXPECT_DOUBLE_EQ(e[1], 1 / (2 * 0.01));
  EXPECT_DOUBLE_EQ(e[9], 1 / (2 * 0.01));
  EXPECT_DOUBLE_EQ(bins.ratesHz(1, 1, 100)[5], 100);
  EXPECT_TRUE(bins.ratesHz(2, 1, 100).empty()); // no such population
  EXPECT_TRUE(bins.ratesHz(0, 0, 100).empty()); // no neurons
}

TEST(RuntimeRateBins, IgnoresStraySpikesAndPopulations) {
  RateBins bins(1, 1000, 100, 10); // from a restored run's time on
  bins.add(0, 999);
  bins.add(0, 1100.5);
  bins.add(3, 1050);
  bins.add(0, 1050);
  const std::vector<double> rates = bins.ratesHz(0, 1, 100);
  EXPECT_DOUBLE_EQ(rates[5], 100);
  double sum = 0;
  for (double rate : rates)
    sum += rate;
  EXPECT_DOUBLE_EQ(sum, 100);
}

TEST(RuntimeRateBins, AShorterRunReadsItsBinsAndMergesASliver) {
  RateBins bins(1, 0, 1000, 10);
  for (double time : {5.0, 15.0, 31.0, 32.0})
    bins.add(0, time);
  // Stopped at 32 ms: bins [0,10) [10,20) and a last one [20,32), since 2 ms would be a sliver.
  const std::vector<double> rates = bins.ratesHz(0, 1, 32);
  ASSERT_EQ(rates.size(), 3u);
  EXPECT_DOUBLE_EQ(rates[0], 100);
  EXPECT_DOUBLE_EQ(rates[1], 100);
  EXPECT_DOUBLE_EQ(rates[2], 2 / 0.012);
  // Stopped at 37 ms: a last bin of 7 ms is wide enough to stand alone.
  EXPECT_EQ(bins.ratesHz(0, 1, 37).size(), 4u);
}

TEST(RuntimeRateBins, BinWidthFollowsTheRunLengthDownToAMinimum) {
  EXPECT_DOUBLE_EQ(RateBins::binWidthFor(10000, 0.1, 200), 50);
  EXPECT_DOUBLE_EQ(RateBins::binWidthFor(5, 0.1, 200), 0.1);
  EXPECT_DOUBLE_EQ(RateBins::binWidthFor(5, 0.5, 200), 0.5); // one step of the step engine
  RateBins degenerate(1, 0, 0, 0);                           // taken as 1 ms and 1 ms bins
  degenerate.add(0, 0.5);
  EXPECT_EQ(degenerate.ratesHz(0, 1, 0).size(), 1u);
  EXPECT_DOUBLE_EQ(degenerate.ratesHz(0, 1, 0)[0], 1000);
}
