// Private to compiler/sema: small helpers shared by the type checks of models, expressions
// and circuits.
#pragma once

#include "sema/Checker.h"

#include <array>

namespace flux::sema {

inline std::string article(const Type &type) {
  switch (type.kind) {
  case TypeKind::Real:
    return describe(type.dim);
  case TypeKind::Int:
    return "an int";
  case TypeKind::Bool:
    return "a bool";
  case TypeKind::String:
    return "a string";
  case TypeKind::Entity:
    return "a neuron, population or port";
  default:
    return "a value";
  }
}

inline bool isUnitlessNumber(const syntax::Expr &e) {
  const auto *n = dynCast<syntax::NumberExpr>(&e);
  return n && !n->unit;
}

/// Whether `inner` lies inside `outer`: code is checked once, by the declaration that
/// contains it, not again in every model or circuit that inherits it.
inline bool within(SourceRange inner, SourceRange outer) {
  return inner.begin.file == outer.begin.file && inner.begin.offset >= outer.begin.offset &&
         inner.begin.offset < outer.end.offset;
}

/// A declared type name's type, without reporting (the declaring model reported it).
inline Type quietType(const std::optional<syntax::Ident> &type) {
  if (!type)
    return Type::error();
  if (type->text == "int")
    return Type::integer();
  if (type->text == "bool")
    return Type::boolean();
  if (type->text == "string")
    return Type::string();
  if (auto dim = dimOfTypeName(type->text))
    return Type::real(*dim);
  return Type::error();
}

/// The unit a fix hint suggests: the base unit, except rates, which people write in Hz.
inline std::string hintUnit(Dim dim) {
  return dim == kRate ? "Hz" : baseUnit(dim);
}

} // namespace flux::sema
