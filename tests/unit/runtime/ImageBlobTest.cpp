// The network tables of ahead-of-time libraries: a round trip keeps everything the engines
// read, and damaged bytes are refused with a message instead of being misread.
#include "embed/ImageBlob.h"
#include "engine/BindKernels.h"

#include <gtest/gtest.h>

namespace flux::rt {
namespace {

NetworkImage sampleImage() {
  NetworkImage image;
  image.neuronCount = 5;
  image.seed = 42;
  image.hostFunctions = {"reward", "note"};
  PopulationImage pop;
  pop.name = "Top.E";
  pop.size = 3;
  pop.stateNames = {"v", "g"};
  pop.stateInit = {{-65.0}, {}};
  pop.params = {{1, 2, 3}, {}};
  pop.paramNames = {"tau", "v_th"};
  pop.checkEveryMs = 0.1;
  pop.eventKernel = 0;
  pop.stepKernel = 2;
  image.populations.push_back(pop);
  PopulationImage out;
  out.name = "motor";
  out.kind = PopulationKind::Extern;
  out.first = 3;
  out.size = 2;
  out.externOutput = true;
  image.populations.push_back(out);
  ProjectionImage proj;
  proj.name = "Top.E->Top.E";
  proj.sources = {{0, 0, 3}};
  proj.targets = {{0, 0, 3}};
  proj.rowStart = {0, 1, 2, 3};
  proj.column = {1, 2, 0};
  proj.weights = {0.5F, -1.0F, 2.0F};
  proj.delays = {1.0F, 2.0F, 3.0F};
  proj.model = true;
  proj.params = {{}, {0.1, 0.2, 0.3}};
  proj.stateNames = {"w", "trace"};
  proj.liveStates = {true, false};
  proj.eventKernel = 1;
  proj.stepKernel = 3;
  proj.hasPost = true;
  image.projections.push_back(proj);
  return image;
}

TEST(ImageBlob, RoundTripKeepsTheTables) {
  NetworkImage image = sampleImage();
  std::string error;
  auto back = deserializeImage(serializeImage(image), error);
  ASSERT_TRUE(back) << error;
  EXPECT_EQ(back->neuronCount, 5u);
  EXPECT_EQ(back->seed, 42u);
  EXPECT_EQ(back->hostFunctions, image.hostFunctions);
  ASSERT_EQ(back->populations.size(), 2u);
  const auto &pop = back->populations[0];
  EXPECT_EQ(pop.name, "Top.E");
  EXPECT_EQ(pop.stateInit, image.populations[0].stateInit);
  EXPECT_EQ(pop.params, image.populations[0].params);
  EXPECT_EQ(pop.paramNames, image.populations[0].paramNames);
  EXPECT_EQ(pop.checkEveryMs, 0.1);
  EXPECT_EQ(pop.stepKernel, 2u);
  EXPECT_TRUE(back->populations[1].externOutput);
  EXPECT_EQ(back->populations[1].kind, PopulationKind::Extern);
  const auto &proj = back->projections.at(0);
  EXPECT_EQ(proj.rowStart, image.projections[0].rowStart);
  EXPECT_EQ(proj.column, image.projections[0].column);
  EXPECT_EQ(proj.weights, image.projections[0].weights);
  EXPECT_EQ(proj.delays, image.projections[0].delays);
  EXPECT_EQ(proj.params, image.projections[0].params);
  EXPECT_EQ(proj.liveStates, image.projections[0].liveStates);
  EXPECT_TRUE(proj.model);
  EXPECT_TRUE(proj.hasPost);
  EXPECT_EQ(proj.eventKernel, 1u);
}

TEST(ImageBlob, TruncatedOrForeignBytesAreRefused) {
  std::string bytes = serializeImage(sampleImage());
  std::string error;
  for (std::size_t keep : {std::size_t{0}, std::size_t{5}, bytes.size() / 2, bytes.size() - 1}) {
    EXPECT_FALSE(deserializeImage(std::string_view(bytes).substr(0, keep), error)) << keep;
    EXPECT_FALSE(error.empty());
  }
  EXPECT_FALSE(deserializeImage(bytes + "x", error));
  EXPECT_NE(error.find("truncated or corrupt"), std::string::npos);
  std::string otherVersion = bytes;
  otherVersion[8] = 99; // the version follows the 8-byte magic
  EXPECT_FALSE(deserializeImage(otherVersion, error));
  EXPECT_NE(error.find("version 99"), std::string::npos) << error;
  EXPECT_FALSE(deserializeImage("not an image at all", error));
}

TEST(BindKernels, NamesFollowTheKernelAbi) {
  EXPECT_EQ(kernelSymbolName(3, "evolve_all", false), "flux_k3_evolve_all_s");
  EXPECT_EQ(kernelSymbolName(0, "grid", true), "flux_k0_grid_e");
  NetworkImage image = sampleImage();
  std::string missing;
  // A library that has nothing: the first function every kernel has is named.
  EXPECT_FALSE(bindKernels(
      image, [](const std::string &) { return nullptr; }, missing));
  EXPECT_EQ(missing, "flux_k0_evolve_e");
  // Every name answered: bound, and `grid` (optional) too.
  static int anything = 0;
  EXPECT_TRUE(bindKernels(
      image, [](const std::string &) -> void * { return &anything; }, missing));
  EXPECT_NE(image.populations[0].event.grid, nullptr);
  EXPECT_NE(image.projections[0].step.post, nullptr);
  // Summed inputs' functions are bound only where the image says the kernel sums its inputs.
  EXPECT_EQ(image.populations[0].step.accumulate, nullptr);
  image.populations[0].summedAccumulators = 2;
  EXPECT_FALSE(bindKernels(
      image,
      [](const std::string &name) -> void * {
        return name.find("accumulate") != std::string::npos ? nullptr : &anything;
      },
      missing));
  EXPECT_EQ(missing, "flux_k" + std::to_string(image.populations[0].stepKernel) + "_accumulate_s");
}

} // namespace
} // namespace flux::rt
