// Shared by the GPU tests: GLSL to optimised SPIR-V in one call, and a fixture that opens the
// Vulkan device (lavapipe in CI). Without any Vulkan device the GPU tests are skipped, unless
// FLUX_TEST_REQUIRE_VULKAN=1 (set by ctest where lavapipe is installed) makes that a failure.
#pragma once

#include "codegen/spirv/Spirv.h"
#include "gpu/VulkanContext.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <cstring>
#include <dlfcn.h>
#include <memory>
#include <string>
#include <vector>

namespace flux::test {

/// LeakSanitizer reports what a Vulkan driver keeps in its globals as leaked once the loader
/// unloads the driver (vkDestroyInstance dlcloses it, and the globals go with it). Sanitizer
/// builds therefore keep lavapipe loaded for the whole run; where it is absent this does nothing.
inline void keepVulkanDriverLoaded() {
#if defined(__SANITIZE_ADDRESS__)
  static void *const lavapipe = ::dlopen("libvulkan_lvp.so", RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
  (void)lavapipe;
#endif
}

/// compileCompute, validate, optimize, validate; empty on failure with the error in `error`.
inline std::vector<std::uint32_t> compileShader(const std::string &glsl, std::string &error) {
  std::vector<std::uint32_t> words;
  if (!spirv::compileCompute(glsl, words, error) || !spirv::validate(words, error) ||
      !spirv::optimize(words, error) || !spirv::validate(words, error))
    return {};
  return words;
}

class GpuTest : public ::testing::Test {
protected:
  void SetUp() override {
    keepVulkanDriverLoaded();
    std::string error;
    context = rt::gpu::Context::create(-1, error);
    if (context)
      return;
    const char *required = std::getenv("FLUX_TEST_REQUIRE_VULKAN");
    if (required != nullptr && std::strcmp(required, "1") == 0)
      FAIL() << "no Vulkan device, and FLUX_TEST_REQUIRE_VULKAN=1: " << error;
    GTEST_SKIP() << "no Vulkan device: " << error;
  }

  /// A pipeline from GLSL; fails the test on any error.
  rt::gpu::PipelineId pipeline(const std::string &glsl) {
    std::string error;
    const std::vector<std::uint32_t> words = compileShader(glsl, error);
    EXPECT_FALSE(words.empty()) << error;
    const std::optional<rt::gpu::PipelineId> id = context->createPipeline(words, "main", error);
    EXPECT_TRUE(id.has_value()) << error;
    return id.value_or(rt::gpu::PipelineId{});
  }

  /// A buffer holding `values` (Device kind unless told otherwise).
  template <class T>
  rt::gpu::BufferId bufferWith(const std::vector<T> &values,
                               rt::gpu::BufferKind kind = rt::gpu::BufferKind::Device) {
    std::string error;
    const std::optional<rt::gpu::BufferId> id =
        context->createBuffer(values.size() * sizeof(T), kind, error);
    EXPECT_TRUE(id.has_value()) << error;
    if (!id)
      return rt::gpu::BufferId{};
    EXPECT_TRUE(context->upload(*id, 0, values.data(), values.size() * sizeof(T), error)) << error;
    return *id;
  }

  template <class T>
  std::vector<T> contents(rt::gpu::BufferId id, std::size_t count) {
    std::vector<T> values(count);
    std::string error;
    EXPECT_TRUE(context->download(id, 0, values.data(), count * sizeof(T), error)) << error;
    return values;
  }

  /// Records `record` into a fresh list, runs it and waits; fails the test on any error.
  template <class Record>
  void run(Record record) {
    std::string error;
    rt::gpu::CommandList *list = context->createCommandList(error);
    ASSERT_NE(list, nullptr) << error;
    ASSERT_TRUE(list->begin(error)) << error;
    record(*list);
    ASSERT_TRUE(list->end(error)) << error;
    ASSERT_TRUE(context->submit(*list, error)) << error;
    ASSERT_TRUE(context->wait(*list, error)) << error;
  }

  std::unique_ptr<rt::gpu::Context> context;
};

} // namespace flux::test
