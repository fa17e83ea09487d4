// The checked program: every module loaded, names resolved, inheritance flattened, types and
// dimensions of every expression known. It points into the (immutable) ASTs it keeps alive and
// adds side tables, so elaboration never re-resolves a name or re-derives a type.
#pragma once

#include "sema/Units.h"
#include "syntax/Ast.h"

#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace flux::sema {

enum class TypeKind : std::uint8_t {
  Error, // already reported; suppresses follow-on errors
  Bool,
  Int,  // dimensionless whole number (sizes, indices, counts)
  Real, // a real number with a dimension (dimensionless for plain reals)
  String,
  Any,    // an event parameter or another neuron's state: checked where it is bound
  Entity, // a neuron, population, instance, port or input in a circuit
};

struct Type {
  TypeKind kind = TypeKind::Error;
  Dim dim;

  static Type error() { return {TypeKind::Error, {}}; }
  static Type boolean() { return {TypeKind::Bool, {}}; }
  static Type integer() { return {TypeKind::Int, {}}; }
  static Type real(Dim dim = {}) { return {TypeKind::Real, dim}; }
  static Type string() { return {TypeKind::String, {}}; }
  static Type any() { return {TypeKind::Any, {}}; }
  static Type entity() { return {TypeKind::Entity, {}}; }

  bool isNumeric() const { return kind == TypeKind::Int || kind == TypeKind::Real; }
  bool isError() const { return kind == TypeKind::Error; }
  /// "int", "real", "time [ms]", "bool", ...
  std::string str() const;
  friend bool operator==(const Type &a, const Type &b) = default;
};

struct Module;

struct ImportedModule {
  const Module *module = nullptr;
  std::string qualifier; // `neurons` for `import stdlib.neurons`, or the `as` alias
  const syntax::ImportDecl *decl = nullptr;
  /// `import x as n`: the module's names are reached only as `n.Name`.
  bool qualifiedOnly() const { return decl && decl->alias.has_value(); }
};

/// One loaded file and what it declares at top level.
struct Module {
  std::string name; // `stdlib.neurons`, or the path for the main file and string imports
  const syntax::Module *ast = nullptr;
  std::vector<ImportedModule> imports;
  std::map<std::string, const syntax::Decl *> decls; // models, circuits, externs, lets
};

/// A parameter (of a model or circuit) or a state variable.
struct ParamInfo {
  syntax::Ident name;
  Type type;                           // from `: type`, else from the declared default
  const syntax::Expr *value = nullptr; // the default after overrides; null: must be given
  std::string owner;                   // the model or circuit that declared it
  std::optional<syntax::Ident> typeName;
  const syntax::Expr *declaredValue = nullptr; // the default as first declared
};

using StateInfo = ParamInfo;

struct HandlerInfo {
  const syntax::HandlerDecl *decl = nullptr;
  std::string owner;
};

/// A neuron or synapse model with its inheritance chain flattened.
struct ModelInfo {
  syntax::ModelKind kind = syntax::ModelKind::Neuron;
  std::string name;
  const syntax::ModelDecl *decl = nullptr;
  const Module *module = nullptr;
  std::vector<std::string> lineage; // base first, this model last
  std::vector<ParamInfo> params;    // in declaration order, bases first
  std::vector<StateInfo> states;
  const syntax::EvolveDecl *evolve = nullptr;
  std::string evolveOwner;
  std::vector<HandlerInfo> handlers;
  const syntax::FireWhenDecl *fireWhen = nullptr;
  std::string fireWhenOwner;

  const ParamInfo *param(const std::string &name) const;
  const StateInfo *state(const std::string &name) const;
};

/// A member of a circuit and the module it was written in (a base circuit's members resolve
/// names through the base's imports).
struct CircuitMember {
  const syntax::Decl *decl = nullptr;
  const Module *module = nullptr;
};

/// A circuit with its inheritance chain flattened: base members first.
struct CircuitInfo {
  std::string name;
  const syntax::CircuitDecl *decl = nullptr;
  const Module *module = nullptr;
  std::vector<std::string> lineage;
  std::vector<ParamInfo> params;
  std::vector<CircuitMember> members; // overrides of params are folded into `params`

  const ParamInfo *param(const std::string &name) const;
};

class CheckedAst {
public:
  const Module &main() const { return *mainModule; }
  const std::vector<std::unique_ptr<Module>> &modules() const { return moduleList; }
  const std::vector<std::unique_ptr<ModelInfo>> &models() const { return modelList; }
  const std::vector<std::unique_ptr<CircuitInfo>> &circuits() const { return circuitList; }

  /// What a model or circuit reference in the source resolved to (null if it did not).
  const ModelInfo *model(const syntax::QualifiedName &ref) const;
  const CircuitInfo *circuit(const syntax::QualifiedName &ref) const;
  const ModelInfo *modelOf(const syntax::ModelDecl &decl) const;
  const CircuitInfo *circuitOf(const syntax::CircuitDecl &decl) const;
  /// The type of a checked expression (Error for one that was never checked).
  Type typeOf(const syntax::Expr &expr) const;

private:
  friend class Checker;
  std::vector<syntax::Ast> asts; // keeps every parsed module alive
  std::vector<std::unique_ptr<Module>> moduleList;
  const Module *mainModule = nullptr;
  std::vector<std::unique_ptr<ModelInfo>> modelList;
  std::vector<std::unique_ptr<CircuitInfo>> circuitList;
  std::unordered_map<const syntax::QualifiedName *, const ModelInfo *> modelRefs;
  std::unordered_map<const syntax::QualifiedName *, const CircuitInfo *> circuitRefs;
  std::unordered_map<const syntax::Decl *, const ModelInfo *> modelDecls;
  std::unordered_map<const syntax::Decl *, const CircuitInfo *> circuitDecls;
  std::unordered_map<const syntax::Expr *, Type> exprTypes;
};

} // namespace flux::sema
