// Context set-up and teardown: the logical device with one compute queue and shaderFloat64 on the
// device Devices.h chooses, the shared layout, the memory budget and the messages about it.
#include "gpu/ContextState.h"
#include "gpu/Devices.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace flux::rt::gpu {

namespace {

/// FLUX_GPU_MEMORY_LIMIT in bytes, 0 when unset; false when it is not a positive integer.
bool readMemoryLimit(std::uint64_t &limit, std::string &error) {
  limit = 0;
  const char *value = std::getenv("FLUX_GPU_MEMORY_LIMIT");
  if (value == nullptr || *value == '\0')
    return true;
  const char *end = value + std::strlen(value);
  const auto [next, status] = std::from_chars(value, end, limit);
  if (status != std::errc() || next != end || limit == 0) {
    error = std::string("FLUX_GPU_MEMORY_LIMIT must be a positive number of bytes, not '") + value +
            "'";
    return false;
  }
  return true;
}

/// The logical device, its queue, the layout and the transfer objects of a new Context.
bool openDevice(Context::State &s, const Candidate &chosen, std::string &error) {
  const float priority = 1.0F;
  VkDeviceQueueCreateInfo queueInfo{};
  queueInfo.sType = VK_STRUCTURE_TYPE_DEVICE_QUEUE_CREATE_INFO;
  queueInfo.queueFamilyIndex = *chosen.computeFamily;
  queueInfo.queueCount = 1;
  queueInfo.pQueuePriorities = &priority;
  VkPhysicalDeviceFeatures features{};
  features.shaderFloat64 = VK_TRUE;
  VkDeviceCreateInfo deviceInfo{};
  deviceInfo.sType = VK_STRUCTURE_TYPE_DEVICE_CREATE_INFO;
  deviceInfo.queueCreateInfoCount = 1;
  deviceInfo.pQueueCreateInfos = &queueInfo;
  deviceInfo.pEnabledFeatures = &features;
  VkResult result = s.vk->vkCreateDevice(chosen.handle, &deviceInfo, nullptr, &s.device);
  if (result != VK_SUCCESS) {
    s.device = VK_NULL_HANDLE;
    error = "cannot open " + describeDevice(chosen.info) + ": vkCreateDevice failed with " +
            resultName(result);
    return false;
  }
  if (!s.vk->loadDeviceFunctions(s.device, error)) {
    // The destructor needs every device function; without them, only the device can go.
    if (s.vk->vkDestroyDevice != nullptr)
      s.vk->vkDestroyDevice(s.device, nullptr);
    s.device = VK_NULL_HANDLE;
    return false;
  }
  s.queueFamily = *chosen.computeFamily;
  s.vk->vkGetDeviceQueue(s.device, s.queueFamily, 0, &s.queue);
  if (!s.createLayout(
          std::min(Context::kDefaultBindingCount, s.limits.maxPerStageDescriptorStorageBuffers),
          error))
    return false;
  VkCommandPoolCreateInfo poolInfo{};
  poolInfo.sType = VK_STRUCTURE_TYPE_COMMAND_POOL_CREATE_INFO;
  poolInfo.queueFamilyIndex = s.queueFamily;
  result = s.vk->vkCreateCommandPool(s.device, &poolInfo, nullptr, &s.transferPool);
  if (result != VK_SUCCESS) {
    error = s.failure("vkCreateCommandPool", result);
    return false;
  }
  VkCommandBufferAllocateInfo allocateInfo{};
  allocateInfo.sType = VK_STRUCTURE_TYPE_COMMAND_BUFFER_ALLOCATE_INFO;
  allocateInfo.commandPool = s.transferPool;
  allocateInfo.level = VK_COMMAND_BUFFER_LEVEL_PRIMARY;
  allocateInfo.commandBufferCount = 1;
  result = s.vk->vkAllocateCommandBuffers(s.device, &allocateInfo, &s.transferCommands);
  if (result != VK_SUCCESS) {
    error = s.failure("vkAllocateCommandBuffers", result);
    return false;
  }
  VkFenceCreateInfo fenceInfo{};
  fenceInfo.sType = VK_STRUCTURE_TYPE_FENCE_CREATE_INFO;
  result = s.vk->vkCreateFence(s.device, &fenceInfo, nullptr, &s.transferFence);
  if (result != VK_SUCCESS) {
    error = s.failure("vkCreateFence", result);
    return false;
  }
  return true;
}

} // namespace

std::string mebibytes(std::uint64_t bytes) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", static_cast<double>(bytes) / (1024.0 * 1024.0));
  return text;
}

Context::Context(std::unique_ptr<State> s) : state(std::move(s)) {}

