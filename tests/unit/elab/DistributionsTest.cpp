#include "elab/Distributions.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <map>
#include <numbers>

using namespace flux::elab;

namespace {

constexpr RngKey kKey{.seed = 2024, .stream = 11};

struct Moments {
  double mean = 0;
  double variance = 0;
  double min = std::numeric_limits<double>::infinity();
  double max = -std::numeric_limits<double>::infinity();
  std::vector<double> values;
};

/// Samples a 400 x 250 projection's worth of synapses.
Moments sampleMany(const Distribution &dist, RngKey key = kKey) {
  Moments m;
  for (std::uint32_t pre = 0; pre < 400; ++pre)
    for (std::uint32_t post = 0; post < 250; ++post)
      m.values.push_back(sample(dist, key, pre, post));
  double sum = 0;
  for (const double v : m.values) {
    sum += v;
    m.min = std::min(m.min, v);
    m.max = std::max(m.max, v);
  }
  m.mean = sum / double(m.values.size());
  double squares = 0;
  for (const double v : m.values)
    squares += (v - m.mean) * (v - m.mean);
  m.variance = squares / double(m.values.size() - 1);
  return m;
}

double fractionWithin(const Moments &m, double lo, double hi) {
  double inside = 0;
  for (const double v : m.values)
    inside += (lo <= v && v <= hi) ? 1 : 0;
  return inside / double(m.values.size());
}

bool accepted(const Distribution &dist) {
  std::string error;
  return checkDistribution(dist, error);
}

} // namespace

TEST(Distribution, UniformMeanAndVariance) {
  const auto m = sampleMany(Distribution::uniform(2, 5));
  const double n = double(m.values.size());
  const double width = 3;
  EXPECT_NEAR(m.mean, 3.5, 4 * std::sqrt(width * width / 12 / n));
  // Var[(x - mu)^2] = width^4 / 180 for a uniform.
  EXPECT_NEAR(m.variance, width * width / 12, 4 * std::sqrt(std::pow(width, 4) / 180 / n));
  EXPECT_GT(m.min, 2);
  EXPECT_LT(m.max, 5);
  // Flat: a tenth of the width holds a tenth of the values.
  EXPECT_NEAR(fractionWithin(m, 2, 2.3), 0.1, 4 * std::sqrt(0.1 * 0.9 / n));
  EXPECT_NEAR(fractionWithin(m, 4.7, 5), 0.1, 4 * std::sqrt(0.1 * 0.9 / n));
}

TEST(Distribution, NormalMeanSdAndShape) {
  const auto m = sampleMany(Distribution::normal(1, 2));
  const double n = double(m.values.size());
  EXPECT_NEAR(m.mean, 1, 4 * 2 / std::sqrt(n));
  // The sample variance of a normal has standard error sigma^2 * sqrt(2 / n).
  EXPECT_NEAR(m.variance, 4, 4 * 4 * std::sqrt(2 / n));
  // 68.27% within one sd and 95.45% within two: a uniform or a triangle with the same moments
  // would miss these.
  EXPECT_NEAR(fractionWithin(m, -1, 3), 0.682689, 4 * std::sqrt(0.68 * 0.32 / n));
  EXPECT_NEAR(fractionWithin(m, -3, 5), 0.954500, 4 * std::sqrt(0.955 * 0.045 / n));
}

TEST(Distribution, PositiveNormalNeverCrossesZero) {
  // A half-normal: mean sqrt(2/pi), variance 1 - 2/pi.
  const auto m = sampleMany(Distribution::positiveNormal(0, 1));
  const double n = double(m.values.size());
  EXPECT_GE(m.min, 0);
  EXPECT_NEAR(m.mean, std::sqrt(2 / std::numbers::pi),
              4 * std::sqrt((1 - 2 / std::numbers::pi) / n));
  EXPECT_LE(sampleMany(Distribution::negativeNormal(0.5, 1)).max, 0);
}

TEST(Distribution, TruncatedNormalStaysInBounds) {
  // [0.5, 1.5] around mean 0 keeps about 24% of the mass: most synapses need redraws.
  const auto m = sampleMany(Distribution::truncatedNormal(0, 1, 0.5, 1.5));
  EXPECT_GE(m.min, 0.5);
  EXPECT_LE(m.max, 1.5);
  EXPECT_FALSE(std::isnan(m.mean));
  // Denser near 0.5 than near 1.5, as the normal is.
  EXPECT_GT(fractionWithin(m, 0.5, 0.6), 2 * fractionWithin(m, 1.4, 1.5));
}

