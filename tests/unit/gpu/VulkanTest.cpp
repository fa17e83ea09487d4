// The Vulkan compute layer on lavapipe: device choice and its errors, the memory budget,
// buffers, pipelines checked against the shared layout, dispatches past one dimension of groups,
// double-buffered command lists, and a precise float loop bit for bit equal to the CPU's.
// Compiled with -ffp-contract=off (tests/unit/CMakeLists.txt) so the CPU loop is not fused.
#include "gpu/GpuTest.h"

#include <bit>
#include <cstdlib>

using namespace flux;
using namespace flux::rt::gpu;
using flux::test::GpuTest;

namespace {

/// Sets an environment variable for one scope, then restores what it was.
struct ScopedEnvironment {
  ScopedEnvironment(const char *name, const char *value) : name(name) {
    if (const char *old = std::getenv(name))
      previous = old;
    ::setenv(name, value, 1);
  }
  ~ScopedEnvironment() {
    if (previous)
      ::setenv(name, previous->c_str(), 1);
    else
      ::unsetenv(name);
  }
  ScopedEnvironment(const ScopedEnvironment &) = delete;
  ScopedEnvironment &operator=(const ScopedEnvironment &) = delete;
  const char *name;
  std::optional<std::string> previous;
};

/// A shader whose invocation `index` (the dispatch contract's flat index, local size L) below
/// push.count runs `body`, with `declarations` before main.
std::string shader(std::uint32_t localSize, const std::string &declarations,
                   const std::string &body) {
  const std::string size = std::to_string(localSize);
  return "#version 450\nlayout(local_size_x = " + size + ") in;\n" + declarations +
         "\nvoid main() {\n  uint index = gl_GlobalInvocationID.x + gl_GlobalInvocationID.y * "
         "gl_NumWorkGroups.x * " +
         size + "u;\n  if (index >= push.count)\n    return;\n" + body + "\n}\n";
}

constexpr const char *kFloatBuffer = R"(
layout(std430, set = 0, binding = 0) buffer Values { float values[]; };
layout(push_constant) uniform Push { uint count; uint iterations; } push;)";

constexpr const char *kUintBuffer = R"(
layout(std430, set = 0, binding = 0) buffer Values { uint values[]; };
layout(push_constant) uniform Push { uint count; uint value; } push;)";

struct Push {
  std::uint32_t count;
  std::uint32_t value;
};

std::string createError(int deviceIndex) {
  std::string error;
  EXPECT_EQ(Context::create(deviceIndex, error), nullptr);
  return error;
}

} // namespace

TEST_F(GpuTest, ListsDevicesAndDescribesThem) {
  std::string error;
  const std::vector<DeviceInfo> devices = listDevices(error);
  ASSERT_FALSE(devices.empty()) << error;
  for (std::uint32_t i = 0; i < devices.size(); ++i)
    EXPECT_EQ(devices[i].index, i);
  const DeviceInfo &chosen = context->device();
  EXPECT_TRUE(chosen.float64);
  EXPECT_GT(chosen.deviceLocalBytes, 0U);
  EXPECT_EQ(chosen.maxStorageBufferRange, context->maxBindingBytes());
  EXPECT_EQ(context->memoryBudgetBytes(), chosen.deviceLocalBytes);
  if (chosen.cpu) { // lavapipe
    EXPECT_EQ(describeDevice(chosen), std::to_string(chosen.index) + " " + chosen.name + " [cpu]");
  }
}

