// validate, optimize and disassemble: SPIRV-Tools in-process, messages collected into one
// string instead of printed.
#include "codegen/spirv/Spirv.h"

#include <spirv-tools/libspirv.hpp>
#include <spirv-tools/optimizer.hpp>

namespace flux::spirv {

namespace {

constexpr spv_target_env kTargetEnv = SPV_ENV_VULKAN_1_1;

/// A consumer that appends errors and warnings, one per line, to `out`.
spvtools::MessageConsumer collectInto(std::string &out) {
  return [&out](spv_message_level_t level, const char *, const spv_position_t &position,
                const char *message) {
    if (level > SPV_MSG_WARNING)
      return;
    if (!out.empty())
      out += '\n';
    out += (level == SPV_MSG_WARNING ? "warning" : "error");
    if (position.index != 0)
      out += " at word " + std::to_string(position.index);
    out += ": ";
    out += message;
  };
}

/// spirv-opt -O of SPIRV-Tools 2023.1 without --loop-unroll. That pass fully unrolls loops
/// marked [[unroll]] by cloning their bodies, and the clones lose their NoContraction
/// decorations in this version; simplify-instructions then fuses the clones'
/// multiply and add into GLSL.std.450 Fma, so a `precise` loop rounds differently from the CPU.
/// Checked with spirv-opt --print-all on such a shader; SpirvTest pins it. Every pass kept here
/// either preserves NoContraction (inlining clones decorations; value numbering keys on them)
/// or refuses to fold decorated instructions. A fixed list also keeps the output the same when
/// a newer SPIRV-Tools changes what -O means.
const std::vector<std::string> &performancePassesWithoutUnroll() {
  static const std::vector<std::string> kPasses = {
      "--wrap-opkill",
      "--eliminate-dead-branches",
      "--merge-return",
      "--inline-entry-points-exhaustive",
      "--eliminate-dead-functions",
      "--eliminate-dead-code-aggressive",
      "--private-to-local",
      "--eliminate-local-single-block",
      "--eliminate-local-single-store",
      "--eliminate-dead-code-aggressive",
      "--scalar-replacement=100",
      "--convert-local-access-chains",
      "--eliminate-local-single-block",
      "--eliminate-local-single-store",
      "--eliminate-dead-code-aggressive",
      "--ssa-rewrite",
      "--eliminate-dead-code-aggressive",
      "--ccp",
      "--eliminate-dead-code-aggressive",
      // -O runs --loop-unroll here.
      "--eliminate-dead-branches",
      "--redundancy-elimination",
      "--combine-access-chains",
      "--simplify-instructions",
      "--scalar-replacement=100",
      "--convert-local-access-chains",
      "--eliminate-local-single-block",
      "--eliminate-local-single-store",
      "--eliminate-dead-code-aggressive",
      "--ssa-rewrite",
      "--eliminate-dead-code-aggressive",
      "--vector-dce",
      "--eliminate-dead-inserts",
      "--eliminate-dead-branches",
      "--simplify-instructions",
      "--if-conversion",
      "--copy-propagate-arrays",
      "--reduce-load-size",
      "--eliminate-dead-code-aggressive",
      "--merge-blocks",
      "--redundancy-elimination",
      "--eliminate-dead-branches",
      "--merge-blocks",
      "--simplify-instructions",
  };
  return kPasses;
}

} // namespace

bool validate(const std::vector<std::uint32_t> &words, std::string &error) {
  spvtools::SpirvTools tools(kTargetEnv);
  std::string messages;
  tools.SetMessageConsumer(collectInto(messages));
  if (tools.Validate(words))
    return true;
  error = "invalid SPIR-V: " +
          (messages.empty() ? std::string("the validator gave no reason") : messages);
  return false;
}

bool optimize(std::vector<std::uint32_t> &words, std::string &error) {
  spvtools::Optimizer optimizer(kTargetEnv);
  std::string messages;
  optimizer.SetMessageConsumer(collectInto(messages));
  if (!optimizer.RegisterPassesFromFlags(performancePassesWithoutUnroll())) {
    error = "cannot set up the SPIR-V optimizer: " + messages;
    return false;
  }
  std::vector<std::uint32_t> optimized;
  if (!optimizer.Run(words.data(), words.size(), &optimized)) {
    error = "the SPIR-V optimizer failed: " +
            (messages.empty() ? std::string("it gave no reason") : messages);
    return false;
  }
  words = std::move(optimized);
  return true;
}

std::string disassemble(const std::vector<std::uint32_t> &words) {
  spvtools::SpirvTools tools(kTargetEnv);
  std::string messages;
  tools.SetMessageConsumer(collectInto(messages));
  std::string text;
  constexpr auto kOptions = static_cast<std::uint32_t>(SPV_BINARY_TO_TEXT_OPTION_NO_HEADER) |
                            SPV_BINARY_TO_TEXT_OPTION_FRIENDLY_NAMES |
                            SPV_BINARY_TO_TEXT_OPTION_INDENT;
  if (!tools.Disassemble(words, &text, kOptions))
    return "; " + (messages.empty() ? std::string("cannot disassemble this binary") : messages);
  return text;
}

} // namespace flux::spirv
