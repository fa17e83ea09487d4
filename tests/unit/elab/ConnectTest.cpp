// The deterministic rules, the transpose and small-world graphs.
#include "ConnectivityChecks.h"

#include <cmath>
#include <set>

using namespace flux::elab;
using flux::test::csrProblem;
using flux::test::hasSelfConnection;
using flux::test::rowOf;
using Row = std::vector<std::uint32_t>;

namespace {

RuleInput samePopulation(std::uint32_t n, bool allowSelf = false) {
  return {.key = {.seed = 1, .stream = 0},
          .nPre = n,
          .nPost = n,
          .samePopulation = true,
          .allowSelf = allowSelf};
}

RuleInput twoPopulations(std::uint32_t nPre, std::uint32_t nPost) {
  return {.key = {.seed = 1, .stream = 0}, .nPre = nPre, .nPost = nPost};
}

} // namespace

TEST(Connect, ToCsrTransposesColumnsInAnyBlockOrder) {
  // Targets 0..2 over 3 sources: column 0 <- {1, 2}, column 1 <- {}, column 2 <- {0, 2}.
  ColumnBlock first{.postBegin = 0, .colStart = {0, 2, 2}, .source = {1, 2}};
  ColumnBlock second{.postBegin = 2, .colStart = {0, 2}, .source = {0, 2}};
  const Connectivity expected{.rowStart = {0, 1, 2, 4}, .target = {2, 0, 0, 2}};
  const ColumnBlock inOrder[] = {first, second};
  const ColumnBlock reversed[] = {second, first};
  EXPECT_EQ(toCsr(inOrder, 3, 3), expected);
  EXPECT_EQ(toCsr(reversed, 3, 3), expected);
}

TEST(Connect, OneToOneBetweenTwoPopulations) {
  std::string error;
  const auto conn = oneToOne(twoPopulations(4, 4), error);
  ASSERT_TRUE(conn) << error;
  EXPECT_EQ(conn->rowStart, (std::vector<std::uint64_t>{0, 1, 2, 3, 4}));
  EXPECT_EQ(conn->target, (Row{0, 1, 2, 3}));
}

TEST(Connect, OneToOneRejectsSizesAndImplicitSelf) {
  std::string error;
  EXPECT_FALSE(oneToOne(twoPopulations(4, 5), error));
  EXPECT_EQ(error, "one_to_one needs populations of the same size, got 4 sources and 5 targets");
  EXPECT_FALSE(oneToOne(samePopulation(4), error));
  EXPECT_NE(error.find("connects every neuron to itself"), std::string::npos) << error;
  EXPECT_TRUE(oneToOne(samePopulation(4, true), error));
}

TEST(Connect, AllToAll) {
  std::string error;
  const auto full = allToAll(twoPopulations(3, 2), error);
  ASSERT_TRUE(full);
  EXPECT_EQ(full->synapseCount(), 6u);
  EXPECT_EQ(csrProblem(*full, 3, 2), "");
  const auto noSelf = allToAll(samePopulation(4), error);
  ASSERT_TRUE(noSelf);
  EXPECT_EQ(noSelf->synapseCount(), 12u);
  EXPECT_FALSE(hasSelfConnection(*noSelf));
  EXPECT_EQ(rowOf(*noSelf, 2), (Row{0, 1, 3}));
  const auto withSelf = allToAll(samePopulation(4, true), error);
  ASSERT_TRUE(withSelf);
  EXPECT_EQ(withSelf->synapseCount(), 16u);
  EXPECT_EQ(allToAll(samePopulation(0), error)->synapseCount(), 0u);
}

TEST(Connect, RingJoinsNearestNeighboursOnEachSide) {
  std::string error;
  const auto conn = ring(samePopulation(10), 2, error);
  ASSERT_TRUE(conn) << error;
  EXPECT_EQ(csrProblem(*conn, 10, 10), "");
  EXPECT_EQ(conn->synapseCount(), 40u);
  EXPECT_EQ(rowOf(*conn, 0), (Row{1, 2, 8, 9}));
  EXPECT_EQ(rowOf(*conn, 5), (Row{3, 4, 6, 7}));
  EXPECT_EQ(rowOf(*conn, 9), (Row{0, 1, 7, 8}));
  EXPECT_FALSE(ring(samePopulation(10), 5, error));
  EXPECT_EQ(error, "ring(5) needs more than 10 neurons so that the neighbours on both sides are "
                   "distinct, got 10");
  EXPECT_TRUE(ring(samePopulation(11), 5, error));
  EXPECT_FALSE(ring(twoPopulations(10, 11), 1, error));
}

TEST(Connect, GridConnectsWithinTheRadius) {
  std::string error;
  // 4 x 3, row-major: index = y * 4 + x.
  const auto cross = grid(samePopulation(12), 4, 3, 1.0, error);
  ASSERT_TRUE(cross) << error;
  EXPECT_EQ(csrProblem(*cross, 12, 12), "");
  EXPECT_EQ(rowOf(*cross, 0), (Row{1, 4}));       // corner
  EXPECT_EQ(rowOf(*cross, 5), (Row{1, 4, 6, 9})); // inside
  EXPECT_EQ(rowOf(*cross, 7), (Row{3, 6, 11}));   // right edge: no wrap to 8
  // Horizontal + vertical edges, both directions: 2 * (3 * 3 + 4 * 2).
  EXPECT_EQ(cross->synapseCount(), 34u);

  const auto square = grid(samePopulation(12), 4, 3, std::sqrt(2.0), error);
  ASSERT_TRUE(square);
  EXPECT_EQ(rowOf(*square, 5), (Row{0, 1, 2, 4, 6, 8, 9, 10}));
  const auto withSelf = grid(samePopulation(12, true), 4, 3, 1.0, error);
  EXPECT_EQ(rowOf(*withSelf, 0), (Row{0, 1, 4}));
  const auto zero = grid(samePopulation(12), 4, 3, 0.0, error);
  EXPECT_EQ(zero->synapseCount(), 0u);
  // Between two layers of the same shape, i -> i is an ordinary synapse.
  EXPECT_EQ(rowOf(*grid(twoPopulations(12, 12), 4, 3, 0.5, error), 7), (Row{7}));
}