TEST_F(GpuTest, BadDeviceIndexListsTheDevices) {
  std::string error;
  const std::vector<DeviceInfo> devices = listDevices(error);
  ASSERT_FALSE(devices.empty()) << error;
  std::string list;
  for (const DeviceInfo &d : devices)
    list += (list.empty() ? "" : "; ") + describeDevice(d);
  const std::string has = "this machine has " + std::to_string(devices.size()) +
                          (devices.size() == 1 ? " Vulkan device: " : " Vulkan devices: ") + list;
  const int missing = static_cast<int>(devices.size()) + 2;
  EXPECT_EQ(createError(missing), "device " + std::to_string(missing) + " does not exist; " + has);
  EXPECT_EQ(createError(-5), "device -5 does not exist; " + has);
  // e.g. "device 3 does not exist; this machine has 1 Vulkan device: 0 llvmpipe (LLVM 15.0.6,
  // 256 bits) [cpu]"
}

TEST_F(GpuTest, NoDriverSaysWhatToInstall) {
  const ScopedEnvironment noDriver("VK_DRIVER_FILES", "/nonexistent/flux_icd.json");
  const std::string expected = "no Vulkan device found: install a GPU driver, or Mesa's lavapipe "
                               "(mesa-vulkan-drivers) to run on the CPU";
  EXPECT_EQ(createError(-1), expected);
  std::string error;
  EXPECT_TRUE(listDevices(error).empty());
  EXPECT_EQ(error, expected);
}

TEST_F(GpuTest, MemoryLimitGivesAClearError) {
  std::string error;
  std::unique_ptr<Context> limited;
  {
    const ScopedEnvironment limit("FLUX_GPU_MEMORY_LIMIT", "1000000");
    limited = Context::create(-1, error);
  }
  ASSERT_NE(limited, nullptr) << error;
  EXPECT_EQ(limited->memoryBudgetBytes(), 1000000U);
  const std::string device = limited->device().name;
  EXPECT_FALSE(limited->reserve(2000000, error));
  EXPECT_EQ(error, "the network needs 1.9 MiB of GPU memory; " + device +
                       " has 1.0 MiB (limited by FLUX_GPU_MEMORY_LIMIT=1000000)");
  EXPECT_TRUE(limited->reserve(900000, error));

  ASSERT_TRUE(limited->createBuffer(600000, BufferKind::Device, error)) << error;
  EXPECT_GE(limited->allocatedBytes(), 600000U);
  EXPECT_FALSE(limited->reserve(500000, error));
  EXPECT_EQ(error, "the network needs 0.5 MiB of GPU memory; " + device +
                       " has 1.0 MiB (limited by FLUX_GPU_MEMORY_LIMIT=1000000), 0.6 MiB of it "
                       "already in use");
  EXPECT_FALSE(limited->createBuffer(600000, BufferKind::Readback, error));
  EXPECT_EQ(error, "cannot allocate a GPU buffer of 0.6 MiB: " + device +
                       " has 1.0 MiB (limited by FLUX_GPU_MEMORY_LIMIT=1000000), 0.6 MiB of it "
                       "already in use");
}

TEST_F(GpuTest, MalformedMemoryLimitIsAnError) {
  const ScopedEnvironment limit("FLUX_GPU_MEMORY_LIMIT", "12abc");
  EXPECT_EQ(createError(-1), "FLUX_GPU_MEMORY_LIMIT must be a positive number of bytes, not "
                             "'12abc'");
}

