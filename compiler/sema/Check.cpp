// check(): the order of work. Load every module, declare top-level names, flatten every model
// and circuit, then check types and dimensions. One pass over everything, so all errors of a
// run are reported together.
#include "sema/Check.h"

#include "sema/Checker.h"

namespace flux::sema {

std::optional<CheckedAst> Checker::run(syntax::Ast main) {
  unsigned before = diags.errorCount();
  std::string mainPath = main.module().path;
  Module *mainModule = addModule(mainPath, std::move(main));
  out.mainModule = mainModule;
  std::string key = canonicalPath(mainPath);
  modulesByPath[key] = mainModule;
  loading.emplace_back(key, nullptr);
  loadImports(*mainModule);
  loading.pop_back();
  declareTopLevel(*mainModule);
  for (const auto &module : out.moduleList)
    checkShadowing(*module);
  if (diags.errorCount() > before)
    return std::nullopt;

  for (std::size_t m = 0; m < out.moduleList.size(); ++m) {
    const Module &module = *out.moduleList[m];
    for (const auto &decl : module.ast->decls) {
      if (auto *model = dynCast<syntax::ModelDecl>(decl.get()))
        modelInfo(*model, module);
      else if (auto *circuit = dynCast<syntax::CircuitDecl>(decl.get()))
        circuitInfo(*circuit, module);
    }
  }
  for (std::size_t i = 0; i < out.modelList.size(); ++i)
    checkModel(*out.modelList[i]);
  for (std::size_t i = 0; i < out.circuitList.size(); ++i)
    typeCircuitParams(*out.circuitList[i]);
  for (std::size_t i = 0; i < out.circuitList.size(); ++i)
    checkCircuit(*out.circuitList[i]);
  for (const auto &module : out.moduleList) {
    ExprContext ctx{module.get(), false, false, {}};
    Scope scope;
    for (const auto &decl : module->ast->decls) {
      if (auto *let = dynCast<syntax::LetDecl>(decl.get())) {
        Type value = checkExpr(*let->value, scope, ctx);
        if (let->type)
          expectType(*let->value, value, declaredType(let->type), "'" + let->name.text + "'");
      } else if (auto *port = dynCast<syntax::ExternPortDecl>(decl.get()); port && port->size) {
        expectType(*port->size, checkExpr(*port->size, scope, ctx), Type::integer(),
                   "an extern port size");
      } else if (auto *fn = dynCast<syntax::ExternFnDecl>(decl.get())) {
        for (const auto &p : fn->params)
          declaredType(p.type);
        if (fn->result)
          declaredType(fn->result);
      }
    }
  }
  if (diags.errorCount() > before)
    return std::nullopt;
  return std::move(out);
}

std::optional<CheckedAst> check(syntax::Ast main, SourceManager &sources, DiagnosticEngine &diags,
                                const CheckOptions &options) {
  return Checker(sources, diags, options).run(std::move(main));
}

} // namespace flux::sema
