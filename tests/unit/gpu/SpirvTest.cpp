// GLSL to SPIR-V in-process: compile, validate, optimise, disassemble, and the property the GPU
// backend depends on: every float operation that GLSL `precise` marks keeps its NoContraction
// decoration through the optimiser, and none is fused into an Fma.
#include "codegen/spirv/Spirv.h"
#include "codegen/spirv/PhiloxGlsl.h"

#include <gtest/gtest.h>

#include <set>
#include <sstream>

using namespace flux;

namespace {

constexpr const char *kPreciseLoop = R"(#version 450
layout(local_size_x = 64) in;
layout(std430, set = 0, binding = 0) buffer Values { float values[]; };
layout(push_constant) uniform Push { uint count; } push;
void main() {
  uint i = gl_GlobalInvocationID.x;
  if (i >= push.count)
    return;
  precise float x = values[i];
  for (int k = 0; k < 100; ++k)
    x = x * 0.999 + 0.5 * x * 0.001 + 0.25;
  values[i] = x;
}
)";

// A loop marked [[unroll]] and a function that is inlined: the two ways the optimiser copies
// arithmetic. Plain -O loses NoContraction on the unrolled copies and fuses them into Fma.
constexpr const char *kUnrolledAndInlined = R"(#version 450
#extension GL_EXT_control_flow_attributes : require
layout(local_size_x = 64) in;
layout(std430, set = 0, binding = 0) buffer Values { float values[]; };
layout(push_constant) uniform Push { uint count; float gain; } push;
float leak(float v, float k) {
  precise float r = v * k + 0.5 * v * 0.001;
  return r;
}
void main() {
  uint i = gl_GlobalInvocationID.x;
  if (i >= push.count)
    return;
  precise float x = values[i];
  [[unroll]] for (int k = 0; k < 4; ++k)
    x = x * push.gain + 0.125;
  precise float y = leak(x, 0.75);
  values[i] = y;
}
)";

std::vector<std::uint32_t> compiled(const std::string &glsl) {
  std::vector<std::uint32_t> words;
  std::string error;
  EXPECT_TRUE(spirv::compileCompute(glsl, words, error)) << error;
  EXPECT_TRUE(spirv::validate(words, error)) << error;
  return words;
}

/// What the disassembly says about float arithmetic.
struct Arithmetic {
  int operations = 0;  // OpFAdd, OpFSub, OpFMul, OpFDiv
  int undecorated = 0; // ... without NoContraction
  int fusedMultiplyAdd = 0;
};

Arithmetic arithmetic(const std::vector<std::uint32_t> &words) {
  std::istringstream text(spirv::disassemble(words));
  std::set<std::string> noContraction;
  std::vector<std::string> results;
  Arithmetic a;
  for (std::string line; std::getline(text, line);) {
    std::istringstream fields(line);
    std::string first, second, third;
    fields >> first >> second >> third;
    if (first == "OpDecorate" && third == "NoContraction")
      noContraction.insert(second);
    if (second == "=" &&
        (third == "OpFAdd" || third == "OpFSub" || third == "OpFMul" || third == "OpFDiv"))
      results.push_back(first);
    if (line.find(" Fma ") != std::string::npos)
      ++a.fusedMultiplyAdd;
  }
  a.operations = static_cast<int>(results.size());
  for (const std::string &id : results)
    a.undecorated += noContraction.count(id) == 0 ? 1 : 0;
  return a;
}

} // namespace

TEST(Spirv, PreciseArithmeticKeepsNoContractionThroughOptimize) {
  std::vector<std::uint32_t> words = compiled(kPreciseLoop);
  const Arithmetic before = arithmetic(words);
  EXPECT_EQ(before.operations, 5);
  EXPECT_EQ(before.undecorated, 0);
  std::string error;
  ASSERT_TRUE(spirv::optimize(words, error)) << error;
  ASSERT_TRUE(spirv::validate(words, error)) << error;
  const Arithmetic after = arithmetic(words);
  EXPECT_EQ(after.operations, 5);
  EXPECT_EQ(after.undecorated, 0);
  EXPECT_EQ(after.fusedMultiplyAdd, 0);
}

