// Runs the compiler's stages in order and stops at the one --emit names. What fluxc, the
// tests and the fuzzer call.
#pragma once

#include "elab/Elaborate.h"
#include "ir/Ir.h"
#include "sema/Check.h"
#include "support/Diagnostic.h"
#include "syntax/AstPrinter.h"
#include "syntax/Parse.h"

#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace flux::driver {

/// The stages in pipeline order: the driver runs every stage up to the one asked for.
enum class Stage {
  Tokens,
  Ast,
  Source,
  Sema,
  Network,
  Ir,
  IrOpt,
  Llvm,
  Asm,
  Glsl,
  Spirv,
  CHeader,
};

/// "tokens" -> Stage::Tokens; nullopt for an unknown name.
std::optional<Stage> parseStage(const std::string &name);
const char *stageName(Stage stage);
/// The names of every stage, for --help and error messages.
std::string stageList();
/// The last stage this build of fluxc implements.
constexpr Stage kLastImplementedStage = Stage::Spirv;
/// The step engines' default time step.
constexpr double kDefaultDtMs = 0.1;

struct PipelineOptions {
  std::optional<Stage> emit; // none: check only, print nothing
  std::vector<std::string> includeDirs;
  std::string stdlibDir; // empty: the standard library next to fluxc's sources
  syntax::ParseOptions parse;
  syntax::AstPrintOptions ast;
  elab::ElabOptions elab;
  elab::NetworkPrintOptions network;
  /// The step engines' fixed step: with it, --emit=ir-opt folds `dt` into constants.
  std::optional<double> dtMs;
};

/// Compiles one file ("-" reads standard input) up to `options.emit`, printing that stage to
/// `out`. Returns false iff an error was reported.
bool compileFile(const std::string &path, const PipelineOptions &options, SourceManager &sources,
                 DiagnosticEngine &diags, std::ostream &out);

/// Compiles a file that is already loaded.
bool compileSource(const SourceFile &file, const PipelineOptions &options, SourceManager &sources,
                   DiagnosticEngine &diags, std::ostream &out);

/// A checked program and the network elaborated from it (which points into it).
struct Elaborated {
  std::unique_ptr<sema::CheckedAst> checked;
  elab::Network network;
};

/// Parse, check and elaborate one file; null iff an error was reported.
std::unique_ptr<Elaborated> elaborateFile(const std::string &path, const PipelineOptions &options,
                                          SourceManager &sources, DiagnosticEngine &diags);

/// Network -> IR, verified. nullopt iff an error was reported.
std::optional<ir::Program> lowerNetwork(const elab::Network &network, DiagnosticEngine &diags);

/// The IR passes for one engine (dtMs: the step engines' step), verified after each.
/// `observed` lists the (kernel, state) pairs that probes read. False iff an error was reported.
bool optimiseIr(ir::Program &program, std::optional<double> dtMs,
                const std::vector<std::pair<std::uint32_t, std::uint32_t>> &observed,
                DiagnosticEngine &diags);

/// Aborts with an internal error listing the problems when the IR is invalid.
void checkIr(const ir::Program &program, const char *after);

/// Where `import stdlib.x` looks: --stdlib, else $FLUX_STDLIB, else share/flux/stdlib beside
/// an installed fluxc (bin/../share/flux/stdlib), else the source tree's stdlib/.
std::string stdlibDir(const PipelineOptions &options);

/// Loads a file ("-" is standard input), reporting failure as a diagnostic.
const SourceFile *loadSource(const std::string &path, SourceManager &sources,
                             DiagnosticEngine &diags);

/// --verify: compiles `path` and compares its diagnostics with the `expected-error {{...}}`
/// comments in it (clang's -verify). Mismatches are printed to `err`; returns true on a match.
bool verifyFile(const std::string &path, const PipelineOptions &options, SourceManager &sources,
                std::ostream &err);

} // namespace flux::driver