TEST(Connect, GridRejectsSizeMismatch) {
  std::string error;
  EXPECT_FALSE(grid(samePopulation(10), 4, 3, 1.0, error));
  EXPECT_EQ(error, "grid(4, 3) places 12 neurons, but the projection has 10 sources and 10 "
                   "targets");
  EXPECT_FALSE(grid(samePopulation(12), 4, 3, -1.0, error));
  EXPECT_FALSE(grid(samePopulation(12), 4, 3, std::nan(""), error));
}

namespace {

/// The ring lattice distance between u and v on n neurons.
std::uint32_t ringDistance(std::uint32_t u, std::uint32_t v, std::uint32_t n) {
  const std::uint32_t d = u > v ? u - v : v - u;
  return std::min(d, n - d);
}

} // namespace

TEST(Connect, SmallWorldWithoutRewiringIsTheRing) {
  std::string error;
  const auto lattice = smallWorld(samePopulation(50), 6, 0.0, error);
  ASSERT_TRUE(lattice) << error;
  EXPECT_EQ(*lattice, *ring(samePopulation(50), 3, error));
}

TEST(Connect, SmallWorldKeepsEdgesAndRewiresAFractionP) {
  constexpr std::uint32_t kN = 2000;
  constexpr std::uint32_t kK = 10;
  constexpr double kP = 0.2;
  std::string error;
  const auto conn = smallWorld(samePopulation(kN), kK, kP, error);
  ASSERT_TRUE(conn) << error;
  EXPECT_EQ(csrProblem(*conn, kN, kN), ""); // no duplicates
  EXPECT_FALSE(hasSelfConnection(*conn));
  // Every undirected edge as two synapses: exactly N k / 2 edges.
  const std::uint64_t edges = std::uint64_t{kN} * kK / 2;
  EXPECT_EQ(conn->synapseCount(), 2 * edges);
  std::uint64_t offLattice = 0;
  for (std::uint32_t u = 0; u < kN; ++u) {
    for (const std::uint32_t v : conn->targetsOf(u)) {
      const auto back = conn->targetsOf(v);
      EXPECT_TRUE(std::binary_search(back.begin(), back.end(), u)) << u << " -> " << v;
      offLattice += ringDistance(u, v, kN) > kK / 2 ? 1 : 0;
    }
  }
  offLattice /= 2;
  // Each lattice edge is rewired independently with probability p: Binomial(E, p), sd
  // sqrt(E p (1 - p)) = 28 edges here. A rewired edge lands back on the lattice with
  // probability under k / N = 0.5%, a bias below 1/4 of that sd.
  const double expected = kP * double(edges);
  EXPECT_NEAR(double(offLattice), expected, 4 * std::sqrt(edges * kP * (1 - kP)));
  // Rewiring keeps every node's lattice side: degree stays at least k/2 (its own edges).
  for (std::uint32_t u = 0; u < kN; ++u)
    EXPECT_GE(conn->targetsOf(u).size(), kK / 2);
}

TEST(Connect, SmallWorldFullRewiringLeavesLittleLattice) {
  std::string error;
  const auto conn = smallWorld(samePopulation(1000), 4, 1.0, error);
  ASSERT_TRUE(conn);
  std::uint64_t onLattice = 0;
  for (std::uint32_t u = 0; u < 1000; ++u)
    for (const std::uint32_t v : conn->targetsOf(u))
      onLattice += ringDistance(u, v, 1000) <= 2 ? 1 : 0;
  EXPECT_LT(onLattice, 2 * 20u); // about 2000 * 4 / 1000 = 8 edges by chance
}

TEST(Connect, SmallWorldIsDeterministicAndSeeded) {
  std::string error;
  auto in = samePopulation(300);
  const auto a = smallWorld(in, 4, 0.3, error);
  EXPECT_EQ(*a, *smallWorld(in, 4, 0.3, error));
  in.key.seed = 2;
  EXPECT_NE(*a, *smallWorld(in, 4, 0.3, error));
}

TEST(Connect, SmallWorldRejectsBadParameters) {
  std::string error;
  EXPECT_FALSE(smallWorld(samePopulation(10), 3, 0.1, error));
  EXPECT_EQ(error, "small_world(3, p) needs an even k below the population size 10 (k/2 "
                   "neighbours on each side of the ring)");
  EXPECT_FALSE(smallWorld(samePopulation(10), 10, 0.1, error));
  EXPECT_FALSE(smallWorld(samePopulation(10), 4, 1.5, error));
  EXPECT_EQ(error, "small_world rewiring probability must be in [0, 1], got 1.5");
  EXPECT_FALSE(smallWorld(twoPopulations(10, 12), 4, 0.1, error));
  // A complete graph (k = n - 1) has nowhere to rewire to and stays complete.
  const auto complete = smallWorld(samePopulation(9), 8, 1.0, error);
  ASSERT_TRUE(complete) << error;
  EXPECT_EQ(complete->synapseCount(), 72u);
}
