#include "io/Raster.h"

#include "TextCount.h"

#include <gtest/gtest.h>

using namespace flux::rt;
using flux::test::occurrences;

namespace {

/// What every plot must be: one well-formed SVG element, no NaN or infinity in a coordinate.
void expectWellFormed(const std::string &svg) {
  EXPECT_TRUE(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\"")) << svg;
  EXPECT_TRUE(svg.ends_with("</svg>\n")) << svg;
  EXPECT_EQ(occurrences(svg, "<svg"), 1u);
  EXPECT_EQ(svg.find("nan"), std::string::npos) << svg;
  EXPECT_EQ(svg.find("inf"), std::string::npos) << svg;
}

} // namespace

TEST(RuntimeRaster, DrawsPopulationsDotsRatesAndTitle) {
  const std::vector<PopulationInfo> populations = {{"E", 0, 80}, {"I<&>", 80, 20}};
  const std::vector<SpikeRecord> spikes = {{1, 0}, {2.5, 79}, {3, 80}, {99, 99}};
  const std::string svg = rasterSvg(populations, spikes, 100, {.title = "net"});
  expectWellFormed(svg);
  EXPECT_NE(svg.find(">net: 4 spikes, 100 neurons in 2 populations, 100 ms, mean rate 0.4 Hz<"),
            std::string::npos)
      << svg;
  EXPECT_NE(svg.find(">E</text>"), std::string::npos);
  EXPECT_NE(svg.find(">I&lt;&amp;&gt;</text>"), std::string::npos);          // names are escaped
  EXPECT_EQ(occurrences(svg, "h1.5"), 4u);                                   // one dot per spike
  EXPECT_NE(svg.find("stroke=\"#4e79a7\" stroke-width"), std::string::npos); // E's dots
  EXPECT_NE(svg.find("stroke=\"#f28e2b\" stroke-width"), std::string::npos); // I's dots
  EXPECT_NE(svg.find(">time (ms)<"), std::string::npos);
  EXPECT_NE(svg.find(">rate (Hz), bins of 0.25 ms<"), std::string::npos);
  EXPECT_EQ(svg.find("showing"), std::string::npos);                     // nothing thinned
  EXPECT_EQ(svg, rasterSvg(populations, spikes, 100, {.title = "net"})); // deterministic
}

TEST(RuntimeRaster, ThinsManySpikesToMaxDotsAndSaysSo) {
  const std::vector<PopulationInfo> populations = {{"E", 0, 800}, {"I", 800, 200}};
  std::vector<SpikeRecord> spikes;
  for (std::uint32_t i = 0; i < 1000000; ++i)
    spikes.push_back({i * 0.005, (i * 7919) % 1000});
  const std::string svg = rasterSvg(populations, spikes, 5000, {});
  expectWellFormed(svg);
  EXPECT_EQ(occurrences(svg, "h1.5"), 200000u);
  EXPECT_NE(svg.find("showing 200000 of 1000000 spikes"), std::string::npos);
  EXPECT_NE(svg.find(">time (s)<"), std::string::npos); // a long run's axis is in seconds
  EXPECT_LT(svg.size(), 200000u * 25 + 100000) << "bytes per dot grew";
}

TEST(RuntimeRaster, DrawsTheRatesOfTenPopulationsAtMost) {
  std::vector<PopulationInfo> populations;
  std::vector<SpikeRecord> spikes;
  for (std::uint32_t p = 0; p < 50; ++p) {
    populations.push_back({"P" + std::to_string(p), 4 * p, 4});
    spikes.push_back({static_cast<double>(p), 4 * p});
  }
  const std::string svg = rasterSvg(populations, spikes, 100, {});
  expectWellFormed(svg);
  EXPECT_EQ(occurrences(svg, "<path fill=\"none\""), 10u); // one rate trace each
  EXPECT_NE(svg.find(">rates of 40 more populations not drawn<"), std::string::npos);
  // Bands of 8.4 px are too thin for labels: the names come from the legend, the first ten's.
  EXPECT_NE(svg.find(">P9</text>"), std::string::npos);
  EXPECT_EQ(svg.find(">P10</text>"), std::string::npos);
}

TEST(RuntimeRaster, EmptyAndDegenerateRunsStillDraw) {
  expectWellFormed(rasterSvg({}, {}, 0, {}));
  const std::string empty = rasterSvg({{"E", 0, 10}}, {}, 50, {});
  expectWellFormed(empty);
  EXPECT_NE(empty.find(">no spikes<"), std::string::npos);
  const std::vector<SpikeRecord> atZero = {{0, 0}, {0, 0}};
  const std::string one = rasterSvg({{"one", 0, 1}}, atZero, 0, {}); // no duration, one neuron
  expectWellFormed(one);
  EXPECT_NE(one.find(">2 spikes, 1 neuron in 1 population, 0 ms<"), std::string::npos) << one;
  const std::vector<SpikeRecord> strays = {{-1, 3}, {1e9, 0}, {5, 12}};
  expectWellFormed(rasterSvg({{"E", 0, 10}, {"empty", 10, 0}}, strays, 10, {.maxDots = 0}));
}

TEST(RuntimeRaster, ASampleOfALargerRunFromAnOriginWithoutRates) {
  // What the run report draws: a sample of a restored run's spikes, its rates drawn elsewhere.
  const std::vector<PopulationInfo> populations = {{"E", 0, 10}};
  const std::vector<SpikeRecord> sample = {{1000, 0}, {1250, 3}, {1499, 9}, {999, 1}};
  const std::string svg =
      rasterSvg(populations, sample, 500, {.totalSpikes = 40, .originMs = 1000, .rates = false});
  expectWellFormed(svg);
  EXPECT_NE(svg.find(">40 spikes, 10 neurons in 1 population, 500 ms, mean rate 8 Hz<"),
            std::string::npos)
      << svg;
  EXPECT_NE(svg.find(">showing 4 of 40 spikes, evenly thinned<"), std::string::npos) << svg;
  EXPECT_EQ(occurrences(svg, "h1.5"), 3u);                // the spike before the origin is left out
  EXPECT_NE(svg.find(">1000</text>"), std::string::npos); // ticks in the run's own time
  EXPECT_NE(svg.find(">1500</text>"), std::string::npos);
  EXPECT_EQ(svg.find("rate (Hz)"), std::string::npos);
  EXPECT_EQ(occurrences(svg, ">time (ms)<"), 1u);
}
