// The random rules: exact guarantees, statistics that fail on a wrong generator, determinism.
#include "ConnectivityChecks.h"

#include <cmath>
#include <numeric>

using namespace flux::elab;
using flux::test::csrProblem;
using flux::test::hasSelfConnection;
using flux::test::inDegrees;

namespace {

RuleInput samePopulation(std::uint32_t n, std::uint64_t seed = 77) {
  return {.key = {.seed = seed, .stream = 5}, .nPre = n, .nPost = n, .samePopulation = true};
}

RuleInput twoPopulations(std::uint32_t nPre, std::uint32_t nPost) {
  return {.key = {.seed = 77, .stream = 6}, .nPre = nPre, .nPost = nPost};
}

std::vector<std::uint32_t> outDegrees(const Connectivity &conn) {
  std::vector<std::uint32_t> degree;
  degree.reserve(conn.sourceCount());
  for (std::uint32_t pre = 0; pre < conn.sourceCount(); ++pre)
    degree.push_back(static_cast<std::uint32_t>(conn.targetsOf(pre).size()));
  return degree;
}

double mean(const std::vector<std::uint32_t> &values) {
  return std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
}

double variance(const std::vector<std::uint32_t> &values) {
  const double m = mean(values);
  double sum = 0;
  for (const std::uint32_t v : values)
    sum += (v - m) * (v - m);
  return sum / double(values.size() - 1);
}

/// Sample variance of n values from a near-normal distribution with variance sigma2 has standard
/// error sigma2 * sqrt(2 / (n - 1)).
double varianceError(double sigma2, std::size_t n) {
  return sigma2 * std::sqrt(2.0 / double(n - 1));
}

} // namespace

TEST(ConnectProbability, DegreesMatchTheBinomial) {
  constexpr std::uint32_t kN = 2000;
  constexpr double kP = 0.1;
  std::string error;
  const auto conn = probability(samePopulation(kN), kP, error);
  ASSERT_TRUE(conn) << error;
  EXPECT_EQ(csrProblem(*conn, kN, kN), "");
  EXPECT_FALSE(hasSelfConnection(*conn));

  // N (N - 1) independent pairs: the synapse count is Binomial(N (N - 1), p).
  const double pairs = double(kN) * (kN - 1);
  EXPECT_NEAR(double(conn->synapseCount()), kP * pairs, 4 * std::sqrt(pairs * kP * (1 - kP)));
  // Each in- and out-degree is Binomial(N - 1, p): mean within 4 standard errors of p (N - 1),
  // and the spread of the binomial (identical or correlated columns would show here).
  const double degreeVariance = (kN - 1) * kP * (1 - kP);
  for (const auto &degrees : {inDegrees(*conn, kN), outDegrees(*conn)}) {
    EXPECT_NEAR(mean(degrees), kP * (kN - 1), 4 * std::sqrt(degreeVariance / kN));
    EXPECT_NEAR(variance(degrees), degreeVariance, 4 * varianceError(degreeVariance, kN));
  }
}

TEST(ConnectProbability, SourcesAreSpreadEvenly) {
  // Ten bands of 200 sources each receive a tenth of the synapses: a skip with the wrong
  // distribution piles them up at the start or the end of the column.
  constexpr std::uint32_t kN = 2000;
  std::string error;
  const auto conn = probability(twoPopulations(kN, kN), 0.05, error);
  ASSERT_TRUE(conn);
  const double total = double(conn->synapseCount());
  for (std::size_t band = 0; band < 10; ++band) {
    const double count = double(conn->rowStart[(band + 1) * 200] - conn->rowStart[band * 200]);
    EXPECT_NEAR(count, total / 10, 4 * std::sqrt(total * 0.1 * 0.9)) << "band " << band;
  }
  // Two populations: i -> i is an ordinary pair.
  EXPECT_TRUE(hasSelfConnection(*conn));
}

TEST(ConnectProbability, SparseCostFollowsSynapses) {
  // 100,000 x 100,000 pairs at p = 1e-5: about 100,000 synapses, generated without visiting
  // the 10^10 pairs.
  std::string error;
  const auto conn = probability(twoPopulations(100000, 100000), 1e-5, error);
  ASSERT_TRUE(conn);
  EXPECT_NEAR(double(conn->synapseCount()), 1e5, 4 * std::sqrt(1e5));
  EXPECT_EQ(csrProblem(*conn, 100000, 100000), "");
}

TEST(ConnectProbability, ZeroAndOne) {
  std::string error;
  EXPECT_EQ(probability(samePopulation(50), 0.0, error)->synapseCount(), 0u);
  EXPECT_EQ(*probability(samePopulation(50), 1.0, error), *allToAll(samePopulation(50), error));
  EXPECT_EQ(*probability(twoPopulations(7, 9), 1.0, error), *allToAll(twoPopulations(7, 9), error));
}

TEST(ConnectProbability, RejectsProbabilitiesOutsideTheUnitInterval) {
  std::string error;
  EXPECT_FALSE(probability(samePopulation(10), 1.5, error));
  EXPECT_EQ(error, "connection probability must be in [0, 1], got 1.5");
  EXPECT_FALSE(probability(samePopulation(10), -0.1, error));
  EXPECT_FALSE(probability(samePopulation(10), std::nan(""), error));
}

