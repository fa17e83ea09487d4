// Input generators: pure functions of their arguments with the right statistics, float and
// integer Poisson steps that agree bit for bit, pinned draws for shader ports, and the CSV reader
// with an error naming the line for each malformed case.
#include "core/SpikeSources.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

using namespace flux::rt;

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

/// The error for a malformed file, or "parsed" if it parses.
std::string csvError(std::string_view text, std::uint32_t channels = 4) {
  std::string error;
  return parseSpikeTrainCsv(text, "in.csv", channels, error) ? "parsed" : error;
}

std::filesystem::path writeFile(const std::string &name, const std::string &text) {
  const std::filesystem::path path = std::filesystem::path(testing::TempDir()) / name;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

} // namespace

TEST(SpikeSources, DrawsArePinned) {
  // A GPU shader or another engine that ports spikeSourceWords must give these same values.
  // (Checked against an independent Python Philox with the layout spikeSourceWords documents.)
  EXPECT_EQ(poissonDraw24(1, 2, 3, 4), 7288461U);
  EXPECT_EQ(poissonDraw24(0xFEDCBA9876543210ULL, 7, 0, 0x100000002ULL), 15232119U);
  EXPECT_EQ(poissonNextSpike(1, 2, 3, 4, 0.01, 10.0), 93.372926925184501);
}

TEST(SpikeSources, InputDrawsDifferFromElaborationDraws) {
  // Elaboration keys Philox with the bare seed; inputs tweak it, so no word is shared.
  const PhiloxCounter input = spikeSourceWords(42, 1, 3, 5);
  const PhiloxCounter elab = philox4x32({3, 5, 0, 1}, {42, 0});
  EXPECT_NE(input, elab);
}

TEST(SpikeSources, PoissonNextSpikeIsAPureFunctionOfItsArguments) {
  const double t = poissonNextSpike(7, 1, 2, 3, 0.02, 100);
  EXPECT_GT(t, 100);
  EXPECT_EQ(poissonNextSpike(7, 1, 2, 3, 0.02, 100), t);
  EXPECT_NE(poissonNextSpike(8, 1, 2, 3, 0.02, 100), t);
  EXPECT_NE(poissonNextSpike(7, 0, 2, 3, 0.02, 100), t);
  EXPECT_NE(poissonNextSpike(7, 1, 1, 3, 0.02, 100), t);
  EXPECT_NE(poissonNextSpike(7, 1, 2, 4, 0.02, 100), t);
  // The interval scales with 1 / rate: the same draw at twice the rate is half as long.
  EXPECT_DOUBLE_EQ(poissonNextSpike(7, 1, 2, 3, 0.04, 100) - 100, (t - 100) / 2);
  EXPECT_EQ(poissonNextSpike(7, 1, 2, 3, 0.0, 100), kInfinity);
}

TEST(SpikeSources, PoissonIntervalsAreExponential) {
  const double rate = 0.02; // 20 Hz: mean interval 50 ms
  const int n = 200000;
  double time = 0;
  int longerThanMean = 0;
  for (int k = 0; k < n; ++k) {
    const double next = poissonNextSpike(99, 4, 17, static_cast<std::uint64_t>(k), rate, time);
    longerThanMean += next - time > 1 / rate ? 1 : 0;
    time = next;
  }
  EXPECT_NEAR(time / n, 1 / rate, 0.01 / rate); // the mean, within 1% (about 4.5 sigma)
  EXPECT_NEAR(double(longerThanMean) / n, std::exp(-1.0), 0.005);
}

TEST(SpikeSources, ThresholdsRoundUpOnce) {
  EXPECT_EQ(probabilityThreshold24(0), 0U);
  EXPECT_EQ(probabilityThreshold24(-0.5F), 0U);
  EXPECT_EQ(probabilityThreshold24(std::nanf("")), 0U);
  EXPECT_EQ(probabilityThreshold24(1), 1U << 24);
  EXPECT_EQ(probabilityThreshold24(3), 1U << 24);
  EXPECT_EQ(probabilityThreshold24(0.5F), 1U << 23);
  EXPECT_EQ(probabilityThreshold24(std::ldexp(1.0F, -24)), 1U);
  EXPECT_EQ(probabilityThreshold24(std::ldexp(1.0F, -30)), 1U); // tiny rates still fire, rarely
  EXPECT_EQ(poissonThreshold24(0.005, 0.1), probabilityThreshold24(static_cast<float>(0.0005)));
  EXPECT_EQ(poissonThreshold24(2, 1), 1U << 24);
  EXPECT_EQ(poissonThreshold24(0, 0.1), 0U);
}

