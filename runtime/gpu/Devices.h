// Finding the Vulkan devices and choosing one: the instance, what each device offers, the
// automatic choice and the errors that list the devices. Private to runtime/gpu.
#pragma once

#include "gpu/VulkanContext.h"
#include "gpu/VulkanLoader.h"

#include <optional>
#include <string>
#include <vector>

namespace flux::rt::gpu {

/// A physical device and whether Flux can use it.
struct Candidate {
  VkPhysicalDevice handle = VK_NULL_HANDLE;
  DeviceInfo info;
  VkPhysicalDeviceType type = VK_PHYSICAL_DEVICE_TYPE_OTHER;
  std::optional<std::uint32_t> computeFamily;
  std::string unusable; // why Flux cannot use it; empty when it can
};

/// A Vulkan 1.1 instance with its instance functions loaded, and the validation layer when
/// FLUX_VULKAN_VALIDATION=1 and it is installed; VK_NULL_HANDLE with an error otherwise (with
/// no Vulkan driver: what to install).
VkInstance createInstance(VulkanLoader &vk, std::string &error);

/// The devices of `instance`; empty with an error when there is none.
std::vector<Candidate> examineAll(const VulkanLoader &vk, VkInstance instance, std::string &error);

/// Device `deviceIndex`, or with -1 the most capable usable one (discrete, integrated, other,
/// CPU); nullptr with an error naming the devices when there is no such usable device.
const Candidate *choose(const std::vector<Candidate> &candidates, int deviceIndex,
                        std::string &error);

} // namespace flux::rt::gpu