TEST(ConnectProbability, SameKeySameNetworkOtherSeedOtherNetwork) {
  std::string error;
  const auto a = probability(samePopulation(500), 0.05, error);
  EXPECT_EQ(*a, *probability(samePopulation(500), 0.05, error));
  EXPECT_NE(*a, *probability(samePopulation(500, 78), 0.05, error));
  auto otherStream = samePopulation(500);
  otherStream.key.stream = 9;
  EXPECT_NE(*a, *probability(otherStream, 0.05, error));
}

TEST(ConnectProbability, ColumnsGeneratedInAnyOrderGiveTheSameNetwork) {
  // What a distributed run does: each process generates the targets it owns.
  const auto in = samePopulation(1000);
  std::string error;
  const auto whole = probability(in, 0.03, error);
  const ColumnBlock blocks[] = {probabilityColumns(in, 0.03, 700, 1000),
                                probabilityColumns(in, 0.03, 0, 300),
                                probabilityColumns(in, 0.03, 300, 700)};
  EXPECT_EQ(toCsr(blocks, 1000, 1000), *whole);
}

TEST(ConnectFixedIndegree, ExactlyKDistinctSourcesPerTarget) {
  constexpr std::uint32_t kN = 1000;
  constexpr std::uint32_t kK = 50;
  std::string error;
  const auto conn = fixedIndegree(samePopulation(kN), kK, error);
  ASSERT_TRUE(conn) << error;
  EXPECT_EQ(csrProblem(*conn, kN, kN), ""); // strictly increasing rows: distinct pairs
  EXPECT_FALSE(hasSelfConnection(*conn));
  for (const std::uint32_t degree : inDegrees(*conn, kN))
    ASSERT_EQ(degree, kK);
  // Out-degrees are Binomial(N - 1, k / (N - 1)).
  const double q = double(kK) / (kN - 1);
  const auto out = outDegrees(*conn);
  EXPECT_EQ(mean(out), kK);
  EXPECT_NEAR(variance(out), (kN - 1) * q * (1 - q), 4 * varianceError((kN - 1) * q * (1 - q), kN));
}

TEST(ConnectFixedIndegree, EverySourceIsEquallyLikely) {
  // Half of 20 sources for each of 20,000 targets: each source is chosen Binomial(20000, 1/2)
  // times. A biased sampler (Floyd's step done wrong) favours the high indices.
  std::string error;
  const auto conn = fixedIndegree(twoPopulations(20, 20000), 10, error);
  ASSERT_TRUE(conn);
  for (const std::uint32_t degree : outDegrees(*conn))
    EXPECT_NEAR(degree, 10000, 4.5 * std::sqrt(20000 * 0.25));
}

TEST(ConnectFixedIndegree, AllAvailableSourcesAndTooMany) {
  std::string error;
  EXPECT_EQ(*fixedIndegree(samePopulation(10), 9, error), *allToAll(samePopulation(10), error));
  EXPECT_FALSE(fixedIndegree(samePopulation(10), 10, error));
  EXPECT_EQ(error, "fixed_indegree(10) needs 10 distinct sources for each neuron, but there are "
                   "only 9 (self-connections excluded)");
  auto withSelf = samePopulation(10);
  withSelf.allowSelf = true;
  EXPECT_EQ(fixedIndegree(withSelf, 10, error)->synapseCount(), 100u);
  EXPECT_EQ(fixedIndegree(twoPopulations(3, 0), 5, error)->synapseCount(), 0u); // no targets
}

TEST(ConnectFixedIndegree, ColumnsGeneratedInAnyOrderGiveTheSameNetwork) {
  const auto in = samePopulation(600);
  std::string error;
  const ColumnBlock blocks[] = {fixedIndegreeColumns(in, 20, 450, 600),
                                fixedIndegreeColumns(in, 20, 0, 450)};
  EXPECT_EQ(toCsr(blocks, 600, 600), *fixedIndegree(in, 20, error));
  EXPECT_NE(*fixedIndegree(in, 20, error), *fixedIndegree(samePopulation(600, 1), 20, error));
}

TEST(ConnectFixedOutdegree, ExactlyKDistinctTargetsPerSource) {
  constexpr std::uint32_t kN = 1000;
  constexpr std::uint32_t kK = 30;
  std::string error;
  const auto conn = fixedOutdegree(samePopulation(kN), kK, error);
  ASSERT_TRUE(conn) << error;
  EXPECT_EQ(csrProblem(*conn, kN, kN), "");
  EXPECT_FALSE(hasSelfConnection(*conn));
  for (const std::uint32_t degree : outDegrees(*conn))
    ASSERT_EQ(degree, kK);
  const double q = double(kK) / (kN - 1);
  const auto in = inDegrees(*conn, kN);
  EXPECT_NEAR(variance(in), (kN - 1) * q * (1 - q), 4 * varianceError((kN - 1) * q * (1 - q), kN));
  EXPECT_EQ(*conn, *fixedOutdegree(samePopulation(kN), kK, error));
}

TEST(ConnectFixedOutdegree, EveryTargetIsEquallyLikely) {
  std::string error;
  const auto conn = fixedOutdegree(twoPopulations(20000, 20), 10, error);
  ASSERT_TRUE(conn);
  for (const std::uint32_t degree : inDegrees(*conn, 20))
    EXPECT_NEAR(degree, 10000, 4.5 * std::sqrt(20000 * 0.25));
  EXPECT_FALSE(fixedOutdegree(twoPopulations(5, 3), 4, error));
  EXPECT_EQ(error, "fixed_outdegree(4) needs 4 distinct targets for each neuron, but there are "
                   "only 3");
}
