#include "BuildCommand.h"

#include "aot/Build.h"

#include <filesystem>
#include <iostream>

namespace flux::tool {

int buildCommand(const CommandLine &cl, SourceManager &sources, DiagnosticEngine &diags) {
  if (cl.files.size() != 1) {
    std::cerr << "fluxc: error: 'fluxc build' takes one file, got " << cl.files.size() << "\n";
    return 1;
  }
  if (cl.target != "cpu") {
    std::cerr << "fluxc: error: --target " << cl.target
              << ": libraries for the GPU are not implemented yet ('fluxc run --target gpu' "
                 "runs a network on the GPU); build for --target cpu\n";
    return 1;
  }
  const std::string &file = cl.files[0];
  std::string name = cl.build.name;
  if (name.empty()) {
    name = std::filesystem::path(file).stem().string();
    for (char &c : name)
      if (std::isalnum(static_cast<unsigned char>(c)) == 0)
        c = '_';
  }
  if (!aot::validLibraryName(name)) {
    std::cerr << "fluxc: error: '" << name
              << "' cannot name a library: use --name with a C identifier (letters, digits and "
                 "'_', not starting with a digit or 'flux', not a C keyword)\n";
    return 1;
  }
  auto elaborated = driver::elaborateFile(file, cl.pipeline, sources, diags);
  if (!elaborated)
    return 1;
  aot::BuildOptions options;
  options.name = name;
  options.outDir = cl.output.empty() ? "build-" + name : cl.output;
  options.sourceFile = file;
  options.dtMs = cl.pipeline.dtMs.value_or(driver::kDefaultDtMs);
  options.liveParams = !cl.build.foldParams;
  options.embedSynapses = cl.build.embedSynapses;
  options.shared = cl.build.shared;
  if (!aot::buildLibrary(elaborated->network, options, diags))
    return 1;
  std::cout << "fluxc: built '" << name << "' in " << options.outDir << "/: include/" << name
            << ".h, lib/lib" << name << ".a" << (options.shared ? ", lib/lib" + name + ".so" : "")
            << ", lib/cmake/" << name << "/, lib/pkgconfig/" << name << ".pc\n";
  return 0;
}

} // namespace flux::tool
