// readShaderInterface: one pass over the module's instructions, collecting the few opcodes that
// describe the entry point and its resources (SPIR-V specification, section 3).
#include "gpu/ShaderInterface.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <set>

namespace flux::rt::gpu {

namespace {

constexpr std::uint32_t kMagic = 0x07230203;
constexpr std::size_t kHeaderWords = 5;

// Opcodes, operands and enumerants used here.
constexpr std::uint32_t kOpEntryPoint = 15;
constexpr std::uint32_t kOpExecutionMode = 16;
constexpr std::uint32_t kOpSpecConstantComposite = 51;
constexpr std::uint32_t kOpVariable = 59;
constexpr std::uint32_t kOpDecorate = 71;
constexpr std::uint32_t kOpExecutionModeId = 331;
constexpr std::uint32_t kExecutionModelGLCompute = 5;
constexpr std::uint32_t kExecutionModeLocalSize = 17;
constexpr std::uint32_t kExecutionModeLocalSizeId = 38;
constexpr std::uint32_t kDecorationBuiltIn = 11;
constexpr std::uint32_t kDecorationBinding = 33;
constexpr std::uint32_t kDecorationDescriptorSet = 34;
constexpr std::uint32_t kBuiltInWorkgroupSize = 25;
constexpr std::uint32_t kStorageClassStorageBuffer = 12;

/// The literal string starting at `words[0]`, at most `count` words long.
std::string literalString(const std::uint32_t *words, std::size_t count) {
  std::string text;
  for (std::size_t w = 0; w < count; ++w)
    for (int byte = 0; byte < 4; ++byte) {
      const auto c = static_cast<char>((words[w] >> (8 * byte)) & 0xFF);
      if (c == '\0')
        return text;
      text += c;
    }
  return text;
}

/// Everything the scan collects, keyed by result id.
struct Scan {
  std::optional<std::uint32_t> entry; // id of the entry point's function
  std::map<std::uint32_t, std::array<std::uint32_t, 3>> localSizes;
  std::set<std::uint32_t> localSizeIds; // entry points with LocalSizeId
  std::map<std::uint32_t, std::uint32_t> sets, bindings, storageClasses;
  std::set<std::uint32_t> workgroupSizeIds, specComposites;
};

bool scan(std::span<const std::uint32_t> words, const char *entryPoint, Scan &out,
          std::string &error) {
  if (words.size() < kHeaderWords || words[0] != kMagic) {
    error = "not a SPIR-V module (wrong magic number or too short)";
    return false;
  }
  for (std::size_t i = kHeaderWords; i < words.size();) {
    const std::uint32_t count = words[i] >> 16;
    const std::uint32_t opcode = words[i] & 0xFFFF;
    if (count == 0 || count > words.size() - i) {
      error = "malformed SPIR-V module: an instruction at word " + std::to_string(i) +
              " runs past the end";
      return false;
    }
    const std::uint32_t *op = &words[i + 1]; // the operands, count - 1 of them
    if (opcode == kOpEntryPoint && count >= 4 && op[0] == kExecutionModelGLCompute &&
        literalString(op + 2, count - 3) == entryPoint)
      out.entry = op[1];
    else if (opcode == kOpExecutionMode && count >= 6 && op[1] == kExecutionModeLocalSize)
      out.localSizes[op[0]] = {op[2], op[3], op[4]};
    else if (opcode == kOpExecutionModeId && count >= 3 && op[1] == kExecutionModeLocalSizeId)
      out.localSizeIds.insert(op[0]);
    else if (opcode == kOpDecorate && count >= 4 && op[1] == kDecorationBinding)
      out.bindings[op[0]] = op[2];
    else if (opcode == kOpDecorate && count >= 4 && op[1] == kDecorationDescriptorSet)
      out.sets[op[0]] = op[2];
    else if (opcode == kOpDecorate && count >= 4 && op[1] == kDecorationBuiltIn &&
             op[2] == kBuiltInWorkgroupSize)
      out.workgroupSizeIds.insert(op[0]);
    else if (opcode == kOpVariable && count >= 4)
      out.storageClasses[op[1]] = op[2];
    else if (opcode == kOpSpecConstantComposite && count >= 3)
      out.specComposites.insert(op[1]);
    i += count;
  }
  return true;
}

} // namespace

std::optional<ShaderInterface> readShaderInterface(std::span<const std::uint32_t> words,
                                                   const char *entryPoint, std::string &error) {
  Scan s;
  if (!scan(words, entryPoint, s, error))
    return std::nullopt;
  if (!s.entry) {
    error = std::string("the SPIR-V module has no compute entry point '") + entryPoint + "'";
    return std::nullopt;
  }
  const bool specialised =
      s.localSizeIds.count(*s.entry) != 0 ||
      std::any_of(s.workgroupSizeIds.begin(), s.workgroupSizeIds.end(),
                  [&](std::uint32_t id) { return s.specComposites.count(id) != 0; });
  if (specialised) {
    error = "the compute shader's local size is a specialisation constant (local_size_x_id); "
            "give it a fixed layout(local_size_x = L) instead";
    return std::nullopt;
  }
  const auto size = s.localSizes.find(*s.entry);
  if (size == s.localSizes.end()) {
    error = "the compute shader declares no local size";
    return std::nullopt;
  }
  ShaderInterface found;
  found.localSize = size->second;
  if (found.localSize[0] == 0 || found.localSize[1] != 1 || found.localSize[2] != 1) {
    error = "the compute shader's local size is (" + std::to_string(found.localSize[0]) + ", " +
            std::to_string(found.localSize[1]) + ", " + std::to_string(found.localSize[2]) +
            "); it must be (L, 1, 1)";
    return std::nullopt;
  }
  for (const auto &[id, binding] : s.bindings) {
    const auto set = s.sets.find(id);
    if (set != s.sets.end() && set->second != 0) {
      error = "binding " + std::to_string(binding) + " of the compute shader is in descriptor " +
              "set " + std::to_string(set->second) + "; all buffers must be in set 0";
      return std::nullopt;
    }
    const auto storage = s.storageClasses.find(id);
    if (storage == s.storageClasses.end() || storage->second != kStorageClassStorageBuffer) {
      error =
          "binding " + std::to_string(binding) + " of the compute shader is not a storage " +
          "buffer; declare it as `layout(std430, set = 0, binding = " + std::to_string(binding) +
          ") buffer`";
      return std::nullopt;
    }
    found.bindings.push_back(binding);
  }
  std::sort(found.bindings.begin(), found.bindings.end());
  found.bindings.erase(std::unique(found.bindings.begin(), found.bindings.end()),
                       found.bindings.end());
  return found;
}

} // namespace flux::rt::gpu
