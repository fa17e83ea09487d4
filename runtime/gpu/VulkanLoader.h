// The Vulkan loader (libvulkan.so.1) opened at run time rather than linked: a program built with
// the GPU backend still starts, and runs on the CPU, on a machine without Vulkan, and the
// missing loader becomes an error message instead of a failure to start. Private to runtime/gpu.
#pragma once

#include <vulkan/vulkan.h>

#include <memory>
#include <string>

// The functions runtime/gpu calls, by the level that loads them.
#define FLUX_VK_GLOBAL_FUNCTIONS(X)                                                                \
  X(vkCreateInstance)                                                                              \
  X(vkEnumerateInstanceLayerProperties)

#define FLUX_VK_INSTANCE_FUNCTIONS(X)                                                              \
  X(vkDestroyInstance)                                                                             \
  X(vkEnumeratePhysicalDevices)                                                                    \
  X(vkGetPhysicalDeviceProperties)                                                                 \
  X(vkGetPhysicalDeviceFeatures)                                                                   \
  X(vkGetPhysicalDeviceMemoryProperties)                                                           \
  X(vkGetPhysicalDeviceQueueFamilyProperties)                                                      \
  X(vkCreateDevice)                                                                                \
  X(vkGetDeviceProcAddr)

#define FLUX_VK_DEVICE_FUNCTIONS(X)                                                                \
  X(vkDestroyDevice)                                                                               \
  X(vkGetDeviceQueue)                                                                              \
  X(vkDeviceWaitIdle)                                                                              \
  X(vkQueueSubmit)                                                                                 \
  X(vkQueueWaitIdle)                                                                               \
  X(vkCreateBuffer)                                                                                \
  X(vkDestroyBuffer)                                                                               \
  X(vkGetBufferMemoryRequirements)                                                                 \
  X(vkAllocateMemory)                                                                              \
  X(vkFreeMemory)                                                                                  \
  X(vkBindBufferMemory)                                                                            \
  X(vkMapMemory)                                                                                   \
  X(vkInvalidateMappedMemoryRanges)                                                                \
  X(vkCreateShaderModule)                                                                          \
  X(vkDestroyShaderModule)                                                                         \
  X(vkCreateDescriptorSetLayout)                                                                   \
  X(vkDestroyDescriptorSetLayout)                                                                  \
  X(vkCreatePipelineLayout)                                                                        \
  X(vkDestroyPipelineLayout)                                                                       \
  X(vkCreateComputePipelines)                                                                      \
  X(vkDestroyPipeline)                                                                             \
  X(vkCreateDescriptorPool)                                                                        \
  X(vkDestroyDescriptorPool)                                                                       \
  X(vkResetDescriptorPool)                                                                         \
  X(vkAllocateDescriptorSets)                                                                      \
  X(vkUpdateDescriptorSets)                                                                        \
  X(vkCreateCommandPool)                                                                           \
  X(vkDestroyCommandPool)                                                                          \
  X(vkResetCommandPool)                                                                            \
  X(vkAllocateCommandBuffers)                                                                      \
  X(vkBeginCommandBuffer)                                                                          \
  X(vkEndCommandBuffer)                                                                            \
  X(vkCmdBindPipeline)                                                                             \
  X(vkCmdBindDescriptorSets)                                                                       \
  X(vkCmdPushConstants)                                                                            \
  X(vkCmdDispatch)                                                                                 \
  X(vkCmdPipelineBarrier)                                                                          \
  X(vkCmdCopyBuffer)                                                                               \
  X(vkCmdFillBuffer)                                                                               \
  X(vkCreateFence)                                                                                 \
  X(vkDestroyFence)                                                                                \
  X(vkResetFences)                                                                                 \
  X(vkWaitForFences)

namespace flux::rt::gpu {

/// The opened loader and the entry points, loaded level by level as the instance and the device
/// come to exist. One per Context (and one per listDevices call): nothing Vulkan is static.
class VulkanLoader {
public:
  /// Opens libvulkan.so.1 and loads the global functions. Fails with a message saying what to
  /// install when there is no loader.
  static std::unique_ptr<VulkanLoader> open(std::string &error);
  ~VulkanLoader();
  VulkanLoader(const VulkanLoader &) = delete;
  VulkanLoader &operator=(const VulkanLoader &) = delete;

  /// The instance-level functions of `instance`.
  bool loadInstanceFunctions(VkInstance instance, std::string &error);
  /// The device-level functions of `device` (after loadInstanceFunctions).
  bool loadDeviceFunctions(VkDevice device, std::string &error);

  /// The loader's Vulkan version (VK_API_VERSION_1_0 for a loader older than 1.1).
  std::uint32_t instanceVersion() const;

  PFN_vkGetInstanceProcAddr vkGetInstanceProcAddr = nullptr;
#define FLUX_VK_DECLARE(name) PFN_##name name = nullptr;
  FLUX_VK_GLOBAL_FUNCTIONS(FLUX_VK_DECLARE)
  FLUX_VK_INSTANCE_FUNCTIONS(FLUX_VK_DECLARE)
  FLUX_VK_DEVICE_FUNCTIONS(FLUX_VK_DECLARE)
#undef FLUX_VK_DECLARE

private:
  VulkanLoader() = default;
  void *library = nullptr;
};

/// "VK_ERROR_OUT_OF_DEVICE_MEMORY" and so on, for error messages.
std::string resultName(VkResult result);

} // namespace flux::rt::gpu
