#include "sema/CheckedAst.h"

namespace flux::sema {

std::string Type::str() const {
  switch (kind) {
  case TypeKind::Error:
    return "<error>";
  case TypeKind::Bool:
    return "bool";
  case TypeKind::Int:
    return "int";
  case TypeKind::Real: {
    if (dim.dimensionless())
      return "real";
    std::string text = describe(dim);
    return text.substr(text.find(' ') + 1); // "a time [ms]" -> "time [ms]"
  }
  case TypeKind::String:
    return "string";
  case TypeKind::Any:
    return "any";
  case TypeKind::Entity:
    return "entity";
  }
  return "?";
}

const ParamInfo *ModelInfo::param(const std::string &name) const {
  for (const auto &p : params) {
    if (p.name.text == name)
      return &p;
  }
  return nullptr;
}

const StateInfo *ModelInfo::state(const std::string &name) const {
  for (const auto &s : states) {
    if (s.name.text == name)
      return &s;
  }
  return nullptr;
}

const ParamInfo *CircuitInfo::param(const std::string &name) const {
  for (const auto &p : params) {
    if (p.name.text == name)
      return &p;
  }
  return nullptr;
}

namespace {
template <typename Map, typename Key>
auto find(const Map &map, const Key &key) -> typename Map::mapped_type {
  auto it = map.find(key);
  return it == map.end() ? nullptr : it->second;
}
} // namespace

const ModelInfo *CheckedAst::model(const syntax::QualifiedName &ref) const {
  return find(modelRefs, &ref);
}
const CircuitInfo *CheckedAst::circuit(const syntax::QualifiedName &ref) const {
  return find(circuitRefs, &ref);
}
const ModelInfo *CheckedAst::modelOf(const syntax::ModelDecl &decl) const {
  return find(modelDecls, static_cast<const syntax::Decl *>(&decl));
}
const CircuitInfo *CheckedAst::circuitOf(const syntax::CircuitDecl &decl) const {
  return find(circuitDecls, static_cast<const syntax::Decl *>(&decl));
}
Type CheckedAst::typeOf(const syntax::Expr &expr) const {
  auto it = exprTypes.find(&expr);
  return it == exprTypes.end() ? Type::error() : it->second;
}

} // namespace flux::sema
