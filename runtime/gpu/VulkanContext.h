// A small Vulkan compute layer for the GPU engine: pick a device, allocate storage buffers,
// create compute pipelines from SPIR-V, record many steps into command lists and run them.
// Every failure comes back as false / nullopt / nullptr with one sentence in `error`; nothing
// here aborts or throws. No Vulkan header leaks out of this file: the loader is opened at run
// time (VulkanLoader.h), so a program linking this library still starts without Vulkan.
//
// Not thread-safe: one thread drives a Context and its command lists.
//
// Environment:
//   FLUX_GPU_MEMORY_LIMIT=BYTES   (a testing knob) caps memoryBudgetBytes() below the device's
//                                 memory, to exercise the out-of-memory errors on any machine.
//   FLUX_VULKAN_VALIDATION=1      enables VK_LAYER_KHRONOS_validation when it is installed.
#pragma once

#include "gpu/CommandList.h"

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace flux::rt::gpu {

/// A Vulkan physical device as listDevices and error messages show it.
struct DeviceInfo {
  std::uint32_t index = 0; ///< its position in Vulkan's enumeration: what --device N selects
  std::string name;        ///< e.g. "llvmpipe (LLVM 15.0.6, 256 bits)"
  bool discrete = false;   ///< a discrete GPU
  bool integrated = false; ///< an integrated GPU
  bool cpu = false;        ///< a CPU implementation such as lavapipe
  std::uint64_t deviceLocalBytes = 0;      ///< size of its largest device-local memory heap
  std::uint64_t maxStorageBufferRange = 0; ///< the most bytes one storage-buffer binding covers
  bool float64 = false;                    ///< shaderFloat64, which Flux's shaders need
};

/// "0 llvmpipe (LLVM 15.0.6, 256 bits) [cpu]": index, name and kind.
std::string describeDevice(const DeviceInfo &device);

/// Every Vulkan device of the machine, in Vulkan's order. Empty when there is none or Vulkan is
/// unusable; `error` then says why and what to install.
std::vector<DeviceInfo> listDevices(std::string &error);

/// The kind of memory behind a buffer.
enum class BufferKind {
  /// Device-local storage buffer, also a copy source and destination. The host reaches it
  /// through upload and download.
  Device,
  /// Host-visible (host-cached when the device has such memory), persistently mapped storage
  /// buffer, also a copy source and destination: what the host reads after a batch, through
  /// readbackData, without a download.
  Readback,
};

/// Handles into a Context; valid until destroyed or until the Context goes.
enum class BufferId : std::uint32_t {};
enum class PipelineId : std::uint32_t {};

/// One Vulkan device with one compute queue, the buffers, pipelines and command lists on it.
///
/// All pipelines share one pipeline layout: descriptor set 0 holds storage buffers at bindings
/// 0 .. bindingCount()-1, and a 64-byte push-constant range is visible to the compute stage.
/// Shaders must declare their buffers as `layout(std430, set = 0, binding = N) buffer`, their
/// push constants as one `layout(push_constant) uniform` block of at most 64 bytes, and a
/// one-dimensional, fixed local size `layout(local_size_x = L) in;`.
class Context {
public:
  /// The push-constant bytes every pipeline may use (Vulkan guarantees 128; half is plenty).
  static constexpr std::uint32_t kPushConstantBytes = 64;
  /// The binding count until setBindingCount changes it (the device's limit if lower).
  static constexpr std::uint32_t kDefaultBindingCount = 8;
  /// How long wait() waits for one command list before giving up with an error.
  static constexpr std::chrono::minutes kDefaultWaitTimeout{10};

  /// Opens device `deviceIndex` (as listDevices numbers them), or with -1 the best one: a
  /// discrete GPU, else an integrated one, else any other, else a CPU device (lavapipe). The
  /// device must support Vulkan 1.1, a compute queue and shaderFloat64 (enabled here). Fails
  /// with a message listing the devices when the index does not exist, and with one saying what
  /// to install when there is no Vulkan device at all.
  static std::unique_ptr<Context> create(int deviceIndex, std::string &error);
  /// Waits for the device to finish, then destroys everything in reverse order of creation.
  ~Context();
  Context(const Context &) = delete;
  Context &operator=(const Context &) = delete;

  /// The chosen device.
  const DeviceInfo &device() const;
  /// Bytes of buffers the Context may allocate in total: the largest device-local heap, or
  /// FLUX_GPU_MEMORY_LIMIT (read once, by create) when that is lower.
  std::uint64_t memoryBudgetBytes() const;
  /// Bytes of the buffers created and not destroyed (their allocations, so a little more than
  /// their sizes).
  std::uint64_t allocatedBytes() const;
  /// Checks, allocating nothing, that `bytes` more fit in the budget, before a caller allocates
  /// a whole network. Fails with "the network needs 1234.5 MiB of GPU memory; llvmpipe (...)
  /// has 512.0 MiB (...)" and how much of it is in use.
  bool reserve(std::uint64_t bytes, std::string &error) const;

  /// The most bytes one binding may cover (maxStorageBufferRange: 128 MiB on lavapipe, often
  /// 4 GiB - 1 on GPUs). Split larger arrays over several bindings.
  std::uint64_t maxBindingBytes() const;
  /// The alignment bindRange needs for its offset (minStorageBufferOffsetAlignment).
  std::uint64_t bindingOffsetAlignment() const;
  /// The most groups dispatch may use in x and in y (maxComputeWorkGroupCount; 65535 on
  /// lavapipe and on many GPUs).
  std::uint32_t maxGroupsX() const;
  std::uint32_t maxGroupsY() const;

  /// A buffer of `bytes` (> 0) bytes, its contents undefined. Fails, never crashes, when it
  /// does not fit the memory budget or the driver is out of memory, naming the device and the
  /// sizes. A buffer may be larger than maxBindingBytes() (for copies, or bound in parts with
  /// bindRange).
  std::optional<BufferId> createBuffer(std::uint64_t bytes, BufferKind kind, std::string &error);
  /// Waits until the queue is idle, then frees the buffer and clears the bindings that refer to
  /// it. Recorded command lists that use it must be recorded again before they are submitted.
  void destroyBuffer(BufferId buffer);
  /// The size given to createBuffer.
  std::uint64_t bufferBytes(BufferId buffer) const;

  /// Copies `bytes` from the host into a buffer at `offset`, through a staging buffer, and
  /// waits for it. Ordered after everything submitted earlier. Any kind of buffer.
  bool upload(BufferId buffer, std::uint64_t offset, const void *data, std::uint64_t bytes,
              std::string &error);
  /// Copies `bytes` from a buffer at `offset` to the host, through the staging buffer, after
  /// everything submitted earlier has finished writing it.
  bool download(BufferId buffer, std::uint64_t offset, void *data, std::uint64_t bytes,
                std::string &error);
  /// The mapped contents of a Readback buffer (nullptr for a Device buffer). What the GPU wrote
  /// is visible here once wait() has returned for the command list that wrote it.
  const void *readbackData(BufferId buffer) const;

  /// Sets the number of storage-buffer bindings of the shared layout. Only before the first
  /// createPipeline; at most the device's maxPerStageDescriptorStorageBuffers.
  bool setBindingCount(std::uint32_t count, std::string &error);
  std::uint32_t bindingCount() const;

  /// A compute pipeline from a SPIR-V module and its entry point. Fails when the module does not
  /// fit the shared layout (a descriptor set other than 0, a binding past bindingCount(), a
  /// binding that is not a storage buffer, a local size that is not (L, 1, 1) with a fixed L),
  /// or when the driver rejects it.
  std::optional<PipelineId> createPipeline(std::span<const std::uint32_t> spirv,
                                           const char *entryPoint, std::string &error);
  /// The local size L of a pipeline's shader.
  std::uint32_t localSize(PipelineId pipeline) const;

  /// Binds the whole of `buffer` to `binding` for the dispatches recorded from now on (a
  /// dispatch captures the bindings as they are when it is recorded, so rebinding never
  /// disturbs a command list already recorded or running). Fails when the buffer is larger
  /// than maxBindingBytes().
  bool bind(std::uint32_t binding, BufferId buffer, std::string &error);
  /// Binds `bytes` of `buffer` from `offset` (a multiple of bindingOffsetAlignment()).
  bool bindRange(std::uint32_t binding, BufferId buffer, std::uint64_t offset, std::uint64_t bytes,
                 std::string &error);

  /// A new, empty command list, owned by the Context (it lives as long as the Context).
  CommandList *createCommandList(std::string &error);
  /// Starts running an ended command list and returns at once. A list that has finished (after
  /// wait) may be submitted again as it is.
  bool submit(CommandList &list, std::string &error);
  /// Blocks until a submitted list has finished; true at once for a list not running. Fails
  /// when the device is lost or the list runs past the wait timeout (the list then still counts
  /// as running). On success the Readback buffers show what the list wrote.
  bool wait(CommandList &list, std::string &error);
  /// Replaces kDefaultWaitTimeout.
  void setWaitTimeout(std::chrono::nanoseconds timeout);

  struct State; // Vulkan handles and bookkeeping, private to runtime/gpu

private:
  explicit Context(std::unique_ptr<State> state);
  std::unique_ptr<State> state;
  friend class CommandList;
};

} // namespace flux::rt::gpu
