// Loading imported modules: `import stdlib.neurons` is looked up as stdlib/neurons.flux in the
// standard library folder, `import a.b` as a/b.flux in the standard library, then each -I
// folder, then the importing file's folder; `import "x.flux"` is relative to the importing
// file. A module is loaded once; a cycle of imports is an error that shows the chain.
#include "sema/Checker.h"

#include <filesystem>

namespace flux::sema {
namespace fs = std::filesystem;

namespace {

std::string folderOf(const Module &module) {
  if (module.name.empty() || module.name == "<stdin>")
    return ".";
  auto parent = fs::path(module.ast->path).parent_path();
  return parent.empty() ? "." : parent.string();
}

} // namespace

std::string canonicalPath(const std::string &path) {
  std::error_code ec;
  auto result = fs::weakly_canonical(fs::path(path), ec);
  return ec ? path : result.string();
}

Module *Checker::addModule(std::string name, syntax::Ast ast) {
  auto module = std::make_unique<Module>();
  module->name = std::move(name);
  out.asts.push_back(std::move(ast));
  module->ast = &out.asts.back().module();
  out.moduleList.push_back(std::move(module));
  return out.moduleList.back().get();
}

std::string Checker::findImport(const syntax::ImportDecl &import, const Module &from,
                                std::vector<std::string> &tried) const {
  auto exists = [&](const fs::path &candidate) {
    tried.push_back(candidate.string());
    std::error_code ec;
    return fs::is_regular_file(candidate, ec);
  };
  if (import.path) {
    fs::path path(import.path->text);
    if (path.is_relative())
      path = fs::path(folderOf(from)) / path;
    return exists(path) ? path.string() : "";
  }
  const auto &parts = import.module->parts;
  fs::path relative;
  for (const auto &part : parts)
    relative /= part.text;
  relative += ".flux";
  if (!options.stdlibDir.empty()) {
    if (parts.size() > 1 && parts.front().text == "stdlib") {
      fs::path inStdlib;
      for (std::size_t i = 1; i < parts.size(); ++i)
        inStdlib /= parts[i].text;
      inStdlib += ".flux";
      if (exists(fs::path(options.stdlibDir) / inStdlib))
        return (fs::path(options.stdlibDir) / inStdlib).string();
    }
    if (exists(fs::path(options.stdlibDir) / relative))
      return (fs::path(options.stdlibDir) / relative).string();
  }
  for (const auto &dir : options.includeDirs) {
    if (exists(fs::path(dir) / relative))
      return (fs::path(dir) / relative).string();
  }
  fs::path local = fs::path(folderOf(from)) / relative;
  return exists(local) ? local.string() : "";
}

void Checker::loadImports(Module &module) {
  for (const auto &decl : module.ast->decls) {
    const auto *import = dynCast<syntax::ImportDecl>(decl.get());
    if (!import)
      continue;
    std::string shown = import->module ? import->module->str() : import->path->text;
    std::vector<std::string> tried;
    std::string path = findImport(*import, module, tried);
    if (path.empty()) {
      auto error = diags.error(import->range);
      error << "cannot find module '" << shown << "'";
      std::string list;
      for (const auto &t : tried)
        list += (list.empty() ? "" : ", ") + t;
      error << "; looked for " << list << " (add a folder with -I)";
      continue;
    }
    std::string key = canonicalPath(path);
    // A cycle: the module is still being loaded further up the chain.
    for (std::size_t i = 0; i < loading.size(); ++i) {
      if (loading[i].first != key)
        continue;
      auto error = diags.error(import->range);
      error << "import cycle: '" << shown << "' is already being imported";
      for (std::size_t k = i + 1; k < loading.size(); ++k)
        error.note(loading[k].second->range, "imported from here");
      error.note(import->range, "which imports '" + shown + "' again here");
      path.clear();
      break;
    }
    if (path.empty())
      continue;

    std::string qualifier;
    if (import->alias)
      qualifier = import->alias->text;
    else if (import->module)
      qualifier = import->module->parts.back().text;
    else
      qualifier = fs::path(import->path->text).stem().string();

    Module *target = nullptr;
    if (auto it = modulesByPath.find(key); it != modulesByPath.end()) {
      target = it->second;
    } else {
      std::string error;
      const SourceFile *file = sources.loadFile(path, error);
      if (!file) {
        diags.error(import->range)
            << "cannot read module '" << shown << "' (" << path << "): " << error;
        continue;
      }
      auto ast = syntax::parse(*file, diags, options.parse);
      if (!ast)
        continue;
      target = addModule(import->module ? import->module->str() : path, std::move(*ast));
      modulesByPath[key] = target;
      loading.emplace_back(key, import);
      loadImports(*target);
      loading.pop_back();
      declareTopLevel(*target);
    }
    module.imports.push_back({target, qualifier, import});
  }
}

} // namespace flux::sema
