// Compute pipelines over the shared layout, and the binding table that dispatches capture.
#include "gpu/ContextState.h"
#include "gpu/ShaderInterface.h"

#include <algorithm>

namespace flux::rt::gpu {

bool Context::setBindingCount(std::uint32_t count, std::string &error) {
  State &s = *state;
  if (!s.pipelines.empty()) {
    error = "setBindingCount must come before the first pipeline: every pipeline shares the "
            "layout";
    return false;
  }
  const std::uint32_t limit = std::min(s.limits.maxPerStageDescriptorStorageBuffers,
                                       s.limits.maxDescriptorSetStorageBuffers);
  if (count == 0 || count > limit) {
    error = "cannot use " + std::to_string(count) + " storage-buffer bindings: " + s.info.name +
            " allows 1 to " + std::to_string(limit);
    return false;
  }
  if (count == s.bindingCount)
    return true;
  return s.usable(error) && s.createLayout(count, error);
}

std::uint32_t Context::bindingCount() const {
  return state->bindingCount;
}

std::optional<PipelineId> Context::createPipeline(std::span<const std::uint32_t> spirv,
                                                  const char *entryPoint, std::string &error) {
  State &s = *state;
  if (!s.usable(error))
    return std::nullopt;
  const std::optional<ShaderInterface> shader = readShaderInterface(spirv, entryPoint, error);
  if (!shader)
    return std::nullopt;
  for (const std::uint32_t binding : shader->bindings)
    if (binding >= s.bindingCount) {
      error = "the compute shader uses binding " + std::to_string(binding) + " but the layout " +
              "has " + std::to_string(s.bindingCount) + "; call setBindingCount first";
      return std::nullopt;
    }
  if (shader->localSize[0] > s.limits.maxComputeWorkGroupSize[0] ||
      shader->localSize[0] > s.limits.maxComputeWorkGroupInvocations) {
    error = "the compute shader's local size " + std::to_string(shader->localSize[0]) +
            " is larger than " + s.info.name + " allows (" +
            std::to_string(std::min(s.limits.maxComputeWorkGroupSize[0],
                                    s.limits.maxComputeWorkGroupInvocations)) +
            ")";
    return std::nullopt;
  }
  VkShaderModuleCreateInfo moduleInfo{};
  moduleInfo.sType = VK_STRUCTURE_TYPE_SHADER_MODULE_CREATE_INFO;
  moduleInfo.codeSize = spirv.size_bytes();
  moduleInfo.pCode = spirv.data();
  VkShaderModule module = VK_NULL_HANDLE;
  VkResult result = s.vk->vkCreateShaderModule(s.device, &moduleInfo, nullptr, &module);
  if (result != VK_SUCCESS) {
    error = s.failure("vkCreateShaderModule", result);
    return std::nullopt;
  }
  VkComputePipelineCreateInfo pipelineInfo{};
  pipelineInfo.sType = VK_STRUCTURE_TYPE_COMPUTE_PIPELINE_CREATE_INFO;
  pipelineInfo.stage.sType = VK_STRUCTURE_TYPE_PIPELINE_SHADER_STAGE_CREATE_INFO;
  pipelineInfo.stage.stage = VK_SHADER_STAGE_COMPUTE_BIT;
  pipelineInfo.stage.module = module;
  pipelineInfo.stage.pName = entryPoint;
  pipelineInfo.layout = s.pipelineLayout;
  Pipeline pipeline;
  pipeline.localSize = shader->localSize[0];
  pipeline.bindings = shader->bindings;
  result = s.vk->vkCreateComputePipelines(s.device, VK_NULL_HANDLE, 1, &pipelineInfo, nullptr,
                                          &pipeline.pipeline);
  s.vk->vkDestroyShaderModule(s.device, module, nullptr); // the pipeline keeps what it needs
  if (result != VK_SUCCESS) {
    error = s.failure("vkCreateComputePipelines", result);
    return std::nullopt;
  }
  s.pipelines.push_back(std::move(pipeline));
  return static_cast<PipelineId>(s.pipelines.size() - 1);
}

std::uint32_t Context::localSize(PipelineId pipeline) const {
  const auto index = static_cast<std::size_t>(pipeline);
  return index < state->pipelines.size() ? state->pipelines[index].localSize : 0;
}

bool Context::bind(std::uint32_t binding, BufferId buffer, std::string &error) {
  const Buffer *b = state->buffer(buffer);
  if (b == nullptr) {
    error = "cannot bind a buffer that does not exist to binding " + std::to_string(binding);
    return false;
  }
  if (b->bytes > maxBindingBytes()) {
    error = "cannot bind a buffer of " + mebibytes(b->bytes) + " MiB to binding " +
            std::to_string(binding) + ": " + state->info.name + " binds at most " +
            mebibytes(maxBindingBytes()) +
            " MiB at once (maxStorageBufferRange); bind it in parts with bindRange";
    return false;
  }
  return bindRange(binding, buffer, 0, b->bytes, error);
}

bool Context::bindRange(std::uint32_t binding, BufferId buffer, std::uint64_t offset,
                        std::uint64_t bytes, std::string &error) {
  State &s = *state;
  const Buffer *b = s.buffer(buffer);
  const std::string what = "cannot bind to binding " + std::to_string(binding) + ": ";
  if (binding >= s.bindingCount) {
    error = what + "the layout has " + std::to_string(s.bindingCount) + " bindings";
    return false;
  }
  if (b == nullptr) {
    error = what + "the buffer does not exist";
    return false;
  }
  if (bytes == 0 || offset > b->bytes || bytes > b->bytes - offset) {
    error = what + "bytes [" + std::to_string(offset) + ", " + std::to_string(offset + bytes) +
            ") are not a non-empty part of a buffer of " + std::to_string(b->bytes) + " bytes";
    return false;
  }
  if (bytes > maxBindingBytes()) {
    error = what + std::to_string(bytes) + " bytes are more than one binding covers on " +
            s.info.name + " (maxStorageBufferRange = " + std::to_string(maxBindingBytes()) + ")";
    return false;
  }
  if (offset % bindingOffsetAlignment() != 0) {
    error = what + "offset " + std::to_string(offset) + " is not a multiple of " +
            std::to_string(bindingOffsetAlignment()) + " (minStorageBufferOffsetAlignment)";
    return false;
  }
  s.bindings[binding] = Binding{buffer, offset, bytes};
  ++s.bindingsVersion;
  return true;
}

} // namespace flux::rt::gpu