TEST(Distribution, LognormalMomentsOfItsLogarithm) {
  auto m = sampleMany(Distribution::lognormal(-1, 0.5));
  EXPECT_GT(m.min, 0);
  for (double &v : m.values)
    v = std::log(v);
  double sum = 0;
  for (const double v : m.values)
    sum += v;
  const double n = double(m.values.size());
  const double mean = sum / n;
  double squares = 0;
  for (const double v : m.values)
    squares += (v - mean) * (v - mean);
  EXPECT_NEAR(mean, -1, 4 * 0.5 / std::sqrt(n));
  EXPECT_NEAR(squares / (n - 1), 0.25, 4 * 0.25 * std::sqrt(2 / n));
}

TEST(Distribution, ChoiceIsEquallyLikely) {
  const auto m = sampleMany(Distribution::choice({1.5, -2, 7}));
  std::map<double, int> counts;
  for (const double v : m.values)
    ++counts[v];
  ASSERT_EQ(counts.size(), 3u);
  const double n = double(m.values.size());
  for (const auto &[value, count] : counts)
    EXPECT_NEAR(count / n, 1.0 / 3, 4 * std::sqrt(2.0 / 9 / n)) << value;
}

TEST(Distribution, ValueIsAPureFunctionOfKeyAndSynapse) {
  const auto dist = Distribution::normal(0, 1);
  EXPECT_EQ(sample(dist, kKey, 3, 4), sample(dist, kKey, 3, 4));
  EXPECT_NE(sample(dist, kKey, 3, 4), sample(dist, kKey, 4, 3));
  EXPECT_NE(sample(dist, kKey, 3, 4), sample(dist, {.seed = 2025, .stream = 11}, 3, 4));
  EXPECT_NE(sample(dist, kKey, 3, 4), sample(dist, {.seed = 2024, .stream = 12}, 3, 4));
  EXPECT_EQ(sample(Distribution::constant(0.25), kKey, 1, 2), 0.25);
}

TEST(Distribution, ChecksParameters) {
  EXPECT_TRUE(accepted(Distribution::uniform(1, 1)));
  EXPECT_TRUE(accepted(Distribution::positiveNormal(0, 1)));
  EXPECT_TRUE(accepted(Distribution::normal(0, 0)));
  std::string error;
  EXPECT_FALSE(checkDistribution(Distribution::uniform(2, 1), error));
  EXPECT_EQ(error, "uniform(lo, hi) needs lo <= hi, got uniform(2, 1)");
  EXPECT_FALSE(checkDistribution(Distribution::normal(0, -1), error));
  EXPECT_EQ(error, "normal(0, -1) has a negative standard deviation");
  EXPECT_FALSE(checkDistribution(Distribution::choice({}), error));
  EXPECT_EQ(error, "choice() needs at least one value");
  EXPECT_FALSE(checkDistribution({DistributionKind::Normal, {1}}, error));
  EXPECT_EQ(error, "normal takes 2 parameters, got 1");
  EXPECT_FALSE(accepted(Distribution::normal(std::nan(""), 1)));
  EXPECT_FALSE(accepted(Distribution::uniform(0, std::numeric_limits<double>::infinity())));
  // Bounds that keep almost nothing of the normal would mean endless redraws.
  EXPECT_FALSE(checkDistribution(Distribution::truncatedNormal(0, 1, 5, 6), error));
  EXPECT_NE(error.find("keeps only"), std::string::npos) << error;
  EXPECT_FALSE(accepted(Distribution::positiveNormal(-3, 1))); // 0.13% above zero
  EXPECT_TRUE(accepted(Distribution::positiveNormal(-2, 1)));  // 2.3% above zero
}

TEST(Distribution, TruncatedNormalGivesUpWithNaN) {
  // Unchecked: 8 sd away the redraws run out, and the caller gets a value it must report.
  EXPECT_TRUE(std::isnan(sample(Distribution::truncatedNormal(0, 1, 8, 9), kKey, 0, 0)));
}

TEST(Distribution, FormatsAsSource) {
  EXPECT_EQ(formatDistribution(Distribution::normal(0.5, 0.1)), "normal(0.5, 0.1)");
  EXPECT_EQ(formatDistribution(Distribution::choice({1, 2})), "choice(1, 2)");
  EXPECT_EQ(formatDistribution(Distribution::positiveNormal(1, 2)),
            "truncated_normal(1, 2, 0, inf)");
}