std::unique_ptr<Context> Context::create(int deviceIndex, std::string &error) {
  auto s = std::make_unique<State>();
  if (!readMemoryLimit(s->environmentLimit, error))
    return nullptr;
  s->vk = VulkanLoader::open(error);
  if (!s->vk)
    return nullptr;
  s->instance = createInstance(*s->vk, error);
  if (s->instance == VK_NULL_HANDLE)
    return nullptr;
  // From here on the Context's destructor cleans up whatever was created.
  std::unique_ptr<Context> context(new Context(std::move(s)));
  State &st = *context->state;
  const std::vector<Candidate> candidates = examineAll(*st.vk, st.instance, error);
  if (candidates.empty())
    return nullptr;
  const Candidate *chosen = choose(candidates, deviceIndex, error);
  if (chosen == nullptr)
    return nullptr;
  st.physicalDevice = chosen->handle;
  st.info = chosen->info;
  VkPhysicalDeviceProperties properties{};
  st.vk->vkGetPhysicalDeviceProperties(st.physicalDevice, &properties);
  st.limits = properties.limits;
  st.vk->vkGetPhysicalDeviceMemoryProperties(st.physicalDevice, &st.memory);
  st.budgetBytes = st.info.deviceLocalBytes;
  if (st.environmentLimit != 0)
    st.budgetBytes = std::min(st.budgetBytes, st.environmentLimit);
  if (!openDevice(st, *chosen, error))
    return nullptr;
  return context;
}

Context::~Context() {
  State &s = *state;
  if (s.device != VK_NULL_HANDLE) {
    // Even a lost device must be idle before its objects go; its wait returns at once.
    s.vk->vkDeviceWaitIdle(s.device);
    s.commandLists.clear();
    for (Pipeline &p : s.pipelines)
      s.vk->vkDestroyPipeline(s.device, p.pipeline, nullptr);
    if (s.pipelineLayout != VK_NULL_HANDLE)
      s.vk->vkDestroyPipelineLayout(s.device, s.pipelineLayout, nullptr);
    if (s.setLayout != VK_NULL_HANDLE)
      s.vk->vkDestroyDescriptorSetLayout(s.device, s.setLayout, nullptr);
    for (std::optional<Buffer> &b : s.buffers)
      if (b)
        s.release(*b);
    if (s.staging)
      s.release(*s.staging);
    if (s.transferFence != VK_NULL_HANDLE)
      s.vk->vkDestroyFence(s.device, s.transferFence, nullptr);
    if (s.transferPool != VK_NULL_HANDLE)
      s.vk->vkDestroyCommandPool(s.device, s.transferPool, nullptr);
    s.vk->vkDestroyDevice(s.device, nullptr);
  }
  if (s.instance != VK_NULL_HANDLE)
    s.vk->vkDestroyInstance(s.instance, nullptr);
}

const DeviceInfo &Context::device() const {
  return state->info;
}
std::uint64_t Context::memoryBudgetBytes() const {
  return state->budgetBytes;
}
std::uint64_t Context::allocatedBytes() const {
  return state->allocatedBytes;
}
std::uint64_t Context::maxBindingBytes() const {
  return state->limits.maxStorageBufferRange;
}
std::uint64_t Context::bindingOffsetAlignment() const {
  return state->limits.minStorageBufferOffsetAlignment;
}
std::uint32_t Context::maxGroupsX() const {
  return state->limits.maxComputeWorkGroupCount[0];
}
std::uint32_t Context::maxGroupsY() const {
  return state->limits.maxComputeWorkGroupCount[1];
}
void Context::setWaitTimeout(std::chrono::nanoseconds timeout) {
  state->waitTimeout = timeout;
}

bool Context::reserve(std::uint64_t bytes, std::string &error) const {
  const State &s = *state;
  if (s.allocatedBytes <= s.budgetBytes && bytes <= s.budgetBytes - s.allocatedBytes)
    return true;
  error = "the network needs " + mebibytes(bytes) + " MiB of GPU memory; " + s.memoryReport();
  return false;
}

std::string Context::State::memoryReport() const {
  std::string text = info.name + " has " + mebibytes(budgetBytes) + " MiB";
  if (environmentLimit != 0 && environmentLimit < info.deviceLocalBytes)
    text += " (limited by FLUX_GPU_MEMORY_LIMIT=" + std::to_string(environmentLimit) + ")";
  else
    text += " (its largest device-local memory heap)";
  if (allocatedBytes != 0)
    text += ", " + mebibytes(allocatedBytes) + " MiB of it already in use";
  return text;
}

