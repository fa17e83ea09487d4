#include "elab/Rng.h"

#include <gtest/gtest.h>

#include <cmath>
#include <set>

using namespace flux::elab;

// Random123's known-answer vectors (examples/kat_vectors, "philox4x32 10" lines):
// counter (4 words), key (2 words), expected output (4 words).
TEST(Rng, PhiloxMatchesRandom123KnownAnswers) {
  EXPECT_EQ(philox4x32({0, 0, 0, 0}, {0, 0}),
            (PhiloxCounter{0x6627e8d5, 0xe169c58d, 0xbc57ac4c, 0x9b00dbd8}));
  EXPECT_EQ(philox4x32({0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff}, {0xffffffff, 0xffffffff}),
            (PhiloxCounter{0x408f276d, 0x41c83b0e, 0xa20bc7c6, 0x6d5451fd}));
  EXPECT_EQ(philox4x32({0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344}, {0xa4093822, 0x299f31d0}),
            (PhiloxCounter{0xd16cfe09, 0x94fdcceb, 0x5001e420, 0x24126ea1}));
}

TEST(Rng, PhiloxIsConstexpr) {
  static_assert(philox4x32({0, 0, 0, 0}, {0, 0})[0] == 0x6627e8d5);
}

TEST(Rng, RandomWordsPlaceKeyAndIndicesInPhilox) {
  // counter = (a, b, block, stream), key = (seed low, seed high)
  const RngKey key{.seed = 0x299f31d0a4093822ull, .stream = 0x03707344};
  EXPECT_EQ(randomWords(key, 0x243f6a88, 0x85a308d3, 0x13198a2e),
            (std::array<std::uint32_t, 4>{0xd16cfe09, 0x94fdcceb, 0x5001e420, 0x24126ea1}));
}

TEST(Rng, RandomWordsDependOnEveryInput) {
  const RngKey key{.seed = 7, .stream = 3};
  const auto base = randomWords(key, 1, 2, 3);
  EXPECT_EQ(base, randomWords(key, 1, 2, 3));
  EXPECT_NE(base, randomWords({.seed = 8, .stream = 3}, 1, 2, 3));
  EXPECT_NE(base, randomWords({.seed = 7 + (1ull << 32), .stream = 3}, 1, 2, 3));
  EXPECT_NE(base, randomWords({.seed = 7, .stream = 4}, 1, 2, 3));
  EXPECT_NE(base, randomWords(key, 2, 2, 3));
  EXPECT_NE(base, randomWords(key, 1, 3, 3));
  EXPECT_NE(base, randomWords(key, 1, 2, 4));
  EXPECT_NE(base, randomWords(key, 2, 1, 3)); // (a, b) is ordered
}

TEST(Rng, UniformIsInsideTheOpenInterval) {
  EXPECT_GT(uniformOpen01(0, 0), 0.0);
  EXPECT_LT(uniformOpen01(0xffffffff, 0xffffffff), 1.0);
  EXPECT_EQ(uniformOpen01(0, 0), 0.5 / 4503599627370496.0);
  EXPECT_EQ(uniformOpen01(0xffffffff, 0xffffffff), 1.0 - 0.5 / 4503599627370496.0);
  EXPECT_EQ(uniformOpen01(0x80000000, 0), 0.5 + 0.5 / 4503599627370496.0);
  EXPECT_TRUE(std::isfinite(std::log(uniformOpen01(0, 0))));
  // The low word's top 20 bits count.
  EXPECT_NE(uniformOpen01(5, 0x00001000), uniformOpen01(5, 0));
}

TEST(Rng, UniformMeanAndVarianceFromPhilox) {
  constexpr int kSamples = 200000;
  double sum = 0;
  double sumSquares = 0;
  const RngKey key{.seed = 42, .stream = 0};
  for (std::uint32_t i = 0; i < kSamples / 2; ++i) {
    const auto w = randomWords(key, i, 0, 0);
    for (const double u : {uniformOpen01(w[0], w[1]), uniformOpen01(w[2], w[3])}) {
      sum += u;
      sumSquares += u * u;
    }
  }
  const double mean = sum / kSamples;
  const double variance = sumSquares / kSamples - mean * mean;
  // Standard errors: sqrt(1/12 / n) for the mean, sqrt(1/180 / n) for the variance.
  EXPECT_NEAR(mean, 0.5, 4 * std::sqrt(1.0 / 12 / kSamples));
  EXPECT_NEAR(variance, 1.0 / 12, 4 * std::sqrt(1.0 / 180 / kSamples));
}

TEST(Rng, StreamWordsFollowTheCounter) {
  const RngKey key{.seed = 9, .stream = 2};
  RandomStream draws(key, 17, 5);
  for (std::uint32_t chunk = 0; chunk < 3; ++chunk) {
    const auto words = randomWords(key, 17, chunk, 5);
    for (const std::uint32_t word : words)
      EXPECT_EQ(draws.nextWord(), word);
  }
}

TEST(Rng, NextBelowIsUniformAndInRange) {
  RandomStream draws({.seed = 1, .stream = 1}, 0, 0);
  constexpr std::uint32_t kBins = 7;
  constexpr int kSamples = 70000;
  int counts[kBins] = {};
  for (int i = 0; i < kSamples; ++i) {
    const std::uint32_t value = draws.nextBelow(kBins);
    ASSERT_LT(value, kBins);
    ++counts[value];
  }
  const double expected = double(kSamples) / kBins;
  const double se = std::sqrt(expected * (1 - 1.0 / kBins));
  for (const int count : counts)
    EXPECT_NEAR(count, expected, 4 * se);
  // n = 1 and the largest n.
  EXPECT_EQ(draws.nextBelow(1), 0u);
  std::set<std::uint32_t> seen;
  for (int i = 0; i < 100; ++i)
    seen.insert(draws.nextBelow(0xffffffffu));
  EXPECT_GT(seen.size(), 95u);
}
