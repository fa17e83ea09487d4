// Private to compiler/sema: the state of one check() run, with its work split by concern over
// Imports.cpp, Names.cpp, Inheritance.cpp and Types.cpp.
#pragma once

#include "sema/Check.h"
#include "sema/Value.h"

#include <functional>
#include <map>
#include <set>

namespace flux::sema {

/// Names visible in an expression, innermost first.
class Scope {
public:
  struct Binding {
    Type type;
    SourceRange declared;
    bool assignable = false;
  };

  explicit Scope(const Scope *parent = nullptr) : parent(parent) {}
  void bind(const std::string &name, Binding binding) { names[name] = binding; }
  const Binding *find(const std::string &name) const;
  /// Every visible name, for "did you mean" suggestions.
  void collect(std::vector<std::string> &out) const;

private:
  const Scope *parent;
  std::map<std::string, Binding> names;
};

/// What an expression is checked in: a model body or a circuit, and what may appear there.
struct ExprContext {
  const Module *module = nullptr;
  bool inModel = false;
  bool inSynapse = false;
  std::string event; // the handler being checked (`fire` for `on fire`), if any
};

class Checker {
public:
  Checker(SourceManager &sources, DiagnosticEngine &diags, const CheckOptions &options)
      : sources(sources), diags(diags), options(options) {}

  std::optional<CheckedAst> run(syntax::Ast main);

private:
  // Imports.cpp: loading modules, import cycles.
  Module *addModule(std::string name, syntax::Ast ast);
  void loadImports(Module &module);
  std::string findImport(const syntax::ImportDecl &import, const Module &from,
                         std::vector<std::string> &tried) const;

  // Names.cpp: top-level symbols and lookups.
  void declareTopLevel(Module &module);
  void checkShadowing(const Module &module);
  /// Resolves a name to a top-level declaration; `what` says what is expected ("a neuron
  /// model"). Reports unknown and ambiguous names.
  const syntax::Decl *lookup(const Module &module, const syntax::QualifiedName &name,
                             const char *what);
  /// A top-level declaration found without reporting anything (for expressions).
  const syntax::Decl *findTopLevel(const Module &module, const std::string &name) const;
  void suggest(DiagnosticBuilder &error, const std::string &name,
               const std::vector<std::string> &candidates) const;

  // Inheritance.cpp: flattening models and circuits.
  const ModelInfo *modelInfo(const syntax::ModelDecl &decl, const Module &module);
  const CircuitInfo *circuitInfo(const syntax::CircuitDecl &decl, const Module &module);
  const ModelInfo *resolveModel(const Module &module, const syntax::QualifiedName &name,
                                std::optional<syntax::ModelKind> kind);
  const CircuitInfo *resolveCircuit(const Module &module, const syntax::QualifiedName &name);
  const Module *homeModule(const syntax::Decl &decl, const Module &fallback) const;

  // Types.cpp: types and dimensions.
  void checkModel(ModelInfo &model);
  void checkCircuit(CircuitInfo &circuit);
  void typeCircuitParams(CircuitInfo &circuit);
  /// Types a parameter or state of a model or circuit declared within `own` (an inherited one
  /// takes the type its own declaration got), checks its values and binds it in `scope`.
  /// One with neither a type nor a default is an error whose fix names `noun` and shows
  /// `<keyword>name: <type>` or `<keyword>name = <value>`.
  struct MissingTypeHint {
    const char *noun;    // "param", "circuit parameter"
    const char *keyword; // "param ", "" (how a declaration starts)
    const char *type;    // "time", "int"
    const char *value;   // "1 ms", "10"
  };
  void typeParam(ParamInfo &p, SourceRange own, Scope &scope, const ExprContext &ctx,
                 bool assignable, const MissingTypeHint &hint);
  /// `seen` holds the member names already declared in this circuit (inherited ones too).
  void checkCircuitMembers(const std::vector<CircuitMember> &members, Scope &scope,
                           std::map<std::string, SourceRange> &seen);
  void checkCircuitMember(const CircuitMember &member, Scope &scope);
  void bindMemberNames(const std::vector<CircuitMember> &members, Scope &scope,
                       std::map<std::string, SourceRange> &seen);
  bool checkCondition(const syntax::Expr &expr, const Scope &scope, const ExprContext &ctx);
  Type checkName(const syntax::NameExpr &name, const Scope &scope, const ExprContext &ctx);
  void checkOverrides(const std::vector<std::unique_ptr<const syntax::OverrideDecl>> &overrides,
                      const ModelInfo &model, Scope &scope, const ExprContext &ctx);
  void checkArguments(const std::vector<syntax::Argument> &args,
                      const std::vector<ParamInfo> &params, const std::string &owner,
                      SourceRange where, Scope &scope, const ExprContext &ctx);
  void checkSpec(const syntax::Spec &spec, bool isRule, Scope &scope, const ExprContext &ctx);
  void checkBlock(const syntax::Block &block, Scope &scope, const ExprContext &ctx);
  void checkStmt(const syntax::Stmt &stmt, Scope &scope, const ExprContext &ctx);
  Type checkExpr(const syntax::Expr &expr, const Scope &scope, const ExprContext &ctx);
  Type checkExprUncached(const syntax::Expr &expr, const Scope &scope, const ExprContext &ctx);
  Type checkCall(const syntax::CallExpr &call, const Scope &scope, const ExprContext &ctx);
  Type checkBinary(const syntax::BinaryExpr &binary, const Scope &scope, const ExprContext &ctx);
  /// Reports unless `actual` can be used where `expected` is wanted; `what` names the place.
  bool expectType(const syntax::Expr &expr, Type actual, Type expected, const std::string &what);
  Type declaredType(const std::optional<syntax::Ident> &type);

  SourceManager &sources;
  DiagnosticEngine &diags;
  const CheckOptions &options;
  CheckedAst out;
  std::map<std::string, Module *> modulesByPath; // canonical path -> module
  std::vector<std::pair<std::string, const syntax::ImportDecl *>> loading; // import chain
  std::set<const syntax::Decl *> flattening;            // inheritance cycle detection
  std::map<const syntax::Decl *, const Module *> homes; // top-level decl -> its module
  std::set<const syntax::Decl *> checkingLets;          // `let a = b` / `let b = a` detection
  std::set<const syntax::Decl *> reportedLetCycles;
};

/// The canonical form of a path, so one file imported two ways is loaded once.
std::string canonicalPath(const std::string &path);

/// Edit distance (with transpositions), for "did you mean".
std::size_t editDistance(const std::string &a, const std::string &b, bool ignoreCase);

} // namespace flux::sema
