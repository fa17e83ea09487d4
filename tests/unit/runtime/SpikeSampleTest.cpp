#include "io/SpikeSample.h"

#include <gtest/gtest.h>

using namespace flux::rt;

TEST(RuntimeSpikeSample, KeepsEverySpikeUpToTwiceTheCapacity) {
  SpikeSample sample(10);
  for (std::uint32_t i = 0; i < 19; ++i)
    sample.add(i, i);
  EXPECT_EQ(sample.spikes().size(), 19u);
  EXPECT_EQ(sample.stride(), 1u);
}

TEST(RuntimeSpikeSample, StaysBoundedAndEvenlySpaced) {
  SpikeSample sample(1000);
  const std::uint64_t n = 1'000'003;
  for (std::uint64_t i = 0; i < n; ++i)
    sample.add(static_cast<double>(i) * 0.01, static_cast<std::uint32_t>(i % 77));
  EXPECT_EQ(sample.seenCount(), n);
  const auto spikes = sample.spikes();
  EXPECT_GE(spikes.size(), 1000u);
  EXPECT_LT(spikes.size(), 2000u);
  // Exactly the spikes at multiples of the stride, in order: first to last of the run.
  const std::uint64_t stride = sample.stride();
  EXPECT_EQ(spikes.size(), (n - 1) / stride + 1);
  for (std::size_t k = 0; k < spikes.size(); ++k)
    ASSERT_EQ(spikes[k].neuron, (k * stride) % 77) << k;
}

TEST(RuntimeSpikeSample, ZeroCapacityKeepsOneAtLeast) {
  SpikeSample sample(0);
  for (int i = 0; i < 100; ++i)
    sample.add(i, 0);
  EXPECT_GE(sample.spikes().size(), 1u);
  EXPECT_LE(sample.spikes().size(), 2u);
}
