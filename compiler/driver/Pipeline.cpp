#include "driver/Pipeline.h"

#include "codegen/llvm/Codegen.h"
#include "codegen/spirv/Spirv.h"
#include "driver/Executable.h"
#include "driver/GpuProgram.h"
#include "ir/Lower.h"
#include "ir/Passes.h"
#include "ir/Printer.h"
#include "support/Unreachable.h"

#include <array>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <sstream>

namespace flux::driver {
namespace {

struct StageName {
  Stage stage;
  const char *name;
};

constexpr std::array kStageNames = {
    StageName{Stage::Tokens, "tokens"},   StageName{Stage::Ast, "ast"},
    StageName{Stage::Source, "source"},   StageName{Stage::Sema, "sema"},
    StageName{Stage::Network, "network"}, StageName{Stage::Ir, "ir"},
    StageName{Stage::IrOpt, "ir-opt"},    StageName{Stage::Llvm, "llvm"},
    StageName{Stage::Asm, "asm"},         StageName{Stage::Glsl, "glsl"},
    StageName{Stage::Spirv, "spirv"},     StageName{Stage::CHeader, "c-header"},
};

/// --emit=glsl|spirv: the GPU target's step shader for the network, as `fluxc run --target
/// gpu` would run it (step-engine IR with dt folded).
bool emitGpu(elab::Network &network, const PipelineOptions &options, DiagnosticEngine &diags,
             std::ostream &out) {
  ExecutableOptions exeOptions;
  exeOptions.dtMs = options.dtMs.value_or(kDefaultDtMs);
  exeOptions.eventEngine = false;
  exeOptions.compileNative = false;
  auto exe = makeExecutable(network, exeOptions, diags);
  if (!exe)
    return false;
  rt::RunOptions runOptions;
  runOptions.dtMs = exeOptions.dtMs;
  std::string error;
  auto gpu = buildGpuProgram(*exe, runOptions, error);
  if (!gpu) {
    diags.error({}) << error;
    return false;
  }
  if (options.emit == Stage::Glsl)
    out << gpu->glsl;
  else
    out << spirv::disassemble(gpu->program.spirv);
  return true;
}

/// Semantic analysis with the pipeline's search paths.
std::optional<sema::CheckedAst> checkAst(syntax::Ast ast, const PipelineOptions &options,
                                         SourceManager &sources, DiagnosticEngine &diags) {
  sema::CheckOptions checkOptions;
  checkOptions.stdlibDir = stdlibDir(options);
  checkOptions.includeDirs = options.includeDirs;
  checkOptions.parse = options.parse;
  return sema::check(std::move(ast), sources, diags, checkOptions);
}

} // namespace

std::optional<Stage> parseStage(const std::string &name) {
  for (const auto &entry : kStageNames) {
    if (name == entry.name)
      return entry.stage;
  }
  return std::nullopt;
}

const char *stageName(Stage stage) {
  for (const auto &entry : kStageNames) {
    if (entry.stage == stage)
      return entry.name;
  }
  return "?";
}

std::string stageList() {
  std::string text;
  for (const auto &entry : kStageNames)
    text += (text.empty() ? "" : "|") + std::string(entry.name);
  return text;
}

const SourceFile *loadSource(const std::string &path, SourceManager &sources,
                             DiagnosticEngine &diags) {
  if (path == "-") {
    std::string text(std::istreambuf_iterator<char>(std::cin), {});
    return &sources.addBuffer("<stdin>", std::move(text));
  }
  std::string error;
  const SourceFile *file = sources.loadFile(path, error);
  if (!file)
    diags.error({}) << "cannot read '" << path << "': " << error;
  return file;
}

bool compileFile(const std::string &path, const PipelineOptions &options, SourceManager &sources,
                 DiagnosticEngine &diags, std::ostream &out) {
  const SourceFile *file = loadSource(path, sources, diags);
  return file && compileSource(*file, options, sources, diags, out);
}

bool compileSource(const SourceFile &source, const PipelineOptions &options, SourceManager &sources,
                   DiagnosticEngine &diags, std::ostream &out) {
  if (options.emit && *options.emit > kLastImplementedStage) {
    diags.error({}) << "--emit=" << stageName(*options.emit)
                    << " is not implemented yet (available: tokens, ast, source, sema, network, "
                       "ir, ir-opt, llvm, asm, glsl, spirv)";
    return false;
  }
  const SourceFile *file = &source;
  if (options.emit == Stage::Tokens) {
    auto tokens = syntax::lex(*file, diags, options.parse);
    if (!tokens)
      return false;
    syntax::printTokens(*tokens, sources, out);
    return true;
  }

  auto ast = syntax::parse(*file, diags, options.parse);
  if (!ast)
    return false;
  if (options.emit == Stage::Ast) {
    syntax::printAst(*ast, sources, out, options.ast);
    return true;
  }
  if (options.emit == Stage::Source) {
    syntax::printSource(*ast, out);
    return true;
  }

  auto checked = checkAst(std::move(*ast), options, sources, diags);
  if (!checked)
    return false;
  if (options.emit == Stage::Sema) {
    sema::printCheckedAst(*checked, out);
    return true;
  }
  // `fluxc check` stops here: elaboration needs a top circuit, and a library has none.
  if (!options.emit || *options.emit < Stage::Network)
    return true;
  auto network = elab::elaborate(*checked, options.elab, diags);
  if (!network)
    return false;
  if (options.emit == Stage::Network) {
    elab::printNetwork(*network, out, options.network);
    return true;
  }
  if (options.emit == Stage::Glsl || options.emit == Stage::Spirv)
    return emitGpu(*network, options, diags, out);
  auto program = lowerNetwork(*network, diags);
  if (!program)
    return false;
  if (options.emit == Stage::Ir) {
    ir::printProgram(*program, out, false);
    return true;
  }
  if (options.emit == Stage::IrOpt) {
    if (!optimiseIr(*program, options.dtMs, {}, diags))
      return false;
    ir::printProgram(*program, out, true);
    return true;
  }
  // --emit=llvm|asm: both engines' code, the event engine's (double) and the step engines'
  // (single precision, dt folded).
  ir::Program stepProgram = *program;
  if (!optimiseIr(*program, std::nullopt, {}, diags) ||
      !optimiseIr(stepProgram, options.dtMs.value_or(kDefaultDtMs), {}, diags))
    return false;
  std::vector<llvmgen::EngineProgram> engines = {{&*program, llvmgen::Precision::Double},
                                                 {&stepProgram, llvmgen::Precision::Single}};
  std::string error;
  auto text = options.emit == Stage::Llvm ? llvmgen::emitLlvmText(engines, {}, error)
                                          : llvmgen::emitAssembly(engines, {}, error);
  if (!text) {
    diags.error({}) << error;
    return false;
  }
  out << *text;
  return true;
}

std::unique_ptr<Elaborated> elaborateFile(const std::string &path, const PipelineOptions &options,
                                          SourceManager &sources, DiagnosticEngine &diags) {
  const SourceFile *file = loadSource(path, sources, diags);
  if (!file)
    return nullptr;
  auto ast = syntax::parse(*file, diags, options.parse);
  if (!ast)
    return nullptr;
  auto checked = checkAst(std::move(*ast), options, sources, diags);
  if (!checked)
    return nullptr;
  auto result = std::make_unique<Elaborated>();
  result->checked = std::make_unique<sema::CheckedAst>(std::move(*checked));
  auto network = elab::elaborate(*result->checked, options.elab, diags);
  if (!network)
    return nullptr;
  result->network = std::move(*network);
  return result;
}

std::optional<ir::Program> lowerNetwork(const elab::Network &network, DiagnosticEngine &diags) {
  auto program = ir::lower(network, diags);
  if (!program)
    return std::nullopt;
  checkIr(*program, "lowering");
  return program;
}

bool optimiseIr(ir::Program &program, std::optional<double> dtMs,
                const std::vector<std::pair<std::uint32_t, std::uint32_t>> &observed,
                DiagnosticEngine &diags) {
  if (!ir::specialise(program, dtMs, diags))
    return false;
  checkIr(program, "specialisation");
  ir::eliminateDeadState(program, observed);
  checkIr(program, "dead state elimination");
  return true;
}

void checkIr(const ir::Program &program, const char *after) {
  auto problems = ir::verify(program);
  if (problems.empty())
    return;
  std::string message = std::string("invalid IR after ") + after + ":";
  for (const auto &p : problems)
    message += "\n  " + p;
  unreachable(message.c_str());
}

std::string stdlibDir(const PipelineOptions &options) {
  if (!options.stdlibDir.empty())
    return options.stdlibDir;
  if (const char *env = std::getenv("FLUX_STDLIB"))
    return env;
  // An installed fluxc (bin/fluxc) finds the installed library (share/flux/stdlib).
  std::error_code ec;
  auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    auto installed = exe.parent_path().parent_path() / "share" / "flux" / "stdlib";
    if (std::filesystem::is_directory(installed, ec))
      return installed.string();
  }
  return FLUX_DEFAULT_STDLIB_DIR;
}

} // namespace flux::driver
