// compileCompute: glslang as a library, so fluxc needs no glslangValidator on the PATH.
#include "codegen/spirv/Spirv.h"

#include <glslang/Public/ResourceLimits.h>
#include <glslang/Public/ShaderLang.h>
#include <glslang/SPIRV/GlslangToSpv.h>

namespace flux::spirv {

namespace {

constexpr int kGlslVersion = 450;
constexpr const char *kErrorPrefix = "internal error in generated GLSL:\n";

/// glslang keeps process-wide tables; InitializeProcess must run before the first shader.
/// FinalizeProcess is never called: from a static destructor it could run after glslang's own
/// statics are gone, and the tables are freed with the process anyway.
void initializeGlslangOnce() {
  static const bool initialized = glslang::InitializeProcess();
  (void)initialized;
}

} // namespace

bool compileCompute(const std::string &glsl, std::vector<std::uint32_t> &words,
                    std::string &error) {
  initializeGlslangOnce();
  const auto messages = static_cast<EShMessages>(EShMsgSpvRules | EShMsgVulkanRules);
  glslang::TShader shader(EShLangCompute);
  const char *text = glsl.c_str();
  shader.setStrings(&text, 1);
  shader.setEnvInput(glslang::EShSourceGlsl, EShLangCompute, glslang::EShClientVulkan, 100);
  shader.setEnvClient(glslang::EShClientVulkan, glslang::EShTargetVulkan_1_1);
  shader.setEnvTarget(glslang::EShTargetSpv, glslang::EShTargetSpv_1_3);
  if (!shader.parse(GetDefaultResources(), kGlslVersion, false, messages)) {
    error = kErrorPrefix + std::string(shader.getInfoLog());
    return false;
  }
  glslang::TProgram program;
  program.addShader(&shader);
  if (!program.link(messages)) {
    error = kErrorPrefix + std::string(program.getInfoLog());
    return false;
  }
  spv::SpvBuildLogger logger;
  glslang::SpvOptions options;
  options.disableOptimizer = true; // optimize() runs SPIRV-Tools with a pass list we control
  std::vector<unsigned int> spirv;
  glslang::GlslangToSpv(*program.getIntermediate(EShLangCompute), spirv, &logger, &options);
  const std::string log = logger.getAllMessages();
  if (spirv.empty() || log.find("error:") != std::string::npos) {
    error = kErrorPrefix + (log.empty() ? std::string("glslang produced no SPIR-V") : log);
    return false;
  }
  words.assign(spirv.begin(), spirv.end());
  return true;
}

} // namespace flux::spirv
