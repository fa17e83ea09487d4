// A distributed run's split of a network (runtime/distributed/Partition.h) and per-process
// generation (connect/Recipe.h generateOnto): the parts of every process together are the
// whole network, and a process's columns are exactly the whole rule's.
#include "distributed/Partition.h"
#include "connect/Recipe.h"

#include <gtest/gtest.h>

#include <set>
#include <tuple>

using namespace flux::rt;

namespace {

Connectivity keepOnly(const Connectivity &whole, const std::vector<std::uint32_t> &posts) {
  std::set<std::uint32_t> wanted(posts.begin(), posts.end());
  Connectivity out;
  out.rowStart.push_back(0);
  for (std::uint32_t s = 0; s < whole.sourceCount(); ++s) {
    for (std::uint32_t t : whole.targetsOf(s))
      if (wanted.count(t) != 0)
        out.target.push_back(t);
    out.rowStart.push_back(out.target.size());
  }
  return out;
}

TEST(Partition, GenerateOntoMakesTheWholeRulesColumns) {
  for (RuleKind rule : {RuleKind::Probability, RuleKind::FixedIndegree, RuleKind::AllToAll,
                        RuleKind::Ring, RuleKind::FixedOutdegree}) {
    ConnectRecipe recipe;
    recipe.rule = rule;
    recipe.input = RuleInput{{7, 3}, 120, 120, true, false};
    recipe.p = 0.1;
    recipe.k = 5;
    std::string error;
    auto whole = generate(recipe, error);
    ASSERT_TRUE(whole) << error;
    for (std::uint32_t processes : {2u, 3u}) {
      for (std::uint32_t rank = 0; rank < processes; ++rank) {
        std::vector<std::uint32_t> posts;
        for (std::uint32_t t = rank; t < 120; t += processes)
          posts.push_back(t);
        auto part = generateOnto(recipe, posts, error);
        ASSERT_TRUE(part) << error;
        EXPECT_EQ(*part, keepOnly(*whole, posts))
            << "rule " << static_cast<int>(rule) << ", process " << rank << " of " << processes;
      }
    }
  }
}

TEST(Partition, GenerateOntoChecksLikeTheWholeRule) {
  ConnectRecipe recipe;
  recipe.rule = RuleKind::FixedIndegree;
  recipe.input = RuleInput{{7, 3}, 4, 10, false, false};
  recipe.k = 5; // more than the 4 sources
  std::string error;
  std::vector<std::uint32_t> posts = {1, 3};
  EXPECT_FALSE(generateOnto(recipe, posts, error));
  EXPECT_NE(error.find("fixed_indegree(5)"), std::string::npos) << error;
}

/// Two neuron populations (5 and 4 neurons) and an extern output channel; one projection from
/// both populations onto both, with per-synapse weights.
NetworkImage smallNetwork() {
  NetworkImage net;
  auto population = [&](const char *name, PopulationKind kind, std::uint32_t size) {
    PopulationImage p;
    p.name = name;
    p.kind = kind;
    p.first = net.neuronCount;
    p.size = size;
    if (kind == PopulationKind::Neurons) {
      p.stateInit = {{}, {0.5}};
      for (std::uint32_t i = 0; i < size; ++i)
        p.stateInit[0].push_back(100.0 * net.populations.size() + i);
    }
    net.neuronCount += size;
    net.populations.push_back(p);
  };
  population("A", PopulationKind::Neurons, 5);
  population("B", PopulationKind::Neurons, 4);
  population("out", PopulationKind::Extern, 2);
  ProjectionImage proj;
  proj.sources = {{0, 0, 5}, {1, 0, 4}};
  proj.targets = {{0, 1, 5}, {1, 0, 4}}; // flat targets 0..3 are A1..A4, 4..7 are B0..B3
  proj.rowStart.push_back(0);
  for (std::uint32_t s = 0; s < 9; ++s) {
    for (std::uint32_t t = 0; t < 8; ++t)
      if ((s + t) % 3 == 0) {
        proj.column.push_back(t);
        proj.weights.push_back(static_cast<float>(10 * s + t));
      }
    proj.rowStart.push_back(proj.column.size());
  }
  net.projections.push_back(proj);
  return net;
}

TEST(Partition, ThePartsMakeTheWhole) {
  const NetworkImage whole = smallNetwork();
  // (source flat index, target global neuron, weight) of every synapse.
  auto synapsesOf = [](const NetworkImage &net, const PartitionMap *map) {
    std::set<std::tuple<std::uint32_t, std::uint32_t, float>> out;
    const ProjectionImage &proj = net.projections[0];
    std::vector<std::uint32_t> targets; // flat -> neuron index of `net`
    for (const NeuronRange &r : proj.targets)
      for (std::uint32_t i = r.begin; i < r.end; ++i)
        targets.push_back(net.populations[r.population].first + i);
    for (std::uint32_t s = 0; s + 1 < proj.rowStart.size(); ++s)
      for (std::uint64_t k = proj.rowStart[s]; k < proj.rowStart[s + 1]; ++k) {
        std::uint32_t t = targets[proj.column[k]];
        out.insert({s, map ? map->globalNeuron(t) : t, proj.weights[k]});
      }
    return out;
  };
  const auto expected = synapsesOf(whole, nullptr);
  for (PartitionMode mode : {PartitionMode::RoundRobin, PartitionMode::ByPopulation}) {
    for (std::uint32_t processes : {1u, 2u, 3u}) {
      const bool roundRobin = mode == PartitionMode::RoundRobin;
      std::set<std::tuple<std::uint32_t, std::uint32_t, float>> all;
      std::uint32_t neurons = 0;
      for (std::uint32_t rank = 0; rank < processes; ++rank) {
        NetworkImage copy = whole;
        PartitionMap map(copy, {rank, processes, mode});
        NetworkImage part = partitionImage(copy, map);
        EXPECT_EQ(part.populations[2].size, 2u) << "extern channels are held whole";
        neurons += part.populations[0].size + part.populations[1].size;
        // Local neuron i of A is A's neuron rank + i * processes (round-robin) or i (A is
        // process 0's, by population), with its own initial state.
        for (std::uint32_t i = 0; i < part.populations[0].size; ++i) {
          const std::uint32_t global = roundRobin ? rank + i * processes : i;
          EXPECT_EQ(map.globalNeuron(part.populations[0].first + i), global);
          EXPECT_EQ(part.populations[0].stateInit[0][i], global);
        }
        if (!roundRobin) {
          EXPECT_EQ(part.populations[1].size, rank == 1 % processes ? 4u : 0u);
        }
        EXPECT_EQ(part.populations[0].stateInit[1], std::vector<double>{0.5});
        for (const auto &synapse : synapsesOf(part, &map)) {
          EXPECT_TRUE(all.insert(synapse).second) << "a synapse held by two processes";
          const std::uint32_t target = std::get<1>(synapse);
          const std::uint32_t population = target < 5 ? 0 : 1;
          EXPECT_EQ((roundRobin ? target - 5 * population : population) % processes, rank);
        }
        EXPECT_TRUE(copy.projections[0].column.empty()) << "the synapses move out of the whole";
      }
      EXPECT_EQ(neurons, 9u);
      EXPECT_EQ(all, expected) << processes << " processes, round-robin " << roundRobin;
    }
  }
}

TEST(Partition, TheFingerprintIgnoresSynapsesButNotTheNetwork) {
  const NetworkImage a = smallNetwork();
  NetworkImage b = a;
  b.projections[0].column.pop_back(); // another process's synapses differ
  EXPECT_EQ(networkHash(a), networkHash(b));
  b.seed = 2;
  EXPECT_NE(networkHash(a), networkHash(b));
  NetworkImage c = a;
  c.populations[1].stateInit[0][2] = 7;
  EXPECT_NE(networkHash(a), networkHash(c));
}

} // namespace
