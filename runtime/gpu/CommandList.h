// A recorded sequence of GPU work (dispatches, barriers, copies, fills) that a Context submits
// as one batch. Two or more lists alternate for double buffering: the host reads batch k's
// Readback buffers while batch k + 1 runs.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

namespace flux::rt::gpu {

class Context;
enum class BufferId : std::uint32_t;
enum class PipelineId : std::uint32_t;

/// Made by Context::createCommandList and owned by the Context. Lists run in the order they are
/// submitted, each one after everything earlier lists wrote (begin() records a barrier first),
/// so a batch may read what the previous batch left in any buffer. Recording functions return
/// nothing: the first problem (a bad id, a range past a buffer's end, a local size that does
/// not match the pipeline) is remembered, later recording is ignored, and end() returns it.
///
/// Dispatch contract: dispatch(pipeline, n, L) runs at least n invocations of a shader with
/// local size (L, 1, 1) in ceil(n / L) groups or a few more. When those exceed
/// Context::maxGroupsX(), the groups are laid out in x and y, so the shader must compute its
/// index as
///     uint index = gl_GlobalInvocationID.x + gl_GlobalInvocationID.y * gl_NumWorkGroups.x * L;
/// and return when index >= n (n reaches the shader through push constants or a buffer).
class CommandList {
public:
  ~CommandList();
  CommandList(const CommandList &) = delete;
  CommandList &operator=(const CommandList &) = delete;

  /// Starts recording, discarding what was recorded before, with a barrier after the work of
  /// earlier submissions. Fails while the list is running (submitted and not yet waited for).
  bool begin(std::string &error);
  /// Sets push-constant bytes [0, bytes) for the dispatches that follow; `bytes` a multiple of
  /// 4, at most Context::kPushConstantBytes.
  void pushConstants(const void *data, std::uint32_t bytes);
  /// Runs `invocations` invocations of `pipeline`, whose local size must be `localSize`, with
  /// the Context's bindings as they are now. Zero invocations record nothing.
  void dispatch(PipelineId pipeline, std::uint64_t invocations, std::uint32_t localSize);
  /// Makes what earlier dispatches, copies and fills wrote visible to later ones (shader and
  /// transfer writes before shader and transfer reads and writes). Without a barrier, commands
  /// of one list may overlap.
  void barrier();
  /// Copies `bytes` from `source` at `sourceOffset` to `destination` at `destinationOffset`.
  void copy(BufferId source, std::uint64_t sourceOffset, BufferId destination,
            std::uint64_t destinationOffset, std::uint64_t bytes);
  /// Fills `bytes` of `buffer` from `offset` with the 32-bit word `value`; offset and bytes are
  /// multiples of 4.
  void fill(BufferId buffer, std::uint64_t offset, std::uint64_t bytes, std::uint32_t value);
  /// Ends recording, making every write of the list visible to the host after Context::wait.
  /// Fails with the first recording problem, and the list cannot be submitted until it has been
  /// recorded again without one.
  bool end(std::string &error);

  struct State; // Vulkan handles, private to runtime/gpu

private:
  CommandList(Context &context, std::unique_ptr<State> state);
  Context &context;
  std::unique_ptr<State> state;
  friend class Context;
};

} // namespace flux::rt::gpu
