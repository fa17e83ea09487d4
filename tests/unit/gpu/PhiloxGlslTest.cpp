// The GLSL Poisson draw (codegen/spirv/PhiloxGlsl.h) run on the GPU against the C++ one
// (core/SpikeSources.h): the Philox words and the firing decision, for seeds with high bits set,
// 64-bit steps and thresholds from 0 to 2^24.
#include "codegen/spirv/PhiloxGlsl.h"
#include "core/SpikeSources.h"
#include "gpu/GpuTest.h"

#include <random>

using namespace flux;
using namespace flux::rt::gpu;
using flux::test::GpuTest;

namespace {

/// One draw to compare; the layout of the shader's `Case`.
struct Case {
  std::uint32_t seedLow, seedHigh, stream, channel, stepLow, stepHigh, threshold, unused;
};

/// What the shader writes per case: the four Philox words, flux_poisson_fires with the step as
/// uvec2, and with the `uint step` overload (compared only when the step fits 32 bits).
struct Result {
  std::uint32_t words[4];
  std::uint32_t fires, firesUintStep, unused[2];
};

const std::string &philoxShader() {
  static const std::string kShader = std::string("#version 450\n"
                                                 "layout(local_size_x = 64) in;\n") +
                                     spirv::kPhiloxGlsl + R"(
struct Case { uint seedLow, seedHigh, stream, channel, stepLow, stepHigh, threshold, unused; };
struct Result { uvec4 words; uint fires, firesUintStep, unused0, unused1; };
layout(std430, set = 0, binding = 0) readonly buffer Cases { Case cases[]; };
layout(std430, set = 0, binding = 1) writeonly buffer Results { Result results[]; };
layout(push_constant) uniform Push { uint count; } push;
void main() {
  uint index = gl_GlobalInvocationID.x + gl_GlobalInvocationID.y * gl_NumWorkGroups.x * 64u;
  if (index >= push.count)
    return;
  Case c = cases[index];
  uvec2 seed = uvec2(c.seedLow, c.seedHigh);
  results[index].words =
      flux_spike_source_words(seed, c.stream, c.channel, uvec2(c.stepLow, c.stepHigh));
  results[index].fires = uint(flux_poisson_fires(seed, c.stream, c.channel,
                                                 uvec2(c.stepLow, c.stepHigh), c.threshold));
  results[index].firesUintStep =
      uint(flux_poisson_fires(seed, c.stream, c.channel, c.stepLow, c.threshold));
}
)";
  return kShader;
}

std::vector<Case> cases() {
  const std::uint64_t seeds[] = {
      0, 1, 42, 0xFEDCBA9876543210ULL, 0xFFFFFFFFFFFFFFFFULL, 0x8000000000000000ULL};
  const std::uint32_t thresholds[] = {0,
                                      1,
                                      rt::poissonThreshold24(0.01, 0.1),
                                      rt::poissonThreshold24(0.5, 0.1),
                                      1U << 23,
                                      (1U << 24) - 1,
                                      1U << 24};
  std::mt19937_64 random(20240611);
  std::vector<Case> all;
  for (const std::uint64_t seed : seeds)
    for (std::uint32_t n = 0; n < 20000; ++n) {
      const std::uint32_t stream = n % 4 == 0 ? 0xFFFFFFFFU : static_cast<std::uint32_t>(n % 7);
      const std::uint32_t channel = n < 1000 ? n : static_cast<std::uint32_t>(random());
      std::uint64_t step = n % 3 == 0 ? n : random();
      if (n % 5 == 0)
        step &= 0xFFFFFFFFULL; // fits the uint overload
      const std::uint32_t threshold = n % 2 == 0 ? thresholds[n / 2 % std::size(thresholds)]
                                                 : static_cast<std::uint32_t>(random() >> 40);
      all.push_back({static_cast<std::uint32_t>(seed), static_cast<std::uint32_t>(seed >> 32),
                     stream, channel, static_cast<std::uint32_t>(step),
                     static_cast<std::uint32_t>(step >> 32), threshold, 0});
    }
  return all;
}

} // namespace

