#include "io/PopulationIndex.h"

#include <gtest/gtest.h>

using namespace flux::rt;

TEST(RuntimePopulationIndex, FindsPopulationsGivenInAnyOrder) {
  const std::vector<PopulationInfo> populations = {
      {"I", 10, 5}, {"empty", 3, 0}, {"E", 0, 8}, {"last", 20, 1}};
  const PopulationIndex index(populations);
  EXPECT_EQ(index.find(0), 2u);
  EXPECT_EQ(index.find(7), 2u);
  EXPECT_EQ(index.find(8), std::nullopt); // a gap between E and I
  EXPECT_EQ(index.find(10), 0u);
  EXPECT_EQ(index.find(14), 0u);
  EXPECT_EQ(index.find(15), std::nullopt);
  EXPECT_EQ(index.find(20), 3u);
  EXPECT_EQ(index.find(21), std::nullopt);
  EXPECT_EQ(index.find(UINT32_MAX), std::nullopt);
  EXPECT_EQ(PopulationIndex({}).find(0), std::nullopt);
}

TEST(RuntimePopulationIndex, ChecksOverlapAndRange) {
  EXPECT_EQ(checkPopulations({{"E", 0, 8}, {"I", 8, 2}, {"none", 3, 0}}), std::nullopt);
  EXPECT_EQ(checkPopulations({{"I", 8, 2}, {"E", 0, 9}}), "populations 'E' and 'I' share neuron 8");
  EXPECT_EQ(checkPopulations({{"huge", UINT32_MAX, 2}}),
            "population 'huge' runs past neuron index 2^32");
}

TEST(RuntimePopulationIndex, NeuronCountIsOnePastTheLastNeuron) {
  EXPECT_EQ(neuronCountOf({}), 0u);
  EXPECT_EQ(neuronCountOf({{"I", 8, 2}, {"E", 0, 8}, {"empty", 50, 0}}), 10u);
}
