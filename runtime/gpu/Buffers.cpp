// Buffers: one allocation each (a network has tens of buffers, far below the drivers' allocation
// limits), counted against the memory budget; upload and download through a staging buffer.
#include "gpu/ContextState.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <functional>

namespace flux::rt::gpu {

namespace {

/// Large enough that a transfer's submissions cost little next to the copy, small enough to
/// sit beside a network on any device.
constexpr std::uint64_t kStagingBytes = 16ULL << 20;

constexpr VkBufferUsageFlags kStorageUsage = VK_BUFFER_USAGE_STORAGE_BUFFER_BIT |
                                             VK_BUFFER_USAGE_TRANSFER_SRC_BIT |
                                             VK_BUFFER_USAGE_TRANSFER_DST_BIT;

/// One memory barrier on `commands`.
void memoryBarrier(const VulkanLoader &vk, VkCommandBuffer commands, VkPipelineStageFlags from,
                   VkAccessFlags fromAccess, VkPipelineStageFlags to, VkAccessFlags toAccess) {
  VkMemoryBarrier barrier{};
  barrier.sType = VK_STRUCTURE_TYPE_MEMORY_BARRIER;
  barrier.srcAccessMask = fromAccess;
  barrier.dstAccessMask = toAccess;
  vk.vkCmdPipelineBarrier(commands, from, to, 0, 1, &barrier, 0, nullptr, 0, nullptr);
}

/// Records `copy` between barriers that order it after all earlier work and before all later
/// work and host reads, runs it on the queue and waits for it.
bool runTransfer(Context::State &s, const std::function<void(VkCommandBuffer)> &copy,
                 std::string &error) {
  VkResult result = s.vk->vkResetCommandPool(s.device, s.transferPool, 0);
  if (result != VK_SUCCESS) {
    error = s.failure("vkResetCommandPool", result);
    return false;
  }
  VkCommandBufferBeginInfo begin{};
  begin.sType = VK_STRUCTURE_TYPE_COMMAND_BUFFER_BEGIN_INFO;
  begin.flags = VK_COMMAND_BUFFER_USAGE_ONE_TIME_SUBMIT_BIT;
  result = s.vk->vkBeginCommandBuffer(s.transferCommands, &begin);
  if (result != VK_SUCCESS) {
    error = s.failure("vkBeginCommandBuffer", result);
    return false;
  }
  // Command lists use only compute shaders and transfers; these two stages cover their work.
  constexpr VkPipelineStageFlags kWork =
      VK_PIPELINE_STAGE_COMPUTE_SHADER_BIT | VK_PIPELINE_STAGE_TRANSFER_BIT;
  constexpr VkAccessFlags kWorkAccesses = VK_ACCESS_SHADER_READ_BIT | VK_ACCESS_SHADER_WRITE_BIT |
                                          VK_ACCESS_TRANSFER_READ_BIT |
                                          VK_ACCESS_TRANSFER_WRITE_BIT;
  memoryBarrier(
      *s.vk, s.transferCommands, kWork, VK_ACCESS_SHADER_WRITE_BIT | VK_ACCESS_TRANSFER_WRITE_BIT,
      VK_PIPELINE_STAGE_TRANSFER_BIT, VK_ACCESS_TRANSFER_READ_BIT | VK_ACCESS_TRANSFER_WRITE_BIT);
  copy(s.transferCommands);
  memoryBarrier(*s.vk, s.transferCommands, VK_PIPELINE_STAGE_TRANSFER_BIT,
                VK_ACCESS_TRANSFER_WRITE_BIT, kWork | VK_PIPELINE_STAGE_HOST_BIT,
                kWorkAccesses | VK_ACCESS_HOST_READ_BIT);
  result = s.vk->vkEndCommandBuffer(s.transferCommands);
  if (result != VK_SUCCESS) {
    error = s.failure("vkEndCommandBuffer", result);
    return false;
  }
  if (!s.submitOne(s.transferCommands, s.transferFence, error))
    return false;
  if (!s.waitFence(s.transferFence, "a transfer", error))
    return false;
  result = s.vk->vkResetFences(s.device, 1, &s.transferFence);
  if (result != VK_SUCCESS) {
    error = s.failure("vkResetFences", result);
    return false;
  }
  return true;
}

/// The live buffer `id` with [offset, offset + bytes) inside it, or nullptr with an error.
Buffer *checkedRange(Context::State &s, BufferId id, std::uint64_t offset, std::uint64_t bytes,
                     const char *what, std::string &error) {
  Buffer *b = s.buffer(id);
  if (b == nullptr) {
    error = std::string(what) + " of a buffer that does not exist";
    return nullptr;
  }
  if (offset > b->bytes || bytes > b->bytes - offset) {
    error = std::string(what) + " of bytes [" + std::to_string(offset) + ", " +
            std::to_string(offset + bytes) + ") of a buffer of " + std::to_string(b->bytes) +
            " bytes";
    return nullptr;
  }
  return b;
}

bool ensureStaging(Context::State &s, std::string &error) {
  if (s.staging)
    return true;
  s.staging = s.allocate(kStagingBytes, BufferKind::Readback, true, error);
  return s.staging.has_value();
}

} // namespace

Buffer *Context::State::buffer(BufferId id) {
  const auto index = static_cast<std::size_t>(id);
  return index < buffers.size() && buffers[index] ? &*buffers[index] : nullptr;
}

const Buffer *Context::State::buffer(BufferId id) const {
  const auto index = static_cast<std::size_t>(id);
  return index < buffers.size() && buffers[index] ? &*buffers[index] : nullptr;
}

std::optional<std::uint32_t> Context::State::memoryType(std::uint32_t typeBits,
                                                        VkMemoryPropertyFlags required,
                                                        VkMemoryPropertyFlags preferred) const {
  std::optional<std::uint32_t> best;
  int bestScore = -1;
  for (std::uint32_t t = 0; t < memory.memoryTypeCount; ++t) {
    const VkMemoryPropertyFlags flags = memory.memoryTypes[t].propertyFlags;
    if ((typeBits & (1U << t)) == 0 || (flags & required) != required)
      continue;
    const int score = std::popcount(flags & preferred);
    if (score > bestScore) {
      best = t;
      bestScore = score;
    }
  }
  return best;
}

std::optional<Buffer> Context::State::allocate(std::uint64_t bytes, BufferKind kind, bool isStaging,
                                               std::string &error) {
  const std::string what = "cannot allocate a GPU buffer of " + mebibytes(bytes) + " MiB: ";
  Buffer b;
  b.bytes = bytes;
  b.kind = kind;
  VkBufferCreateInfo create{};
  create.sType = VK_STRUCTURE_TYPE_BUFFER_CREATE_INFO;
  create.size = bytes;
  create.usage = isStaging ? VK_BUFFER_USAGE_TRANSFER_SRC_BIT | VK_BUFFER_USAGE_TRANSFER_DST_BIT
                           : kStorageUsage;
  create.sharingMode = VK_SHARING_MODE_EXCLUSIVE;
  VkResult result = vk->vkCreateBuffer(device, &create, nullptr, &b.buffer);
  if (result != VK_SUCCESS) {
    error = what + failure("vkCreateBuffer", result);
    return std::nullopt;
  }
  VkMemoryRequirements requirements{};
  vk->vkGetBufferMemoryRequirements(device, b.buffer, &requirements);
  b.allocatedBytes = requirements.size;
  std::optional<std::uint32_t> type;
  if (isStaging)
    type = memoryType(requirements.memoryTypeBits,
                      VK_MEMORY_PROPERTY_HOST_VISIBLE_BIT | VK_MEMORY_PROPERTY_HOST_COHERENT_BIT,
                      VK_MEMORY_PROPERTY_HOST_CACHED_BIT);
  else if (kind == BufferKind::Readback)
    type = memoryType(requirements.memoryTypeBits, VK_MEMORY_PROPERTY_HOST_VISIBLE_BIT,
                      VK_MEMORY_PROPERTY_HOST_CACHED_BIT | VK_MEMORY_PROPERTY_HOST_COHERENT_BIT);
  else
    type = memoryType(requirements.memoryTypeBits, VK_MEMORY_PROPERTY_DEVICE_LOCAL_BIT, 0);
  if (!type && kind == BufferKind::Device)
    type = memoryType(requirements.memoryTypeBits, 0, 0);
  if (!type) {
    vk->vkDestroyBuffer(device, b.buffer, nullptr);
    error = what + info.name + " has no suitable memory type";
    return std::nullopt;
  }
  if (!isStaging &&
      (allocatedBytes > budgetBytes || requirements.size > budgetBytes - allocatedBytes)) {
    vk->vkDestroyBuffer(device, b.buffer, nullptr);
    error = what + memoryReport();
    return std::nullopt;
  }
  VkMemoryAllocateInfo allocateInfo{};
  allocateInfo.sType = VK_STRUCTURE_TYPE_MEMORY_ALLOCATE_INFO;
  allocateInfo.allocationSize = requirements.size;
  allocateInfo.memoryTypeIndex = *type;
  result = vk->vkAllocateMemory(device, &allocateInfo, nullptr, &b.memory);
  if (result != VK_SUCCESS) {
    b.memory = VK_NULL_HANDLE;
    release(b);
    error = what + failure("vkAllocateMemory", result);
    return std::nullopt;
  }
  result = vk->vkBindBufferMemory(device, b.buffer, b.memory, 0);
  if (result != VK_SUCCESS) {
    release(b);
    error = what + failure("vkBindBufferMemory", result);
    return std::nullopt;
  }
  const VkMemoryPropertyFlags flags = memory.memoryTypes[*type].propertyFlags;
  b.coherent = (flags & VK_MEMORY_PROPERTY_HOST_COHERENT_BIT) != 0;
  if (kind == BufferKind::Readback) {
    result = vk->vkMapMemory(device, b.memory, 0, VK_WHOLE_SIZE, 0, &b.mapped);
    if (result != VK_SUCCESS) {
      release(b);
      error = what + failure("vkMapMemory", result);
      return std::nullopt;
    }
  }
  return b;
}

void Context::State::release(Buffer &b) {
  // Freeing the memory unmaps it.
  if (b.buffer != VK_NULL_HANDLE)
    vk->vkDestroyBuffer(device, b.buffer, nullptr);
  if (b.memory != VK_NULL_HANDLE)
    vk->vkFreeMemory(device, b.memory, nullptr);
  b = Buffer{};
}

std::optional<BufferId> Context::createBuffer(std::uint64_t bytes, BufferKind kind,
                                              std::string &error) {
  State &s = *state;
  if (!s.usable(error))
    return std::nullopt;
  if (bytes == 0) {
    error = "cannot allocate an empty GPU buffer";
    return std::nullopt;
  }
  std::optional<Buffer> b = s.allocate(bytes, kind, false, error);
  if (!b)
    return std::nullopt;
  s.allocatedBytes += b->allocatedBytes;
  s.buffers.push_back(b);
  return static_cast<BufferId>(s.buffers.size() - 1);
}

void Context::destroyBuffer(BufferId id) {
  State &s = *state;
  Buffer *b = s.buffer(id);
  if (b == nullptr)
    return;
  s.vk->vkQueueWaitIdle(s.queue); // it may be in use by a running list
  for (Binding &binding : s.bindings)
    if (binding.buffer == id)
      binding = Binding{};
  ++s.bindingsVersion;
  s.allocatedBytes -= b->allocatedBytes;
  s.release(*b);
  s.buffers[static_cast<std::size_t>(id)].reset();
}

std::uint64_t Context::bufferBytes(BufferId id) const {
  const Buffer *b = state->buffer(id);
  return b == nullptr ? 0 : b->bytes;
}

const void *Context::readbackData(BufferId id) const {
  const Buffer *b = state->buffer(id);
  return b == nullptr ? nullptr : b->mapped;
}

bool Context::upload(BufferId id, std::uint64_t offset, const void *data, std::uint64_t bytes,
                     std::string &error) {
  State &s = *state;
  if (!s.usable(error))
    return false;
  Buffer *b = checkedRange(s, id, offset, bytes, "upload", error);
  if (b == nullptr || !ensureStaging(s, error))
    return false;
  const VkBuffer destination = b->buffer;
  const auto *source = static_cast<const unsigned char *>(data);
  for (std::uint64_t done = 0; done < bytes;) {
    const std::uint64_t chunk = std::min(bytes - done, kStagingBytes);
    std::memcpy(s.staging->mapped, source + done, chunk);
    VkBufferCopy region{0, offset + done, chunk};
    if (!runTransfer(
            s,
            [&](VkCommandBuffer commands) {
              s.vk->vkCmdCopyBuffer(commands, s.staging->buffer, destination, 1, &region);
            },
            error))
      return false;
    done += chunk;
  }
  return true;
}

bool Context::download(BufferId id, std::uint64_t offset, void *data, std::uint64_t bytes,
                       std::string &error) {
  State &s = *state;
  if (!s.usable(error))
    return false;
  Buffer *b = checkedRange(s, id, offset, bytes, "download", error);
  if (b == nullptr || !ensureStaging(s, error))
    return false;
  const VkBuffer source = b->buffer;
  auto *destination = static_cast<unsigned char *>(data);
  for (std::uint64_t done = 0; done < bytes;) {
    const std::uint64_t chunk = std::min(bytes - done, kStagingBytes);
    VkBufferCopy region{offset + done, 0, chunk};
    if (!runTransfer(
            s,
            [&](VkCommandBuffer commands) {
              s.vk->vkCmdCopyBuffer(commands, source, s.staging->buffer, 1, &region);
            },
            error))
      return false;
    std::memcpy(destination + done, s.staging->mapped, chunk);
    done += chunk;
  }
  return true;
}

} // namespace flux::rt::gpu