TEST(Spirv, UnrolledLoopsAndInlinedFunctionsStayUncontracted) {
  std::vector<std::uint32_t> words = compiled(kUnrolledAndInlined);
  std::string error;
  ASSERT_TRUE(spirv::optimize(words, error)) << error;
  ASSERT_TRUE(spirv::validate(words, error)) << error;
  const Arithmetic after = arithmetic(words);
  EXPECT_GE(after.operations, 5); // the loop (kept or unrolled) and the inlined function
  EXPECT_EQ(after.undecorated, 0);
  EXPECT_EQ(after.fusedMultiplyAdd, 0);
}

TEST(Spirv, OptimizeShrinksTheModule) {
  std::vector<std::uint32_t> words = compiled(kPreciseLoop);
  const std::size_t before = words.size();
  std::string error;
  ASSERT_TRUE(spirv::optimize(words, error)) << error;
  EXPECT_LT(words.size(), before);
}

TEST(Spirv, CompileErrorsQuoteGlslangWithLineNumbers) {
  std::vector<std::uint32_t> words;
  std::string error;
  EXPECT_FALSE(spirv::compileCompute("#version 450\nlayout(local_size_x = 1) in;\n"
                                     "void main() { undeclared = 1; }\n",
                                     words, error));
  EXPECT_EQ(error.rfind("internal error in generated GLSL:\n", 0), 0U) << error;
  EXPECT_NE(error.find("0:3: 'undeclared' : undeclared identifier"), std::string::npos) << error;
}

TEST(Spirv, ValidateRejectsInvalidModules) {
  std::string error;
  EXPECT_FALSE(spirv::validate({0x07230203, 0x00010300, 0, 1, 0, 0xFFFF0001}, error));
  EXPECT_EQ(error.rfind("invalid SPIR-V: ", 0), 0U) << error;
}

TEST(Spirv, OptimizeFailsCleanlyOnGarbage) {
  std::vector<std::uint32_t> words = {1, 2, 3};
  std::string error;
  EXPECT_FALSE(spirv::optimize(words, error));
  EXPECT_EQ(words, (std::vector<std::uint32_t>{1, 2, 3}));
  EXPECT_EQ(error.rfind("the SPIR-V optimizer failed: ", 0), 0U) << error;
}

TEST(Spirv, DisassemblyUsesFriendlyNames) {
  const std::string text = spirv::disassemble(compiled(kPreciseLoop));
  EXPECT_NE(text.find("OpEntryPoint GLCompute %main \"main\""), std::string::npos) << text;
  EXPECT_NE(text.find("OpExecutionMode %main LocalSize 64 1 1"), std::string::npos) << text;
  EXPECT_NE(text.find("NoContraction"), std::string::npos) << text;
  EXPECT_EQ(spirv::disassemble({1, 2, 3}).rfind("; ", 0), 0U);
}

TEST(Spirv, PhiloxGlslCompiles) {
  const std::string glsl =
      std::string("#version 450\nlayout(local_size_x = 64) in;\n") + spirv::kPhiloxGlsl + R"(
layout(std430, set = 0, binding = 0) buffer Out { uint fired[]; };
void main() {
  uint i = gl_GlobalInvocationID.x;
  fired[i] = uint(flux_poisson_fires(uvec2(1u, 2u), 3u, i, 4u, 1u << 23))
           + uint(flux_poisson_fires(uvec2(1u, 2u), 3u, i, uvec2(4u, 1u), 1u << 23));
}
)";
  std::vector<std::uint32_t> words = compiled(glsl);
  std::string error;
  EXPECT_TRUE(spirv::optimize(words, error)) << error;
  EXPECT_TRUE(spirv::validate(words, error)) << error;
}
