// What a Context and its command lists hold: the Vulkan handles and the bookkeeping that the
// .cpp files of runtime/gpu share. Private to runtime/gpu.
#pragma once

#include "gpu/VulkanContext.h"
#include "gpu/VulkanLoader.h"

#include <array>
#include <vector>

namespace flux::rt::gpu {

struct Buffer {
  VkBuffer buffer = VK_NULL_HANDLE;
  VkDeviceMemory memory = VK_NULL_HANDLE;
  std::uint64_t bytes = 0;          // as asked for
  std::uint64_t allocatedBytes = 0; // as allocated, what the budget counts
  BufferKind kind = BufferKind::Device;
  void *mapped = nullptr; // Readback buffers and the staging buffer
  bool coherent = true;   // false: invalidate before the host reads
};

struct Pipeline {
  VkPipeline pipeline = VK_NULL_HANDLE;
  std::uint32_t localSize = 1;
  std::vector<std::uint32_t> bindings; // the bindings the shader declares
};

/// A descriptor as bind/bindRange set it; `buffer` empty when unbound.
struct Binding {
  std::optional<BufferId> buffer;
  std::uint64_t offset = 0;
  std::uint64_t bytes = 0;
};

struct Context::State {
  std::unique_ptr<VulkanLoader> vk;
  VkInstance instance = VK_NULL_HANDLE;
  VkPhysicalDevice physicalDevice = VK_NULL_HANDLE;
  VkDevice device = VK_NULL_HANDLE;
  VkQueue queue = VK_NULL_HANDLE;
  std::uint32_t queueFamily = 0;
  DeviceInfo info;
  VkPhysicalDeviceLimits limits{};
  VkPhysicalDeviceMemoryProperties memory{};

  std::uint64_t budgetBytes = 0;
  std::uint64_t environmentLimit = 0; // FLUX_GPU_MEMORY_LIMIT, 0 when unset
  std::uint64_t allocatedBytes = 0;
  bool deviceLost = false;
  std::chrono::nanoseconds waitTimeout = kDefaultWaitTimeout;

  // The shared layout; rebuilt by setBindingCount until the first pipeline.
  std::uint32_t bindingCount = 0;
  VkDescriptorSetLayout setLayout = VK_NULL_HANDLE;
  VkPipelineLayout pipelineLayout = VK_NULL_HANDLE;

  std::vector<std::optional<Buffer>> buffers; // by BufferId; nullopt once destroyed
  std::vector<Pipeline> pipelines;            // by PipelineId
  std::vector<Binding> bindings;              // by binding number
  std::uint64_t bindingsVersion = 1;          // bumped by every bind, so lists see changes
  std::vector<std::unique_ptr<CommandList>> commandLists;

  // upload / download: a host-visible staging buffer and a command buffer of their own.
  std::optional<Buffer> staging;
  VkCommandPool transferPool = VK_NULL_HANDLE;
  VkCommandBuffer transferCommands = VK_NULL_HANDLE;
  VkFence transferFence = VK_NULL_HANDLE;

  /// The live buffer `id`, or nullptr.
  Buffer *buffer(BufferId id);
  const Buffer *buffer(BufferId id) const;
  /// False with an error once the device is lost: nothing can run on it any more.
  bool usable(std::string &error) const;
  /// An error for `result` from `what` ("vkQueueSubmit"); marks the device lost if it is.
  std::string failure(const char *what, VkResult result);
  /// A memory type in `typeBits` with all of `required` and as many of `preferred` as any has.
  std::optional<std::uint32_t> memoryType(std::uint32_t typeBits, VkMemoryPropertyFlags required,
                                          VkMemoryPropertyFlags preferred) const;
  /// A buffer with its own memory, mapped if host-visible. `kind` decides usage and memory.
  std::optional<Buffer> allocate(std::uint64_t bytes, BufferKind kind, bool staging,
                                 std::string &error);
  void release(Buffer &buffer);
  /// "llvmpipe (...) has 512.0 MiB (limited by ...), 3.0 MiB of it in use": for memory errors.
  std::string memoryReport() const;
  /// (Re)creates the shared layout with `count` storage-buffer bindings, all unbound.
  bool createLayout(std::uint32_t count, std::string &error);
  /// Waits for a fence for at most waitTimeout.
  bool waitFence(VkFence fence, const char *what, std::string &error);
  /// Submits one recorded command buffer to the queue, signalling `fence`.
  bool submitOne(VkCommandBuffer commands, VkFence fence, std::string &error);
};

struct CommandList::State {
  VkCommandPool pool = VK_NULL_HANDLE;
  VkCommandBuffer commands = VK_NULL_HANDLE;
  VkFence fence = VK_NULL_HANDLE;
  std::vector<VkDescriptorPool> descriptorPools; // grown as dispatches need sets
  std::size_t poolsInUse = 0;
  enum class Phase { Empty, Recording, Ended, Running } phase = Phase::Empty;
  std::string problem;            // the first recording problem
  std::uint64_t boundVersion = 0; // Context::State::bindingsVersion of the set bound last
  std::optional<PipelineId> boundPipeline;
};

/// MiB with one decimal, for messages: "1234.5".
std::string mebibytes(std::uint64_t bytes);

} // namespace flux::rt::gpu
