// Evaluates expressions whose inputs are known at compile time: parameter defaults, sizes,
// generator ranges and conditions. Types were checked before, so this only computes.
#pragma once

#include "sema/Value.h"
#include "syntax/Ast.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace flux::sema {

/// Looks a name up; nullopt when it has no compile-time value.
using NameLookup = std::function<std::optional<Value>(const std::string &name)>;

/// The arguments of a call to a builtin with named parameters (`uniform(low, high)`,
/// `normal(mean, sd)`, `lognormal(mu, sigma)`, `clamp(x, lo, hi)`, `pow(base, exponent)`,
/// `burst(count, gap)`) in parameter order, positional or named. nullopt with `error` set
/// for an unknown or repeated name; an empty vector for builtins without named parameters.
std::optional<std::vector<const syntax::Expr *>> builtinArguments(const syntax::CallExpr &call,
                                                                  std::string &error);

/// The value of `expr`, or nullopt with `error` set ("'x' has no value at compile time",
/// "division by zero"). Random draws (uniform, normal, ...) are not constants.
std::optional<Value> evaluate(const syntax::Expr &expr, const NameLookup &lookup,
                              std::string &error);

} // namespace flux::sema
