// Device discovery and choice (Devices.h), listDevices and describeDevice.
#include "gpu/Devices.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>

namespace flux::rt::gpu {

namespace {

constexpr const char *kNoDevice = "no Vulkan device found: install a GPU driver, or Mesa's "
                                  "lavapipe (mesa-vulkan-drivers) to run on the CPU";
constexpr const char *kValidationLayer = "VK_LAYER_KHRONOS_validation";

bool validationRequested() {
  const char *value = std::getenv("FLUX_VULKAN_VALIDATION");
  return value != nullptr && std::strcmp(value, "1") == 0;
}

bool layerInstalled(const VulkanLoader &vk, const char *name) {
  std::uint32_t count = 0;
  if (vk.vkEnumerateInstanceLayerProperties(&count, nullptr) != VK_SUCCESS)
    return false;
  std::vector<VkLayerProperties> layers(count);
  if (vk.vkEnumerateInstanceLayerProperties(&count, layers.data()) != VK_SUCCESS)
    return false;
  return std::any_of(layers.begin(), layers.end(), [name](const VkLayerProperties &layer) {
    return std::strcmp(layer.layerName, name) == 0;
  });
}

Candidate examine(const VulkanLoader &vk, VkPhysicalDevice handle, std::uint32_t index) {
  Candidate c;
  c.handle = handle;
  VkPhysicalDeviceProperties properties{};
  vk.vkGetPhysicalDeviceProperties(handle, &properties);
  VkPhysicalDeviceFeatures features{};
  vk.vkGetPhysicalDeviceFeatures(handle, &features);
  VkPhysicalDeviceMemoryProperties memory{};
  vk.vkGetPhysicalDeviceMemoryProperties(handle, &memory);
  c.type = properties.deviceType;
  c.info.index = index;
  c.info.name = properties.deviceName;
  c.info.discrete = c.type == VK_PHYSICAL_DEVICE_TYPE_DISCRETE_GPU;
  c.info.integrated = c.type == VK_PHYSICAL_DEVICE_TYPE_INTEGRATED_GPU;
  c.info.cpu = c.type == VK_PHYSICAL_DEVICE_TYPE_CPU;
  c.info.maxStorageBufferRange = properties.limits.maxStorageBufferRange;
  c.info.float64 = features.shaderFloat64 == VK_TRUE;
  for (std::uint32_t h = 0; h < memory.memoryHeapCount; ++h)
    if ((memory.memoryHeaps[h].flags & VK_MEMORY_HEAP_DEVICE_LOCAL_BIT) != 0)
      c.info.deviceLocalBytes = std::max(c.info.deviceLocalBytes, memory.memoryHeaps[h].size);
  std::uint32_t familyCount = 0;
  vk.vkGetPhysicalDeviceQueueFamilyProperties(handle, &familyCount, nullptr);
  std::vector<VkQueueFamilyProperties> families(familyCount);
  vk.vkGetPhysicalDeviceQueueFamilyProperties(handle, &familyCount, families.data());
  for (std::uint32_t f = 0; f < familyCount && !c.computeFamily; ++f)
    if ((families[f].queueFlags & VK_QUEUE_COMPUTE_BIT) != 0 && families[f].queueCount > 0)
      c.computeFamily = f;
  if (properties.apiVersion < VK_API_VERSION_1_1)
    c.unusable = "its driver supports only Vulkan 1.0 and Flux needs 1.1";
  else if (!c.computeFamily)
    c.unusable = "it has no compute queue";
  else if (!c.info.float64)
    c.unusable = "it does not support 64-bit floats in shaders (shaderFloat64), which Flux's "
                 "shaders use";
  return c;
}

/// "1 Vulkan device: 0 llvmpipe (LLVM 15.0.6, 256 bits) [cpu]".
std::string deviceList(const std::vector<Candidate> &candidates) {
  std::string text = std::to_string(candidates.size()) + " Vulkan device" +
                     (candidates.size() == 1 ? "" : "s") + ": ";
  for (std::size_t i = 0; i < candidates.size(); ++i)
    text += (i == 0 ? "" : "; ") + describeDevice(candidates[i].info);
  return text;
}

/// Smaller is better: discrete, integrated, virtual or other, CPU.
int preference(VkPhysicalDeviceType type) {
  switch (type) {
  case VK_PHYSICAL_DEVICE_TYPE_DISCRETE_GPU:
    return 0;
  case VK_PHYSICAL_DEVICE_TYPE_INTEGRATED_GPU:
    return 1;
  case VK_PHYSICAL_DEVICE_TYPE_CPU:
    return 3;
  default:
    return 2;
  }
}

} // namespace

VkInstance createInstance(VulkanLoader &vk, std::string &error) {
  if (vk.instanceVersion() < VK_API_VERSION_1_1) {
    error = "the Vulkan loader supports only Vulkan 1.0 and Flux needs 1.1: update libvulkan1";
    return VK_NULL_HANDLE;
  }
  VkApplicationInfo application{};
  application.sType = VK_STRUCTURE_TYPE_APPLICATION_INFO;
  application.pApplicationName = "flux";
  application.pEngineName = "flux";
  application.apiVersion = VK_API_VERSION_1_1;
  std::vector<const char *> layers;
  if (validationRequested() && layerInstalled(vk, kValidationLayer))
    layers.push_back(kValidationLayer);
  VkInstanceCreateInfo create{};
  create.sType = VK_STRUCTURE_TYPE_INSTANCE_CREATE_INFO;
  create.pApplicationInfo = &application;
  create.enabledLayerCount = static_cast<std::uint32_t>(layers.size());
  create.ppEnabledLayerNames = layers.data();
  VkInstance instance = VK_NULL_HANDLE;
  const VkResult result = vk.vkCreateInstance(&create, nullptr, &instance);
  if (result == VK_ERROR_INCOMPATIBLE_DRIVER) { // the loader found no driver
    error = kNoDevice;
    return VK_NULL_HANDLE;
  }
  if (result != VK_SUCCESS) {
    error = "cannot start Vulkan: vkCreateInstance failed with " + resultName(result);
    return VK_NULL_HANDLE;
  }
  if (!vk.loadInstanceFunctions(instance, error)) {
    if (vk.vkDestroyInstance != nullptr)
      vk.vkDestroyInstance(instance, nullptr);
    return VK_NULL_HANDLE;
  }
  return instance;
}

std::vector<Candidate> examineAll(const VulkanLoader &vk, VkInstance instance, std::string &error) {
  std::uint32_t count = 0;
  VkResult result = vk.vkEnumeratePhysicalDevices(instance, &count, nullptr);
  std::vector<VkPhysicalDevice> handles(count);
  if (result == VK_SUCCESS && count > 0)
    result = vk.vkEnumeratePhysicalDevices(instance, &count, handles.data());
  if (result != VK_SUCCESS && result != VK_INCOMPLETE) {
    error = "cannot list the Vulkan devices: vkEnumeratePhysicalDevices failed with " +
            resultName(result);
    return {};
  }
  if (count == 0) {
    error = kNoDevice;
    return {};
  }
  std::vector<Candidate> candidates;
  for (std::uint32_t i = 0; i < count; ++i)
    candidates.push_back(examine(vk, handles[i], i));
  return candidates;
}

const Candidate *choose(const std::vector<Candidate> &candidates, int deviceIndex,
                        std::string &error) {
  if (deviceIndex >= 0 && static_cast<std::size_t>(deviceIndex) < candidates.size()) {
    const Candidate &c = candidates[static_cast<std::size_t>(deviceIndex)];
    if (c.unusable.empty())
      return &c;
    error = "device " + describeDevice(c.info) + " cannot run Flux: " + c.unusable;
    return nullptr;
  }
  if (deviceIndex != -1) {
    error = "device " + std::to_string(deviceIndex) + " does not exist; this machine has " +
            deviceList(candidates);
    return nullptr;
  }
  const Candidate *best = nullptr;
  for (const Candidate &c : candidates)
    if (c.unusable.empty() && (best == nullptr || preference(c.type) < preference(best->type)))
      best = &c;
  if (best == nullptr) {
    error = "no Vulkan device can run Flux:";
    for (const Candidate &c : candidates)
      error += " device " + describeDevice(c.info) + ": " + c.unusable + ";";
    error.pop_back();
  }
  return best;
}

std::string describeDevice(const DeviceInfo &device) {
  const char *kind = device.discrete     ? "discrete"
                     : device.integrated ? "integrated"
                     : device.cpu        ? "cpu"
                                         : "other";
  return std::to_string(device.index) + " " + device.name + " [" + kind + "]";
}

std::vector<DeviceInfo> listDevices(std::string &error) {
  std::unique_ptr<VulkanLoader> vk = VulkanLoader::open(error);
  if (!vk)
    return {};
  const VkInstance instance = createInstance(*vk, error);
  if (instance == VK_NULL_HANDLE)
    return {};
  std::vector<DeviceInfo> devices;
  for (const Candidate &c : examineAll(*vk, instance, error))
    devices.push_back(c.info);
  vk->vkDestroyInstance(instance, nullptr);
  return devices;
}

} // namespace flux::rt::gpu
