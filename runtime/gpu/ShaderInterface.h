// What a compute pipeline needs to know about its SPIR-V module before Vulkan sees it: the
// local size, and the buffers it binds, checked against the Context's shared layout. Catching a
// mismatch here turns what would be undefined behaviour in the driver into an error message.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace flux::rt::gpu {

struct ShaderInterface {
  std::array<std::uint32_t, 3> localSize{};
  std::vector<std::uint32_t> bindings; // descriptor set 0, ascending
};

/// Reads the compute entry point `entryPoint` of a SPIR-V module: its fixed local size (a
/// specialised one, local_size_x_id, is refused) and its resource bindings, which must all be
/// storage buffers in descriptor set 0. Fails with a message on anything else, or on a
/// malformed module.
std::optional<ShaderInterface> readShaderInterface(std::span<const std::uint32_t> words,
                                                   const char *entryPoint, std::string &error);

} // namespace flux::rt::gpu