TEST(SpikeSources, FloatAndIntegerStepsAgree) {
  std::mt19937_64 rng(5);
  std::uniform_real_distribution<float> unit(0, 1);
  for (int i = 0; i < 20000; ++i) {
    const float p = i % 3 == 0 ? std::ldexp(unit(rng), -static_cast<int>(rng() % 20)) : unit(rng);
    const std::uint32_t t = probabilityThreshold24(p);
    // The exact boundary: draws below t fire, t itself does not.
    constexpr float kTwoTo24 = 16777216.0F;
    if (t > 0) {
      EXPECT_LT(static_cast<float>(t - 1), p * kTwoTo24) << p;
    }
    EXPECT_FALSE(static_cast<float>(t) < p * kTwoTo24) << p;
    const std::uint64_t seed = rng();
    const auto channel = static_cast<std::uint32_t>(rng());
    EXPECT_EQ(poissonFiresInStep(seed, 3, channel, i, p),
              poissonFiresInStep24(seed, 3, channel, i, t));
  }
}

TEST(SpikeSources, StepsFireWithTheirProbability) {
  const float p = 0.1F;
  const int steps = 200000;
  int fired = 0;
  for (int step = 0; step < steps; ++step)
    fired += poissonFiresInStep(11, 2, 5, static_cast<std::uint64_t>(step), p) ? 1 : 0;
  EXPECT_NEAR(fired, steps * 0.1, 700); // sigma is 134
  for (std::uint64_t step = 0; step < 1000; ++step) {
    EXPECT_FALSE(poissonFiresInStep(11, 2, 5, step, 0.0F));
    EXPECT_TRUE(poissonFiresInStep(11, 2, 5, step, 1.0F));
  }
}

TEST(SpikeSources, RegularSpikes) {
  EXPECT_EQ(regularSpikeTime(0.04, 2, 0), 2.0);
  EXPECT_EQ(regularSpikeTime(0.04, 2, 3), 2.0 + 3.0 / 0.04);
  EXPECT_EQ(regularSpikeTime(0.5, 0, 1000000), 2000000.0); // k / rate, not k sums of 1 / rate
  EXPECT_EQ(regularSpikeTime(0, 2, 0), kInfinity);
}

TEST(SpikeTrainCsv, ReadsAndSortsByTimeThenChannel) {
  std::string error;
  const auto train = parseSpikeTrainCsv("\xEF\xBB\xBF# recorded 2024\r\n"
                                        "time_ms,index\r\n"
                                        "\r\n"
                                        "12.5, 3\r\n"
                                        "  1e1 ,0\r\n"
                                        "12.5,1\n"
                                        "# a comment between spikes\n"
                                        "+0,2\n"
                                        "-0,2\n"
                                        "10,0", // the last line needs no line break
                                        "in.csv", 4, error);
  ASSERT_TRUE(train) << error;
  EXPECT_EQ(train->timesMs, (std::vector<double>{0, 0, 10, 10, 12.5, 12.5}));
  EXPECT_EQ(train->channels, (std::vector<std::uint32_t>{2, 2, 0, 0, 1, 3}));
  EXPECT_FALSE(std::signbit(train->timesMs[0]));
}

TEST(SpikeTrainCsv, HeaderIsOptionalAndMayBeTimeIndex) {
  EXPECT_EQ(csvError("time,index\n1,0\n"), "parsed");
  EXPECT_EQ(csvError("1,0\n2,1\n"), "parsed");
  EXPECT_EQ(csvError(""), "parsed");
  EXPECT_EQ(csvError("# only a comment\n\n"), "parsed");
  EXPECT_EQ(csvError("time_ms , index\n"), "parsed");
}