TEST_F(GpuTest, PhiloxGlslDrawsExactlyWhatTheCpuDraws) {
  const std::vector<Case> all = cases();
  const auto count = static_cast<std::uint32_t>(all.size());
  const PipelineId draw = pipeline(philoxShader());
  const BufferId input = bufferWith(all);
  std::string error;
  const std::optional<BufferId> output =
      context->createBuffer(all.size() * sizeof(Result), BufferKind::Readback, error);
  ASSERT_TRUE(output) << error;
  ASSERT_TRUE(context->bind(0, input, error)) << error;
  ASSERT_TRUE(context->bind(1, *output, error)) << error;
  run([&](CommandList &list) {
    list.pushConstants(&count, sizeof count);
    list.dispatch(draw, count, 64);
  });
  const auto *results = static_cast<const Result *>(context->readbackData(*output));
  std::uint32_t wrongWords = 0, wrongFires = 0, fired = 0, checkedUintStep = 0;
  for (std::uint32_t i = 0; i < count; ++i) {
    const Case &c = all[i];
    const std::uint64_t seed = (std::uint64_t{c.seedHigh} << 32) | c.seedLow;
    const std::uint64_t step = (std::uint64_t{c.stepHigh} << 32) | c.stepLow;
    const rt::PhiloxCounter words = rt::spikeSourceWords(seed, c.stream, c.channel, step);
    const bool fires = rt::poissonFiresInStep24(seed, c.stream, c.channel, step, c.threshold);
    for (int w = 0; w < 4; ++w)
      wrongWords += results[i].words[w] != words[static_cast<std::size_t>(w)];
    wrongFires += results[i].fires != static_cast<std::uint32_t>(fires);
    if (c.stepHigh == 0) {
      wrongFires += results[i].firesUintStep != static_cast<std::uint32_t>(fires);
      ++checkedUintStep;
    }
    fired += fires;
  }
  EXPECT_EQ(wrongWords, 0U);
  EXPECT_EQ(wrongFires, 0U);
  // The cases cover both answers, and the uint overload, in earnest.
  EXPECT_GT(fired, count / 10);
  EXPECT_LT(fired, count - count / 10);
  EXPECT_GT(checkedUintStep, count / 10);
}

TEST_F(GpuTest, PhiloxGlslMatchesThePinnedDraws) {
  // The values SpikeSourcesTest pins for shader ports.
  const std::vector<Case> pinned = {{1, 0, 2, 3, 4, 0, 7288462, 0},
                                    {0x76543210, 0xFEDCBA98, 7, 0, 2, 1, 15232119, 0}};
  ASSERT_EQ(rt::poissonDraw24(1, 2, 3, 4), 7288461U);
  ASSERT_EQ(rt::poissonDraw24(0xFEDCBA9876543210ULL, 7, 0, 0x100000002ULL), 15232119U);
  const PipelineId draw = pipeline(philoxShader());
  const BufferId input = bufferWith(pinned);
  const BufferId output = bufferWith(std::vector<Result>(pinned.size()));
  std::string error;
  ASSERT_TRUE(context->bind(0, input, error)) << error;
  ASSERT_TRUE(context->bind(1, output, error)) << error;
  const auto count = static_cast<std::uint32_t>(pinned.size());
  run([&](CommandList &list) {
    list.pushConstants(&count, sizeof count);
    list.dispatch(draw, count, 64);
  });
  const std::vector<Result> results = contents<Result>(output, pinned.size());
  EXPECT_EQ(results[0].words[0] >> 8, 7288461U);
  EXPECT_EQ(results[0].fires, 1U); // draw 7288461 < threshold 7288462
  EXPECT_EQ(results[1].words[0] >> 8, 15232119U);
  EXPECT_EQ(results[1].fires, 0U); // draw 15232119 is not below itself
}
