#include "aot/Build.h"

#include "aot/LibraryFiles.h"
#include "aot/SharedLibrary.h"
#include "codegen/llvm/Codegen.h"
#include "driver/Executable.h"
#include "embed/ImageBlob.h"
#include "io/AtomicFile.h"

#include <filesystem>
#include <set>

namespace flux::aot {
namespace {

bool writeFile(const std::filesystem::path &path, const std::string &content,
               DiagnosticEngine &diags) {
  std::error_code ec;
  std::filesystem::create_directories(path.parent_path(), ec);
  if (ec) {
    diags.error({}) << "cannot create the folder '" << path.parent_path().string()
                    << "': " << ec.message();
    return false;
  }
  if (auto error = rt::writeFileAtomically(path.string(), content)) {
    diags.error({}) << *error;
    return false;
  }
  return true;
}

/// Per-synapse data other than the rows would still have to be stored: only projections with
/// one weight, one delay and uniform synapse parameters are regenerated.
bool regenerable(const rt::ProjectionImage &proj) {
  if (proj.recipe.rule == rt::RuleKind::None || !proj.weights.empty() || !proj.delays.empty())
    return false;
  for (const auto &values : proj.params)
    if (!values.empty())
      return false;
  return true;
}

} // namespace

bool validLibraryName(const std::string &name) {
  static const std::set<std::string> keywords = {
      "auto",    "break",  "case",     "char",   "const",    "continue", "default",
      "do",      "double", "else",     "enum",   "extern",   "float",    "for",
      "goto",    "if",     "inline",   "int",    "long",     "register", "restrict",
      "return",  "short",  "signed",   "sizeof", "static",   "struct",   "switch",
      "typedef", "union",  "unsigned", "void",   "volatile", "while",    "bool",
      "class",   "delete", "new",      "this",   "template", "namespace"};
  if (name.empty() || keywords.count(name) != 0 || name.rfind("flux", 0) == 0)
    return false;
  if (std::isdigit(static_cast<unsigned char>(name[0])) != 0)
    return false;
  for (char c : name)
    if (std::isalnum(static_cast<unsigned char>(c)) == 0 && c != '_')
      return false;
  return true;
}

bool buildLibrary(elab::Network &network, const BuildOptions &options, DiagnosticEngine &diags) {
  driver::ExecutableOptions exeOptions;
  exeOptions.dtMs = options.dtMs;
  exeOptions.compileNative = false;
  // The host may read and set any state variable (and, with liveParams, any parameter).
  exeOptions.keepEverything(network, options.liveParams);
  auto exe = driver::makeExecutable(network, exeOptions, diags);
  if (!exe)
    return false;
  std::string header = generateHeader(exe->image, options.name, options.sourceFile);
  // Large projections made by a rule alone travel as their recipe, regenerated at load time.
  for (auto &proj : exe->image.projections) {
    if (proj.synapseCount() <= options.embedSynapses || !regenerable(proj))
      continue;
    std::string why;
    auto again = rt::generate(proj.recipe, why);
    // The same code and draws as elaboration: checked here, so the library never depends on
    // it silently (a rule whose pairs were filtered afterwards is not regenerable).
    if (!again || again->rowStart != proj.rowStart || again->target != proj.column)
      continue;
    proj.regeneratedSynapses = proj.synapseCount();
    proj.regenerate = true;
    std::vector<std::uint64_t>().swap(proj.rowStart);
    std::vector<std::uint32_t>().swap(proj.column);
  }
  llvmgen::LibraryContents contents;
  contents.name = options.name;
  contents.image = rt::serializeImage(exe->image);
  contents.dtMs = options.dtMs;
  std::string error;
  auto archive = llvmgen::emitStaticLibrary(exe->enginePrograms(), {}, contents, error);
  if (!archive) {
    diags.error({}) << "native code generation failed: " << error;
    return false;
  }
  std::filesystem::path out(options.outDir);
  std::error_code ec;
  std::filesystem::path prefix = std::filesystem::absolute(out, ec);
  if (ec)
    prefix = out;
  const std::string &name = options.name;
  if (!(writeFile(out / "lib" / ("lib" + name + ".a"), *archive, diags) &&
        writeFile(out / "include" / (name + ".h"), header, diags) &&
        writeFile(out / "lib" / "cmake" / name / (name + "Config.cmake"), generateCMakeConfig(name),
                  diags) &&
        writeFile(out / "lib" / "pkgconfig" / (name + ".pc"),
                  generatePkgConfig(name, prefix.lexically_normal().string()), diags)))
    return false;
  if (!options.shared)
    return true;
  auto runtime = findRuntimeArchive();
  if (!runtime) {
    diags.error({}) << "--shared: cannot find the runtime library libfluxrt.a (beside an "
                       "installed fluxc in ../lib, or in the build tree)";
    return false;
  }
  if (auto problem = linkSharedLibrary((out / "lib" / ("lib" + name + ".a")).string(), *runtime,
                                       name, (out / "lib" / ("lib" + name + ".so")).string())) {
    diags.error({}) << *problem;
    return false;
  }
  return true;
}

} // namespace flux::aot
