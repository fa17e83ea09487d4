// Command lists: recording (with the first problem kept for end()), descriptor sets captured per
// dispatch, and submission with a fence per list so that lists alternate without waiting idle.
#include "gpu/ContextState.h"

namespace flux::rt::gpu {

namespace {

/// Descriptor sets per pool; a list that rebinds more often gets more pools.
constexpr std::uint32_t kSetsPerPool = 64;

constexpr VkPipelineStageFlags kWorkStages =
    VK_PIPELINE_STAGE_COMPUTE_SHADER_BIT | VK_PIPELINE_STAGE_TRANSFER_BIT;
constexpr VkAccessFlags kWorkWrites = VK_ACCESS_SHADER_WRITE_BIT | VK_ACCESS_TRANSFER_WRITE_BIT;
constexpr VkAccessFlags kWorkAccesses =
    kWorkWrites | VK_ACCESS_SHADER_READ_BIT | VK_ACCESS_TRANSFER_READ_BIT;

void memoryBarrier(const VulkanLoader &vk, VkCommandBuffer commands, VkPipelineStageFlags to,
                   VkAccessFlags toAccess) {
  VkMemoryBarrier barrier{};
  barrier.sType = VK_STRUCTURE_TYPE_MEMORY_BARRIER;
  barrier.srcAccessMask = kWorkWrites;
  barrier.dstAccessMask = toAccess;
  vk.vkCmdPipelineBarrier(commands, kWorkStages, to, 0, 1, &barrier, 0, nullptr, 0, nullptr);
}

/// A descriptor set from the list's pools, adding a pool when they are full.
VkDescriptorSet allocateSet(Context::State &s, CommandList::State &l, std::string &problem) {
  for (;;) {
    const bool fresh = l.poolsInUse == l.descriptorPools.size();
    if (fresh) {
      VkDescriptorPoolSize size{VK_DESCRIPTOR_TYPE_STORAGE_BUFFER, kSetsPerPool * s.bindingCount};
      VkDescriptorPoolCreateInfo info{};
      info.sType = VK_STRUCTURE_TYPE_DESCRIPTOR_POOL_CREATE_INFO;
      info.maxSets = kSetsPerPool;
      info.poolSizeCount = 1;
      info.pPoolSizes = &size;
      VkDescriptorPool pool = VK_NULL_HANDLE;
      const VkResult result = s.vk->vkCreateDescriptorPool(s.device, &info, nullptr, &pool);
      if (result != VK_SUCCESS) {
        problem = "dispatch: " + s.failure("vkCreateDescriptorPool", result);
        return VK_NULL_HANDLE;
      }
      l.descriptorPools.push_back(pool);
    }
    VkDescriptorSetAllocateInfo info{};
    info.sType = VK_STRUCTURE_TYPE_DESCRIPTOR_SET_ALLOCATE_INFO;
    info.descriptorPool = l.descriptorPools[l.poolsInUse];
    info.descriptorSetCount = 1;
    info.pSetLayouts = &s.setLayout;
    VkDescriptorSet set = VK_NULL_HANDLE;
    const VkResult result = s.vk->vkAllocateDescriptorSets(s.device, &info, &set);
    if (result == VK_SUCCESS)
      return set;
    if (fresh || (result != VK_ERROR_OUT_OF_POOL_MEMORY && result != VK_ERROR_FRAGMENTED_POOL)) {
      problem = "dispatch: " + s.failure("vkAllocateDescriptorSets", result);
      return VK_NULL_HANDLE;
    }
    ++l.poolsInUse; // full: go on with the next pool
  }
}

/// A set holding every bound buffer, as the bindings are now.
VkDescriptorSet captureBindings(Context::State &s, CommandList::State &l, std::string &problem) {
  const VkDescriptorSet set = allocateSet(s, l, problem);
  if (set == VK_NULL_HANDLE)
    return VK_NULL_HANDLE;
  std::vector<VkDescriptorBufferInfo> infos(s.bindingCount);
  std::vector<VkWriteDescriptorSet> writes;
  for (std::uint32_t b = 0; b < s.bindingCount; ++b) {
    const Binding &binding = s.bindings[b];
    const Buffer *buffer = binding.buffer ? s.buffer(*binding.buffer) : nullptr;
    if (buffer == nullptr)
      continue; // pipelines that use it are refused by dispatch
    infos[b] = {buffer->buffer, binding.offset, binding.bytes};
    VkWriteDescriptorSet write{};
    write.sType = VK_STRUCTURE_TYPE_WRITE_DESCRIPTOR_SET;
    write.dstSet = set;
    write.dstBinding = b;
    write.descriptorCount = 1;
    write.descriptorType = VK_DESCRIPTOR_TYPE_STORAGE_BUFFER;
    write.pBufferInfo = &infos[b];
    writes.push_back(write);
  }
  s.vk->vkUpdateDescriptorSets(s.device, static_cast<std::uint32_t>(writes.size()), writes.data(),
                               0, nullptr);
  return set;
}

/// Whether [offset, offset + bytes) lies inside live buffer `id`; sets `problem` if not.
const Buffer *checkedRange(Context::State &s, BufferId id, std::uint64_t offset,
                           std::uint64_t bytes, const char *what, std::string &problem) {
  const Buffer *b = s.buffer(id);
  if (b == nullptr) {
    problem = std::string(what) + ": the buffer does not exist";
    return nullptr;
  }
  if (offset > b->bytes || bytes > b->bytes - offset) {
    problem = std::string(what) + ": bytes [" + std::to_string(offset) + ", " +
              std::to_string(offset + bytes) + ") are past the end of a buffer of " +
              std::to_string(b->bytes) + " bytes";
    return nullptr;
  }
  return b;
}

} // namespace

CommandList *Context::createCommandList(std::string &error) {
  State &s = *state;
  if (!s.usable(error))
    return nullptr;
  auto l = std::make_unique<CommandList::State>();
  std::unique_ptr<CommandList> list(new CommandList(*this, std::move(l)));
  CommandList::State &ls = *list->state;
  VkCommandPoolCreateInfo poolInfo{};
  poolInfo.sType = VK_STRUCTURE_TYPE_COMMAND_POOL_CREATE_INFO;
  poolInfo.queueFamilyIndex = s.queueFamily;
  VkResult result = s.vk->vkCreateCommandPool(s.device, &poolInfo, nullptr, &ls.pool);
  if (result != VK_SUCCESS) {
    error = s.failure("vkCreateCommandPool", result);
    return nullptr;
  }
  VkCommandBufferAllocateInfo allocateInfo{};
  allocateInfo.sType = VK_STRUCTURE_TYPE_COMMAND_BUFFER_ALLOCATE_INFO;
  allocateInfo.commandPool = ls.pool;
  allocateInfo.level = VK_COMMAND_BUFFER_LEVEL_PRIMARY;
  allocateInfo.commandBufferCount = 1;
  result = s.vk->vkAllocateCommandBuffers(s.device, &allocateInfo, &ls.commands);
  if (result != VK_SUCCESS) {
    error = s.failure("vkAllocateCommandBuffers", result);
    return nullptr;
  }
  VkFenceCreateInfo fenceInfo{};
  fenceInfo.sType = VK_STRUCTURE_TYPE_FENCE_CREATE_INFO;
  result = s.vk->vkCreateFence(s.device, &fenceInfo, nullptr, &ls.fence);
  if (result != VK_SUCCESS) {
    error = s.failure("vkCreateFence", result);
    return nullptr;
  }
  s.commandLists.push_back(std::move(list));
  return s.commandLists.back().get();
}

CommandList::CommandList(Context &owner, std::unique_ptr<State> s)
    : context(owner), state(std::move(s)) {}

CommandList::~CommandList() {
  // Only the Context destroys lists, after waiting for the device to be idle.
  Context::State &s = *context.state;
  for (VkDescriptorPool pool : state->descriptorPools)
    s.vk->vkDestroyDescriptorPool(s.device, pool, nullptr);
  if (state->fence != VK_NULL_HANDLE)
    s.vk->vkDestroyFence(s.device, state->fence, nullptr);
  if (state->pool != VK_NULL_HANDLE)
    s.vk->vkDestroyCommandPool(s.device, state->pool, nullptr); // frees its command buffer
}

bool CommandList::begin(std::string &error) {
  Context::State &s = *context.state;
  State &l = *state;
  if (!s.usable(error))
    return false;
  if (l.phase == State::Phase::Running) {
    error = "begin() on a command list that is still running: wait() for it first";
    return false;
  }
  VkResult result = s.vk->vkResetCommandPool(s.device, l.pool, 0);
  for (std::size_t p = 0; result == VK_SUCCESS && p < l.descriptorPools.size(); ++p)
    result = s.vk->vkResetDescriptorPool(s.device, l.descriptorPools[p], 0);
  if (result != VK_SUCCESS) {
    error = s.failure("vkResetCommandPool", result);
    return false;
  }
  l.poolsInUse = 0;
  l.problem.clear();
  l.boundVersion = 0;
  l.boundPipeline.reset();
  VkCommandBufferBeginInfo begin{};
  begin.sType = VK_STRUCTURE_TYPE_COMMAND_BUFFER_BEGIN_INFO; // no ONE_TIME: lists may rerun
  result = s.vk->vkBeginCommandBuffer(l.commands, &begin);
  if (result != VK_SUCCESS) {
    error = s.failure("vkBeginCommandBuffer", result);
    return false;
  }
  // Submissions on one queue may overlap; this orders the list after earlier ones' writes.
  memoryBarrier(*s.vk, l.commands, kWorkStages, kWorkAccesses);
  l.phase = State::Phase::Recording;
  return true;
}

void CommandList::pushConstants(const void *data, std::uint32_t bytes) {
  Context::State &s = *context.state;
  State &l = *state;
  if (l.phase != State::Phase::Recording || !l.problem.empty())
    return;
  if (bytes == 0 || bytes % 4 != 0 || bytes > Context::kPushConstantBytes) {
    l.problem = "pushConstants: " + std::to_string(bytes) + " bytes; give a multiple of 4 up to " +
                std::to_string(Context::kPushConstantBytes);
    return;
  }
  s.vk->vkCmdPushConstants(l.commands, s.pipelineLayout, VK_SHADER_STAGE_COMPUTE_BIT, 0, bytes,
                           data);
}

void CommandList::dispatch(PipelineId pipelineId, std::uint64_t invocations,
                           std::uint32_t localSize) {
  Context::State &s = *context.state;
  State &l = *state;
  if (l.phase != State::Phase::Recording || !l.problem.empty())
    return;
  const auto index = static_cast<std::size_t>(pipelineId);
  if (index >= s.pipelines.size()) {
    l.problem = "dispatch: the pipeline does not exist";
    return;
  }
  const Pipeline &pipeline = s.pipelines[index];
  if (localSize != pipeline.localSize) {
    l.problem = "dispatch: local size " + std::to_string(localSize) + " given for a shader " +
                "whose local size is " + std::to_string(pipeline.localSize);
    return;
  }
  if (invocations == 0)
    return;
  for (const std::uint32_t b : pipeline.bindings)
    if (!s.bindings[b].buffer || s.buffer(*s.bindings[b].buffer) == nullptr) {
      l.problem =
          "dispatch: the shader uses binding " + std::to_string(b) + ", which has no buffer bound";
      return;
    }
  // Groups in x up to the limit, then rows of them in y, as even as possible.
  const std::uint64_t groups = (invocations - 1) / localSize + 1;
  const std::uint64_t maxX = s.limits.maxComputeWorkGroupCount[0];
  const std::uint64_t rows = (groups - 1) / maxX + 1;
  if (rows > s.limits.maxComputeWorkGroupCount[1]) {
    l.problem = "dispatch: " + std::to_string(invocations) + " invocations need more groups " +
                "than " + s.info.name + " runs at once; split the dispatch";
    return;
  }
  const std::uint64_t columns = (groups - 1) / rows + 1;
  if (l.boundVersion != s.bindingsVersion) {
    const VkDescriptorSet set = captureBindings(s, l, l.problem);
    if (set == VK_NULL_HANDLE)
      return;
    s.vk->vkCmdBindDescriptorSets(l.commands, VK_PIPELINE_BIND_POINT_COMPUTE, s.pipelineLayout, 0,
                                  1, &set, 0, nullptr);
    l.boundVersion = s.bindingsVersion;
  }
  if (l.boundPipeline != pipelineId) {
    s.vk->vkCmdBindPipeline(l.commands, VK_PIPELINE_BIND_POINT_COMPUTE, pipeline.pipeline);
    l.boundPipeline = pipelineId;
  }
  s.vk->vkCmdDispatch(l.commands, static_cast<std::uint32_t>(columns),
                      static_cast<std::uint32_t>(rows), 1);
}

void CommandList::barrier() {
  Context::State &s = *context.state;
  State &l = *state;
  if (l.phase != State::Phase::Recording || !l.problem.empty())
    return;
  memoryBarrier(*s.vk, l.commands, kWorkStages, kWorkAccesses);
}

void CommandList::copy(BufferId source, std::uint64_t sourceOffset, BufferId destination,
                       std::uint64_t destinationOffset, std::uint64_t bytes) {
  Context::State &s = *context.state;
  State &l = *state;
  if (l.phase != State::Phase::Recording || !l.problem.empty())
    return;
  const Buffer *from = checkedRange(s, source, sourceOffset, bytes, "copy", l.problem);
  const Buffer *to =
      from == nullptr ? nullptr
                      : checkedRange(s, destination, destinationOffset, bytes, "copy", l.problem);
  if (to == nullptr || bytes == 0)
    return;
  if (source == destination && sourceOffset < destinationOffset + bytes &&
      destinationOffset < sourceOffset + bytes) {
    l.problem = "copy: the source and destination ranges overlap";
    return;
  }
  const VkBufferCopy region{sourceOffset, destinationOffset, bytes};
  s.vk->vkCmdCopyBuffer(l.commands, from->buffer, to->buffer, 1, &region);
}

void CommandList::fill(BufferId buffer, std::uint64_t offset, std::uint64_t bytes,
                       std::uint32_t value) {
  Context::State &s = *context.state;
  State &l = *state;
  if (l.phase != State::Phase::Recording || !l.problem.empty())
    return;
  const Buffer *b = checkedRange(s, buffer, offset, bytes, "fill", l.problem);
  if (b == nullptr || bytes == 0)
    return;
  if (offset % 4 != 0 || bytes % 4 != 0) {
    l.problem = "fill: offset " + std::to_string(offset) + " and size " + std::to_string(bytes) +
                " must be multiples of 4";
    return;
  }
  s.vk->vkCmdFillBuffer(l.commands, b->buffer, offset, bytes, value);
}

bool CommandList::end(std::string &error) {
  Context::State &s = *context.state;
  State &l = *state;
  if (l.phase != State::Phase::Recording) {
    error = "end() on a command list that is not recording: call begin() first";
    return false;
  }
  // Everything the list wrote becomes visible to the host once its fence has signalled.
  memoryBarrier(*s.vk, l.commands, VK_PIPELINE_STAGE_HOST_BIT, VK_ACCESS_HOST_READ_BIT);
  const VkResult result = s.vk->vkEndCommandBuffer(l.commands);
  if (result != VK_SUCCESS && l.problem.empty())
    l.problem = s.failure("vkEndCommandBuffer", result);
  if (!l.problem.empty()) {
    l.phase = State::Phase::Empty;
    error = l.problem;
    return false;
  }
  l.phase = State::Phase::Ended;
  return true;
}

bool Context::submit(CommandList &list, std::string &error) {
  State &s = *state;
  CommandList::State &l = *list.state;
  if (!s.usable(error))
    return false;
  if (l.phase == CommandList::State::Phase::Running) {
    error = "submit() of a command list that is already running: wait() for it first";
    return false;
  }
  if (l.phase != CommandList::State::Phase::Ended) {
    error = "submit() of a command list that has not been recorded: begin(), record, end()";
    return false;
  }
  VkResult result = s.vk->vkResetFences(s.device, 1, &l.fence);
  if (result != VK_SUCCESS) {
    error = s.failure("vkResetFences", result);
    return false;
  }
  if (!s.submitOne(l.commands, l.fence, error))
    return false;
  l.phase = CommandList::State::Phase::Running;
  return true;
}

bool Context::wait(CommandList &list, std::string &error) {
  State &s = *state;
  CommandList::State &l = *list.state;
  if (l.phase != CommandList::State::Phase::Running)
    return true;
  if (!s.waitFence(l.fence, "a batch", error))
    return false;
  l.phase = CommandList::State::Phase::Ended;
  // Host-cached memory that is not coherent must be invalidated before the host reads it.
  for (const std::optional<Buffer> &b : s.buffers) {
    if (!b || b->kind != BufferKind::Readback || b->coherent)
      continue;
    VkMappedMemoryRange range{};
    range.sType = VK_STRUCTURE_TYPE_MAPPED_MEMORY_RANGE;
    range.memory = b->memory;
    range.size = VK_WHOLE_SIZE;
    const VkResult result = s.vk->vkInvalidateMappedMemoryRanges(s.device, 1, &range);
    if (result != VK_SUCCESS) {
      error = s.failure("vkInvalidateMappedMemoryRanges", result);
      return false;
    }
  }
  return true;
}

} // namespace flux::rt::gpu
