// VulkanLoader: dlopen the loader, then vkGetInstanceProcAddr / vkGetDeviceProcAddr for every
// function runtime/gpu calls; a missing one is an error, never a null call later.
#include "gpu/VulkanLoader.h"

#include <dlfcn.h>

namespace flux::rt::gpu {

namespace {

constexpr const char *kNoLoader =
    "no Vulkan loader found (libvulkan.so.1): install libvulkan1 with a GPU driver, or with "
    "Mesa's lavapipe (mesa-vulkan-drivers) to run on the CPU";

std::string missingFunction(const char *name) {
  return std::string("the Vulkan driver does not provide ") + name +
         "; update the GPU driver or the Vulkan loader";
}

} // namespace

std::unique_ptr<VulkanLoader> VulkanLoader::open(std::string &error) {
  std::unique_ptr<VulkanLoader> loader(new VulkanLoader());
  for (const char *name : {"libvulkan.so.1", "libvulkan.so"}) {
    loader->library = ::dlopen(name, RTLD_NOW | RTLD_LOCAL);
    if (loader->library != nullptr)
      break;
  }
  if (loader->library == nullptr) {
    error = kNoLoader;
    return nullptr;
  }
  loader->vkGetInstanceProcAddr = reinterpret_cast<PFN_vkGetInstanceProcAddr>(
      ::dlsym(loader->library, "vkGetInstanceProcAddr"));
  if (loader->vkGetInstanceProcAddr == nullptr) {
    error = kNoLoader;
    return nullptr;
  }
#define FLUX_VK_LOAD(name)                                                                         \
  loader->name = reinterpret_cast<PFN_##name>(loader->vkGetInstanceProcAddr(nullptr, #name));      \
  if (loader->name == nullptr) {                                                                   \
    error = missingFunction(#name);                                                                \
    return nullptr;                                                                                \
  }
  FLUX_VK_GLOBAL_FUNCTIONS(FLUX_VK_LOAD)
#undef FLUX_VK_LOAD
  return loader;
}

VulkanLoader::~VulkanLoader() {
  if (library != nullptr)
    ::dlclose(library);
}

bool VulkanLoader::loadInstanceFunctions(VkInstance instance, std::string &error) {
#define FLUX_VK_LOAD(name)                                                                         \
  (name) = reinterpret_cast<PFN_##name>(vkGetInstanceProcAddr(instance, #name));                   \
  if ((name) == nullptr) {                                                                         \
    error = missingFunction(#name);                                                                \
    return false;                                                                                  \
  }
  FLUX_VK_INSTANCE_FUNCTIONS(FLUX_VK_LOAD)
#undef FLUX_VK_LOAD
  return true;
}

bool VulkanLoader::loadDeviceFunctions(VkDevice device, std::string &error) {
#define FLUX_VK_LOAD(name)                                                                         \
  (name) = reinterpret_cast<PFN_##name>(vkGetDeviceProcAddr(device, #name));                       \
  if ((name) == nullptr) {                                                                         \
    error = missingFunction(#name);                                                                \
    return false;                                                                                  \
  }
  FLUX_VK_DEVICE_FUNCTIONS(FLUX_VK_LOAD)
#undef FLUX_VK_LOAD
  return true;
}

std::uint32_t VulkanLoader::instanceVersion() const {
  // vkEnumerateInstanceVersion is itself new in 1.1: a 1.0 loader does not have it.
  const auto enumerateVersion = reinterpret_cast<PFN_vkEnumerateInstanceVersion>(
      vkGetInstanceProcAddr(nullptr, "vkEnumerateInstanceVersion"));
  std::uint32_t version = VK_API_VERSION_1_0;
  if (enumerateVersion == nullptr || enumerateVersion(&version) != VK_SUCCESS)
    return VK_API_VERSION_1_0;
  return version;
}

std::string resultName(VkResult result) {
  switch (result) {
  case VK_SUCCESS:
    return "VK_SUCCESS";
  case VK_NOT_READY:
    return "VK_NOT_READY";
  case VK_TIMEOUT:
    return "VK_TIMEOUT";
  case VK_INCOMPLETE:
    return "VK_INCOMPLETE";
  case VK_ERROR_OUT_OF_HOST_MEMORY:
    return "VK_ERROR_OUT_OF_HOST_MEMORY";
  case VK_ERROR_OUT_OF_DEVICE_MEMORY:
    return "VK_ERROR_OUT_OF_DEVICE_MEMORY";
  case VK_ERROR_INITIALIZATION_FAILED:
    return "VK_ERROR_INITIALIZATION_FAILED";
  case VK_ERROR_DEVICE_LOST:
    return "VK_ERROR_DEVICE_LOST";
  case VK_ERROR_MEMORY_MAP_FAILED:
    return "VK_ERROR_MEMORY_MAP_FAILED";
  case VK_ERROR_LAYER_NOT_PRESENT:
    return "VK_ERROR_LAYER_NOT_PRESENT";
  case VK_ERROR_EXTENSION_NOT_PRESENT:
    return "VK_ERROR_EXTENSION_NOT_PRESENT";
  case VK_ERROR_FEATURE_NOT_PRESENT:
    return "VK_ERROR_FEATURE_NOT_PRESENT";
  case VK_ERROR_INCOMPATIBLE_DRIVER:
    return "VK_ERROR_INCOMPATIBLE_DRIVER";
  case VK_ERROR_TOO_MANY_OBJECTS:
    return "VK_ERROR_TOO_MANY_OBJECTS";
  case VK_ERROR_FRAGMENTED_POOL:
    return "VK_ERROR_FRAGMENTED_POOL";
  case VK_ERROR_OUT_OF_POOL_MEMORY:
    return "VK_ERROR_OUT_OF_POOL_MEMORY";
  case VK_ERROR_INVALID_SHADER_NV:
    return "VK_ERROR_INVALID_SHADER_NV";
  default:
    return "VkResult " + std::to_string(static_cast<int>(result));
  }
}

} // namespace flux::rt::gpu