TEST(SpikeTrainCsv, ErrorsNameTheLineAndTheFix) {
  EXPECT_EQ(csvError("1,0\nabc,1\n"),
            "in.csv:2: time 'abc' is not a number; write the spike time in ms, such as 12.5");
  EXPECT_EQ(csvError("1,0\n-3,1\n"),
            "in.csv:2: time '-3' is negative; spike times count ms from the start of the run");
  EXPECT_EQ(csvError("nan,1\n"), "in.csv:1: time 'nan' is not a finite number; write the spike "
                                 "time in ms, such as 12.5");
  EXPECT_EQ(csvError("inf,1\n"), "in.csv:1: time 'inf' is not a finite number; write the spike "
                                 "time in ms, such as 12.5");
  EXPECT_EQ(csvError("1e999,1\n"), "in.csv:1: time '1e999' is not a finite number; write the "
                                   "spike time in ms, such as 12.5");
  EXPECT_EQ(csvError("# c\n\n1,4\n"), "in.csv:3: index '4' is out of range for a source of 4 "
                                      "channels; valid indices are 0 to 3");
  EXPECT_EQ(csvError("1,1\n", 1), "in.csv:1: index '1' is out of range for a source of 1 "
                                  "channel; valid indices are 0 to 0");
  EXPECT_EQ(csvError("1,99999999999999999999999\n"),
            "in.csv:1: index '99999999999999999999999' is out of range for a source of 4 "
            "channels; valid indices are 0 to 3");
  EXPECT_EQ(csvError("1,-1\n"), "in.csv:1: index '-1' is negative; channels are numbered from 0");
  EXPECT_EQ(csvError("1,1.5\n"),
            "in.csv:1: index '1.5' is not a channel index; write a whole number from 0");
  EXPECT_EQ(csvError("1\n"), "in.csv:1: missing column: expected 'time_ms,index', got '1'; "
                             "separate the spike time (ms) and the channel index with a comma");
  EXPECT_EQ(csvError("1,\n"),
            "in.csv:1: missing column: no channel index after the comma; write time_ms,index");
  EXPECT_EQ(csvError(",1\n"),
            "in.csv:1: missing column: no spike time before the comma; write time_ms,index");
  EXPECT_EQ(csvError("1,2,3\n"), "in.csv:1: too many columns: expected 2 (time_ms,index), got 3; "
                                 "write one spike per line as time_ms,index");
  EXPECT_EQ(csvError("time_ms,channel\n"),
            "in.csv:1: the header is 'time_ms,channel'; it must be 'time_ms,index' (or "
            "'time,index'), or leave it out");
  EXPECT_EQ(csvError("1,0\ntime_ms,index\n"),
            "in.csv:2: a header line is allowed only before the first spike; remove this one");
  EXPECT_EQ(
      csvError("1\x01\xFF,0\n"),
      "in.csv:1: time '1\\x01\\xFF' is not a number; write the spike time in ms, such as 12.5");
}

TEST(SpikeTrainCsv, GarbageIsAnErrorNotACrash) {
  std::mt19937_64 rng(3);
  for (int trial = 0; trial < 50; ++trial) {
    std::string bytes(1 + rng() % 20000, '\0');
    for (char &c : bytes)
      c = static_cast<char>(rng());
    std::string error;
    EXPECT_FALSE(parseSpikeTrainCsv(bytes, "in.csv", 4, error));
    EXPECT_TRUE(error.starts_with("in.csv:")) << error;
    EXPECT_LT(error.size(), 400U); // a field is quoted short, whatever the garbage
  }
  EXPECT_EQ(csvError(std::string(5000, '7')),
            "in.csv:1: line is longer than 4096 bytes; expected short 'time_ms,index' lines (is "
            "this a CSV file?)");
}

TEST(SpikeTrainCsv, LoadsFilesAcrossReadChunks) {
  // More than one 64 KiB chunk, with lines and a CRLF split at every offset somewhere.
  std::string text = "time_ms,index\r\n";
  std::vector<double> times;
  for (int i = 0; text.size() < 300000; ++i) {
    text += std::to_string(i) + ".5," + std::to_string(i % 7) + (i % 2 ? "\r\n" : "\n");
    times.push_back(i + 0.5);
  }
  std::string error;
  const auto train = loadSpikeTrainCsv(writeFile("chunks.csv", text).string(), 7, error);
  ASSERT_TRUE(train) << error;
  EXPECT_EQ(train->timesMs, times);
  EXPECT_EQ(train->channels[9], 2U);

  const auto path = writeFile("bad.csv", text + "1,7\n").string();
  EXPECT_FALSE(loadSpikeTrainCsv(path, 7, error));
  EXPECT_EQ(error, path + ":" + std::to_string(times.size() + 2) +
                       ": index '7' is out of range for a source of 7 channels; valid indices "
                       "are 0 to 6");
}

TEST(SpikeTrainCsv, LoadReportsUnreadableFiles) {
  std::string error;
  const std::string missing = (std::filesystem::path(testing::TempDir()) / "no-such.csv").string();
  EXPECT_FALSE(loadSpikeTrainCsv(missing, 1, error));
  EXPECT_EQ(error, "cannot open spike train file '" + missing + "': No such file or directory");
  EXPECT_FALSE(loadSpikeTrainCsv(testing::TempDir(), 1, error));
  EXPECT_TRUE(error.starts_with("cannot read spike train file")) << error;
  // A huge file without line breaks fails on line 1 after reading a little, not all of it.
  const auto path = writeFile("one-line.csv", std::string(1 << 20, '1')).string();
  EXPECT_FALSE(loadSpikeTrainCsv(path, 1, error));
  EXPECT_TRUE(error.starts_with(path + ":1: line is longer than 4096 bytes")) << error;
}