bool Context::State::createLayout(std::uint32_t count, std::string &error) {
  State &s = *this;
  std::vector<VkDescriptorSetLayoutBinding> bindings(count);
  for (std::uint32_t b = 0; b < count; ++b) {
    bindings[b].binding = b;
    bindings[b].descriptorType = VK_DESCRIPTOR_TYPE_STORAGE_BUFFER;
    bindings[b].descriptorCount = 1;
    bindings[b].stageFlags = VK_SHADER_STAGE_COMPUTE_BIT;
  }
  VkDescriptorSetLayoutCreateInfo setInfo{};
  setInfo.sType = VK_STRUCTURE_TYPE_DESCRIPTOR_SET_LAYOUT_CREATE_INFO;
  setInfo.bindingCount = count;
  setInfo.pBindings = bindings.data();
  VkDescriptorSetLayout setLayout = VK_NULL_HANDLE;
  VkResult result = s.vk->vkCreateDescriptorSetLayout(s.device, &setInfo, nullptr, &setLayout);
  if (result != VK_SUCCESS) {
    error = s.failure("vkCreateDescriptorSetLayout", result);
    return false;
  }
  VkPushConstantRange push{};
  push.stageFlags = VK_SHADER_STAGE_COMPUTE_BIT;
  push.size = Context::kPushConstantBytes;
  VkPipelineLayoutCreateInfo layoutInfo{};
  layoutInfo.sType = VK_STRUCTURE_TYPE_PIPELINE_LAYOUT_CREATE_INFO;
  layoutInfo.setLayoutCount = 1;
  layoutInfo.pSetLayouts = &setLayout;
  layoutInfo.pushConstantRangeCount = 1;
  layoutInfo.pPushConstantRanges = &push;
  VkPipelineLayout pipelineLayout = VK_NULL_HANDLE;
  result = s.vk->vkCreatePipelineLayout(s.device, &layoutInfo, nullptr, &pipelineLayout);
  if (result != VK_SUCCESS) {
    s.vk->vkDestroyDescriptorSetLayout(s.device, setLayout, nullptr);
    error = s.failure("vkCreatePipelineLayout", result);
    return false;
  }
  if (s.pipelineLayout != VK_NULL_HANDLE)
    s.vk->vkDestroyPipelineLayout(s.device, s.pipelineLayout, nullptr);
  if (s.setLayout != VK_NULL_HANDLE)
    s.vk->vkDestroyDescriptorSetLayout(s.device, s.setLayout, nullptr);
  s.setLayout = setLayout;
  s.pipelineLayout = pipelineLayout;
  s.bindingCount = count;
  s.bindings.assign(count, Binding{});
  ++s.bindingsVersion;
  return true;
}

bool Context::State::usable(std::string &error) const {
  if (!deviceLost)
    return true;
  error = "the GPU device " + info.name +
          " was lost earlier in this run; nothing more can run on "
          "it";
  return false;
}

std::string Context::State::failure(const char *what, VkResult result) {
  if (result == VK_ERROR_DEVICE_LOST) {
    deviceLost = true;
    return "the GPU device " + info.name + " was lost (" + what +
           " returned VK_ERROR_DEVICE_LOST): a shader may have run too long or accessed memory "
           "out of bounds";
  }
  if (result == VK_ERROR_OUT_OF_DEVICE_MEMORY || result == VK_ERROR_OUT_OF_HOST_MEMORY)
    return std::string("out of memory (") + what + " returned " + resultName(result) + "); " +
           memoryReport();
  return std::string(what) + " failed on " + info.name + " with " + resultName(result);
}

bool Context::State::submitOne(VkCommandBuffer commands, VkFence fence, std::string &error) {
  VkSubmitInfo submit{};
  submit.sType = VK_STRUCTURE_TYPE_SUBMIT_INFO;
  submit.commandBufferCount = 1;
  submit.pCommandBuffers = &commands;
  const VkResult result = vk->vkQueueSubmit(queue, 1, &submit, fence);
  if (result != VK_SUCCESS) {
    error = failure("vkQueueSubmit", result);
    return false;
  }
  return true;
}

bool Context::State::waitFence(VkFence fence, const char *what, std::string &error) {
  const auto nanoseconds = static_cast<std::uint64_t>(std::max<std::int64_t>(
      0, std::chrono::duration_cast<std::chrono::nanoseconds>(waitTimeout).count()));
  const VkResult result = vk->vkWaitForFences(device, 1, &fence, VK_TRUE, nanoseconds);
  if (result == VK_SUCCESS)
    return true;
  if (result == VK_TIMEOUT) {
    char seconds[32];
    std::snprintf(seconds, sizeof seconds, "%.3g",
                  std::chrono::duration<double>(waitTimeout).count());
    error = std::string("the GPU did not finish ") + what + " within " + seconds + " s on " +
            info.name +
            ": a shader may never end, or the batch is too long; run fewer steps "
            "per batch";
    return false;
  }
  error = failure("vkWaitForFences", result);
  return false;
}

} // namespace flux::rt::gpu
