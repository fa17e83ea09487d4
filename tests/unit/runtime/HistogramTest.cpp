#include "io/Histogram.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using namespace flux::rt;

TEST(RuntimeHistogram, CountsInWholeRoundNumbersOfSpikes) {
  // Counts 0..100 in 1 s: about 25 bins of 5 spikes (4 would not be round), shown in Hz.
  std::vector<std::uint64_t> counts;
  for (std::uint64_t c = 0; c <= 100; ++c)
    counts.push_back(c);
  const Histogram histogram = histogramOfCounts(counts, 25, 1.0);
  EXPECT_DOUBLE_EQ(histogram.binWidth, 5);
  ASSERT_EQ(histogram.counts.size(), 21u); // 100 / 5 + 1: the largest has a bin
  EXPECT_EQ(histogram.counts[0], 5u);
  EXPECT_EQ(histogram.counts[20], 1u);
  EXPECT_EQ(histogram.total(), 101u);
  // The same counts in 0.3 s: bins of 5 spikes are 16.67 Hz wide, each as many counts wide.
  EXPECT_DOUBLE_EQ(histogramOfCounts(counts, 25, 1 / 0.3).binWidth, 5 / 0.3);
}

TEST(RuntimeHistogram, FewCountsGetABinEach) {
  const std::vector<std::uint64_t> counts = {0, 0, 3, 1};
  const Histogram histogram = histogramOfCounts(counts, 25, 2.0);
  EXPECT_DOUBLE_EQ(histogram.binWidth, 2); // one spike in 0.5 s
  EXPECT_EQ(histogram.counts, (std::vector<std::uint64_t>{2, 1, 0, 1}));
  EXPECT_EQ(histogramOfCounts({}, 25, 1).counts, std::vector<std::uint64_t>{0});
}

TEST(RuntimeHistogram, ValuesInRoundBinsFromZeroToTheLargest) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const std::vector<double> values = {0, 0.06, 0.52, 0.99, 1.22, -1, nan, INFINITY};
  const Histogram histogram = histogramOf(values, 25, 0.01);
  EXPECT_DOUBLE_EQ(histogram.binWidth, 0.05); // 1.22 / 25 = 0.0488 -> 0.05
  ASSERT_EQ(histogram.counts.size(), 25u);    // floor(1.22 / 0.05) + 1
  EXPECT_EQ(histogram.counts[0], 1u);
  EXPECT_EQ(histogram.counts[1], 1u);
  EXPECT_EQ(histogram.counts[10], 1u);
  EXPECT_EQ(histogram.counts[19], 1u);
  EXPECT_EQ(histogram.counts[24], 1u);
  EXPECT_EQ(histogram.total(), 5u); // negative, NaN and infinity left out
  // All values 0 (perfectly regular neurons): one bin of the minimum width.
  const Histogram zeros = histogramOf(std::vector<double>{0, 0, 0}, 25, 0.01);
  EXPECT_DOUBLE_EQ(zeros.binWidth, 0.01);
  EXPECT_EQ(zeros.counts, std::vector<std::uint64_t>{3});
}

TEST(RuntimeHistogram, SvgHasBarsAxesAndEscapedLabels) {
  const Histogram histogram = histogramOfCounts(std::vector<std::uint64_t>{1, 2, 2, 7}, 25, 1);
  const std::string svg = histogramSvg(
      histogram, {.title = "rates of <E&I>", .xLabel = "firing rate (Hz)", .colour = "#123456"});
  EXPECT_TRUE(svg.starts_with("<svg ")) << svg;
  EXPECT_TRUE(svg.ends_with("</svg>\n")) << svg;
  EXPECT_NE(svg.find(">rates of &lt;E&amp;I&gt;</text>"), std::string::npos) << svg;
  EXPECT_NE(svg.find(">firing rate (Hz)</text>"), std::string::npos);
  EXPECT_NE(svg.find(">neurons</text>"), std::string::npos);
  EXPECT_NE(svg.find("fill=\"#123456\""), std::string::npos);
  EXPECT_EQ(svg.find("nan"), std::string::npos);
  const std::string empty = histogramSvg({}, {.empty = "nothing here"});
  EXPECT_NE(empty.find(">nothing here</text>"), std::string::npos);
  EXPECT_EQ(empty.find("nan"), std::string::npos);
  EXPECT_EQ(empty.find("inf"), std::string::npos);
}