TEST_F(GpuTest, PreciseLoopIsBitIdenticalToTheCpu) {
  constexpr std::uint32_t kCount = 1U << 20;
  constexpr std::uint32_t kIterations = 100;
  std::vector<float> input(kCount);
  for (std::uint32_t i = 0; i < kCount; ++i)
    input[i] = static_cast<float>(i % 20011) * 0.37F - 3000.0F;
  const PipelineId loop = pipeline(shader(64, kFloatBuffer, R"(
  precise float x = values[index];
  for (uint k = 0; k < push.iterations; ++k)
    x = x * 0.999 + 0.5 * x * 0.001 + 0.25;
  values[index] = x;)"));
  const BufferId values = bufferWith(input);
  std::string error;
  ASSERT_TRUE(context->bind(0, values, error)) << error;
  run([&](CommandList &list) {
    const Push push{kCount, kIterations};
    list.pushConstants(&push, sizeof push);
    list.dispatch(loop, kCount, 64);
  });
  const std::vector<float> gpu = contents<float>(values, kCount);
  std::uint32_t mismatches = 0;
  for (std::uint32_t i = 0; i < kCount; ++i) {
    float x = input[i];
    for (std::uint32_t k = 0; k < kIterations; ++k)
      x = x * 0.999F + 0.5F * x * 0.001F + 0.25F;
    mismatches += std::bit_cast<std::uint32_t>(x) != std::bit_cast<std::uint32_t>(gpu[i]);
  }
  EXPECT_EQ(mismatches, 0U);
}

TEST_F(GpuTest, DispatchCoversEveryIndexOnce) {
  // 3M invocations: with local size 32 that is 93750 groups, more than lavapipe's 65535 in x,
  // so the groups are laid out in x and y; with 256 they fit in x.
  constexpr std::uint32_t kCount = 3000001;
  for (const std::uint32_t localSize : {32U, 256U}) {
    SCOPED_TRACE(localSize);
    const PipelineId count = pipeline(shader(localSize, kUintBuffer, R"(
  atomicAdd(values[index], push.value);)"));
    std::string error;
    const std::optional<BufferId> counts =
        context->createBuffer(std::uint64_t{kCount} * 4, BufferKind::Device, error);
    ASSERT_TRUE(counts) << error;
    ASSERT_TRUE(context->bind(0, *counts, error)) << error;
    run([&](CommandList &list) {
      list.fill(*counts, 0, std::uint64_t{kCount} * 4, 0);
      list.barrier();
      const Push push{kCount, 1};
      list.pushConstants(&push, sizeof push);
      list.dispatch(count, kCount, localSize);
    });
    const std::vector<std::uint32_t> seen = contents<std::uint32_t>(*counts, kCount);
    std::uint32_t wrong = 0;
    for (const std::uint32_t n : seen)
      wrong += n != 1;
    EXPECT_EQ(wrong, 0U);
    context->destroyBuffer(*counts);
  }
}

TEST_F(GpuTest, DoubleBufferedBatchesAlternate) {
  // Batch k adds kSteps to every element of a device buffer, then copies it to Readback buffer
  // k % 2, which the host reads while batch k + 1 runs on the other list.
  constexpr std::uint32_t kCount = 100000;
  constexpr std::uint32_t kSteps = 10;
  constexpr int kBatches = 7;
  std::vector<std::uint32_t> initial(kCount);
  for (std::uint32_t i = 0; i < kCount; ++i)
    initial[i] = i * 3;
  const PipelineId add = pipeline(shader(64, kUintBuffer, R"(
  values[index] += push.value;)"));
  const BufferId state = bufferWith(initial);
  std::string error;
  ASSERT_TRUE(context->bind(0, state, error)) << error;
  BufferId readback[2];
  CommandList *lists[2];
  for (int b = 0; b < 2; ++b) {
    const std::optional<BufferId> id =
        context->createBuffer(std::uint64_t{kCount} * 4, BufferKind::Readback, error);
    ASSERT_TRUE(id) << error;
    readback[b] = *id;
    ASSERT_NE(context->readbackData(readback[b]), nullptr);
    lists[b] = context->createCommandList(error);
    ASSERT_NE(lists[b], nullptr) << error;
    ASSERT_TRUE(lists[b]->begin(error)) << error;
    const Push push{kCount, 1};
    lists[b]->pushConstants(&push, sizeof push);
    for (std::uint32_t step = 0; step < kSteps; ++step) {
      lists[b]->dispatch(add, kCount, 64);
      lists[b]->barrier();
    }
    lists[b]->copy(state, 0, readback[b], 0, std::uint64_t{kCount} * 4);
    ASSERT_TRUE(lists[b]->end(error)) << error;
  }
  ASSERT_TRUE(context->submit(*lists[0], error)) << error;
  for (int k = 0; k < kBatches; ++k) {
    CommandList &current = *lists[k % 2];
    if (k + 1 < kBatches) { // already recorded: submitted again as it is
      ASSERT_TRUE(context->submit(*lists[(k + 1) % 2], error)) << error;
    }
    ASSERT_TRUE(context->wait(current, error)) << error;
    const auto *values = static_cast<const std::uint32_t *>(context->readbackData(readback[k % 2]));
    std::uint32_t wrong = 0;
    for (std::uint32_t i = 0; i < kCount; ++i)
      wrong += values[i] != i * 3 + kSteps * static_cast<std::uint32_t>(k + 1);
    EXPECT_EQ(wrong, 0U) << "batch " << k;
  }
  ASSERT_TRUE(context->wait(*lists[(kBatches - 1) % 2], error)) << error;
}

TEST_F(GpuTest, DispatchesCaptureTheBindingsOfTheirTime) {
  constexpr std::uint32_t kCount = 1000;
  const PipelineId set = pipeline(shader(64, kUintBuffer, R"(
  values[index] = push.value;)"));
  const BufferId first = bufferWith(std::vector<std::uint32_t>(kCount, 0));
  const BufferId second = bufferWith(std::vector<std::uint32_t>(kCount, 0));
  std::string error;
  run([&](CommandList &list) {
    ASSERT_TRUE(context->bind(0, first, error)) << error;
    Push push{kCount, 1};
    list.pushConstants(&push, sizeof push);
    list.dispatch(set, kCount, 64);
    ASSERT_TRUE(context->bind(0, second, error)) << error;
    push.value = 2;
    list.pushConstants(&push, sizeof push);
    list.dispatch(set, kCount, 64);
  });
  EXPECT_EQ(contents<std::uint32_t>(first, kCount), std::vector<std::uint32_t>(kCount, 1));
  EXPECT_EQ(contents<std::uint32_t>(second, kCount), std::vector<std::uint32_t>(kCount, 2));
}

TEST_F(GpuTest, UploadAndDownloadGoThroughStagingInChunks) {
  // 20 MiB is more than the 16 MiB staging buffer: two chunks each way.
  constexpr std::uint64_t kWords = 5U << 20;
  std::vector<std::uint32_t> words(kWords);
  for (std::uint64_t i = 0; i < kWords; ++i)
    words[i] = static_cast<std::uint32_t>(i * 2654435761U);
  std::string error;
  const std::optional<BufferId> buffer =
      context->createBuffer(kWords * 4 + 64, BufferKind::Device, error);
  ASSERT_TRUE(buffer) << error;
  ASSERT_TRUE(context->upload(*buffer, 64, words.data(), kWords * 4, error)) << error;
  std::vector<std::uint32_t> back(kWords);
  ASSERT_TRUE(context->download(*buffer, 64, back.data(), kWords * 4, error)) << error;
  EXPECT_TRUE(back == words);
  EXPECT_EQ(context->bufferBytes(*buffer), kWords * 4 + 64);
  EXPECT_EQ(context->readbackData(*buffer), nullptr); // a Device buffer is not mapped

  EXPECT_FALSE(context->upload(*buffer, 128, words.data(), kWords * 4, error));
  EXPECT_EQ(error, "upload of bytes [128, 20971648) of a buffer of 20971584 bytes");
  EXPECT_FALSE(context->createBuffer(0, BufferKind::Device, error));
  EXPECT_EQ(error, "cannot allocate an empty GPU buffer");
}

TEST_F(GpuTest, BindingsLargerThanOneRangeMustBeSplit) {
  const std::uint64_t range = context->maxBindingBytes();
  if (range > (256U << 20))
    GTEST_SKIP() << "this device binds " << range << " bytes at once; too large to allocate here";
  std::string error;
  const std::optional<BufferId> big =
      context->createBuffer(range + 4096, BufferKind::Device, error);
  ASSERT_TRUE(big) << error;
  EXPECT_FALSE(context->bind(0, *big, error));
  EXPECT_NE(error.find("(maxStorageBufferRange); bind it in parts with bindRange"),
            std::string::npos)
      << error;
  EXPECT_TRUE(context->bindRange(0, *big, 0, range, error)) << error;
  EXPECT_TRUE(context->bindRange(1, *big, 4096, range, error)) << error;
  EXPECT_FALSE(context->bindRange(1, *big, 0, range + 4, error));
  EXPECT_FALSE(context->bindRange(1, *big, 4096, range + 4, error));
  if (context->bindingOffsetAlignment() > 1) {
    EXPECT_FALSE(context->bindRange(1, *big, 1, 16, error));
    EXPECT_NE(error.find("minStorageBufferOffsetAlignment"), std::string::npos) << error;
  }
  EXPECT_FALSE(context->bindRange(context->bindingCount(), *big, 0, 16, error));
}

TEST_F(GpuTest, PipelinesMustFitTheSharedLayout) {
  const auto refusal = [&](const std::string &glsl, const char *entry = "main") {
    std::string error;
    std::vector<std::uint32_t> words;
    EXPECT_TRUE(spirv::compileCompute(glsl, words, error)) << error;
    EXPECT_FALSE(context->createPipeline(words, entry, error));
    return error;
  };
  const std::string body = "void main() {}\n";
  const std::string header = "#version 450\nlayout(local_size_x = 64) in;\n";
  EXPECT_EQ(refusal(header + "layout(std430, set = 1, binding = 0) buffer B { uint b[]; };\n"
                             "void main() { b[0] = 1u; }\n"),
            "binding 0 of the compute shader is in descriptor set 1; all buffers must be in set 0");
  EXPECT_EQ(refusal(header + "layout(std140, set = 0, binding = 2) uniform U { uint u; };\n"
                             "layout(std430, set = 0, binding = 0) buffer B { uint b[]; };\n"
                             "void main() { b[0] = u; }\n"),
            "binding 2 of the compute shader is not a storage buffer; declare it as "
            "`layout(std430, set = 0, binding = 2) buffer`");
  EXPECT_EQ(refusal("#version 450\nlayout(local_size_x = 8, local_size_y = 8) in;\n" + body),
            "the compute shader's local size is (8, 8, 1); it must be (L, 1, 1)");
  EXPECT_EQ(refusal("#version 450\nlayout(local_size_x_id = 0) in;\n" + body),
            "the compute shader's local size is a specialisation constant (local_size_x_id); "
            "give it a fixed layout(local_size_x = L) instead");
  EXPECT_EQ(refusal(header + body, "other"),
            "the SPIR-V module has no compute entry point 'other'");
  std::string error;
  const std::vector<std::uint32_t> garbage = {1, 2, 3, 4, 5, 6};
  EXPECT_FALSE(context->createPipeline(garbage, "main", error));
  EXPECT_EQ(error, "not a SPIR-V module (wrong magic number or too short)");

  const std::string binding9 = header +
                               "layout(std430, set = 0, binding = 9) buffer B { uint b[]; };\n"
                               "void main() { b[0] = 1u; }\n";
  EXPECT_EQ(refusal(binding9),
            "the compute shader uses binding 9 but the layout has 8; call setBindingCount first");
  ASSERT_TRUE(context->setBindingCount(10, error)) << error;
  EXPECT_EQ(context->bindingCount(), 10U);
  pipeline(binding9);
  EXPECT_FALSE(context->setBindingCount(12, error));
  EXPECT_EQ(error, "setBindingCount must come before the first pipeline: every pipeline shares "
                   "the layout");
}

TEST_F(GpuTest, RecordingProblemsSurfaceAtEnd) {
  const PipelineId set = pipeline(shader(64, kUintBuffer, "  values[index] = push.value;"));
  std::string error;
  CommandList *list = context->createCommandList(error);
  ASSERT_NE(list, nullptr) << error;
  const auto problem = [&](const auto &record) {
    std::string message;
    EXPECT_TRUE(list->begin(message)) << message;
    record();
    EXPECT_FALSE(list->end(message));
    return message;
  };
  EXPECT_EQ(problem([&] { list->dispatch(set, 10, 32); }),
            "dispatch: local size 32 given for a shader whose local size is 64");
  EXPECT_EQ(problem([&] { list->dispatch(set, 10, 64); }),
            "dispatch: the shader uses binding 0, which has no buffer bound");
  EXPECT_EQ(problem([&] { list->dispatch(static_cast<PipelineId>(99), 10, 64); }),
            "dispatch: the pipeline does not exist");
  const BufferId buffer = bufferWith(std::vector<std::uint32_t>(16, 0));
  EXPECT_EQ(problem([&] { list->copy(buffer, 0, buffer, 60, 8); }),
            "copy: bytes [60, 68) are past the end of a buffer of 64 bytes");
  EXPECT_EQ(problem([&] { list->copy(buffer, 0, buffer, 8, 16); }),
            "copy: the source and destination ranges overlap");
  EXPECT_EQ(problem([&] { list->fill(buffer, 2, 8, 0); }),
            "fill: offset 2 and size 8 must be multiples of 4");
  EXPECT_EQ(problem([&] {
              const std::uint32_t tooMany[17] = {};
              list->pushConstants(tooMany, sizeof tooMany);
            }),
            "pushConstants: 68 bytes; give a multiple of 4 up to 64");
  // The first problem wins; what follows it is not recorded.
  EXPECT_EQ(problem([&] {
              list->fill(buffer, 2, 8, 0);
              list->dispatch(set, 10, 32);
            }),
            "fill: offset 2 and size 8 must be multiples of 4");

  EXPECT_FALSE(context->submit(*list, error)); // its last recording failed
  EXPECT_EQ(error, "submit() of a command list that has not been recorded: begin(), record, end()");
  EXPECT_TRUE(context->wait(*list, error)); // not running: nothing to wait for
  EXPECT_FALSE(list->end(error));
  EXPECT_EQ(error, "end() on a command list that is not recording: call begin() first");
}

TEST_F(GpuTest, WaitTimesOutWithAnErrorAndCanWaitAgain) {
  // Enough work that it is still running right after submit; a zero timeout then expires.
  constexpr std::uint32_t kCount = 1U << 20;
  const PipelineId slow = pipeline(shader(64, kFloatBuffer, R"(
  float x = values[index];
  for (uint k = 0; k < push.iterations; ++k)
    x = x * 0.5 + 1.0;
  values[index] = x;)"));
  const BufferId values = bufferWith(std::vector<float>(kCount, 1.0F));
  std::string error;
  ASSERT_TRUE(context->bind(0, values, error)) << error;
  CommandList *list = context->createCommandList(error);
  ASSERT_NE(list, nullptr) << error;
  ASSERT_TRUE(list->begin(error)) << error;
  const Push push{kCount, 3000};
  list->pushConstants(&push, sizeof push);
  list->dispatch(slow, kCount, 64);
  ASSERT_TRUE(list->end(error)) << error;
  ASSERT_TRUE(context->submit(*list, error)) << error;
  context->setWaitTimeout(std::chrono::nanoseconds(0));
  EXPECT_FALSE(context->wait(*list, error));
  EXPECT_EQ(error.rfind("the GPU did not finish a batch within 0 s on ", 0), 0U) << error;
  EXPECT_FALSE(list->begin(error));
  EXPECT_EQ(error, "begin() on a command list that is still running: wait() for it first");
  EXPECT_FALSE(context->submit(*list, error));
  context->setWaitTimeout(Context::kDefaultWaitTimeout);
  EXPECT_TRUE(context->wait(*list, error)) << error;
  EXPECT_EQ(contents<float>(values, 1)[0], 2.0F);
}
