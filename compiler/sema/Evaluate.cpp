#include "sema/Evaluate.h"

#include "sema/Units.h"

#include <algorithm>
#include <cmath>

namespace flux::sema {
namespace {

using syntax::BinaryOp;

std::optional<Value> number(double v, Dim dim, bool isInt) {
  if (!std::isfinite(v))
    return std::nullopt;
  return isInt ? Value::integer(v) : Value::real(v, dim);
}

std::optional<Value> binary(BinaryOp op, const Value &a, const Value &b, std::string &error) {
  if (op == BinaryOp::Eq || op == BinaryOp::NotEq) {
    bool equal = a.kind == Value::Kind::Bool     ? a.flag == b.flag
                 : a.kind == Value::Kind::String ? a.text == b.text
                                                 : a.number == b.number;
    return Value::boolean(op == BinaryOp::Eq ? equal : !equal);
  }
  if (op == BinaryOp::And)
    return Value::boolean(a.flag && b.flag);
  if (op == BinaryOp::Or)
    return Value::boolean(a.flag || b.flag);
  bool ints = a.kind == Value::Kind::Int && b.kind == Value::Kind::Int;
  switch (op) {
  case BinaryOp::Add:
    return number(a.number + b.number, a.dim, ints);
  case BinaryOp::Sub:
    return number(a.number - b.number, a.dim, ints);
  case BinaryOp::Mul:
    return number(a.number * b.number, a.dim * b.dim, ints);
  case BinaryOp::Div:
    if (b.number == 0) {
      error = "division by zero";
      return std::nullopt;
    }
    return number(a.number / b.number, a.dim / b.dim, false);
  case BinaryOp::Mod:
    if (b.number == 0) {
      error = "remainder of a division by zero";
      return std::nullopt;
    }
    // A remainder with the sign of the divisor, so `i % n` is a valid index for negative i.
    return number(a.number - b.number * std::floor(a.number / b.number), a.dim, ints);
  case BinaryOp::Less:
    return Value::boolean(a.number < b.number);
  case BinaryOp::LessEq:
    return Value::boolean(a.number <= b.number);
  case BinaryOp::Greater:
    return Value::boolean(a.number > b.number);
  case BinaryOp::GreaterEq:
    return Value::boolean(a.number >= b.number);
  default:
    return std::nullopt;
  }
}

std::optional<Value> call(const std::string &name, const std::vector<Value> &args,
                          std::string &error) {
  auto real1 = [&](double (*f)(double)) -> std::optional<Value> {
    double v = f(args[0].number);
    if (!std::isfinite(v)) {
      error = "'" + name + "' of " + args[0].str() + " is not a finite number";
      return std::nullopt;
    }
    return Value::real(v);
  };
  if (name == "exp")
    return real1(std::exp);
  if (name == "log")
    return real1(std::log);
  if (name == "sin")
    return real1(std::sin);
  if (name == "cos")
    return real1(std::cos);
  if (name == "tanh")
    return real1(std::tanh);
  if (name == "sqrt") {
    if (args[0].number < 0) {
      error = "square root of a negative number";
      return std::nullopt;
    }
    return Value::real(std::sqrt(args[0].number), args[0].dim.sqrt().value_or(Dim{}));
  }
  if (name == "abs")
    return number(std::fabs(args[0].number), args[0].dim, args[0].kind == Value::Kind::Int);
  if (name == "floor" || name == "ceil" || name == "round") {
    double v = name == "floor"  ? std::floor(args[0].number)
               : name == "ceil" ? std::ceil(args[0].number)
                                : std::round(args[0].number);
    return number(v, args[0].dim, args[0].dim.dimensionless());
  }
  if (name == "min" || name == "max") {
    Value best = args[0];
    bool allInt = true;
    for (const auto &a : args) {
      allInt = allInt && a.kind == Value::Kind::Int;
      if (name == "min" ? a.number < best.number : a.number > best.number)
        best = a;
    }
    return number(best.number, best.dim, allInt);
  }
  if (name == "clamp") {
    double v = std::fmin(std::fmax(args[0].number, args[1].number), args[2].number);
    bool allInt = std::all_of(args.begin(), args.end(),
                              [](const Value &a) { return a.kind == Value::Kind::Int; });
    return number(v, args[0].dim, allInt);
  }
  if (name == "pow") {
    double v = std::pow(args[0].number, args[1].number);
    if (!std::isfinite(v)) {
      error = "pow(" + args[0].str() + ", " + args[1].str() + ") is not a finite number";
      return std::nullopt;
    }
    return Value::real(v);
  }
  error = "'" + name + "' has no value at compile time";
  return std::nullopt;
}

} // namespace

std::optional<std::vector<const syntax::Expr *>> builtinArguments(const syntax::CallExpr &call,
                                                                  std::string &error) {
  static const std::vector<std::pair<const char *, std::vector<const char *>>> kParams = {
      {"uniform", {"low", "high"}}, {"normal", {"mean", "sd"}},    {"lognormal", {"mu", "sigma"}},
      {"clamp", {"x", "lo", "hi"}}, {"pow", {"base", "exponent"}}, {"burst", {"count", "gap"}}};
  const auto *callee = dynCast<syntax::NameExpr>(call.callee.get());
  const std::vector<const char *> *names = nullptr;
  for (const auto &[name, params] : kParams) {
    if (callee && callee->name == name)
      names = &params;
  }
  std::vector<const syntax::Expr *> ordered;
  if (!names)
    return ordered;
  ordered.assign(std::max(names->size(), call.args.size()), nullptr);
  for (std::size_t i = 0; i < call.args.size(); ++i) {
    const auto &a = call.args[i];
    std::size_t slot = i;
    if (a.name) {
      auto it = std::find_if(names->begin(), names->end(),
                             [&](const char *n) { return a.name->text == n; });
      if (it == names->end()) {
        error =
            "'" + callee->name + "' has no parameter '" + a.name->text + "'; its parameters are";
        for (const char *n : *names)
          error += std::string(" ") + n;
        return std::nullopt;
      }
      slot = static_cast<std::size_t>(it - names->begin());
    }
    if (ordered[slot]) {
      error = "'" + callee->name + "' is given '" + (*names)[slot] + "' twice";
      return std::nullopt;
    }
    ordered[slot] = a.value.get();
  }
  return ordered;
}

std::optional<Value> evaluate(const syntax::Expr &expr, const NameLookup &lookup,
                              std::string &error) {
  switch (expr.kind()) {
  case syntax::ExprKind::Number: {
    const auto &n = *cast<syntax::NumberExpr>(&expr);
    if (!n.unit)
      return n.isInteger ? Value::integer(n.value) : Value::real(n.value);
    std::string unknown;
    auto unit = lookupUnit(n.unit->numerator, n.unit->denominator, unknown);
    if (!unit) {
      error = "unknown unit '" + unknown + "'";
      return std::nullopt;
    }
    return Value::real(n.value * unit->scale, unit->dim);
  }
  case syntax::ExprKind::Bool:
    return Value::boolean(cast<syntax::BoolExpr>(&expr)->value);
  case syntax::ExprKind::String:
    return Value::string(cast<syntax::StringExpr>(&expr)->value);
  case syntax::ExprKind::Name: {
    const auto &name = cast<syntax::NameExpr>(&expr)->name;
    auto value = lookup ? lookup(name) : std::nullopt;
    if (!value && error.empty())
      error = "'" + name + "' has no value at compile time";
    return value;
  }
  case syntax::ExprKind::Unary: {
    const auto &u = *cast<syntax::UnaryExpr>(&expr);
    auto v = evaluate(*u.operand, lookup, error);
    if (!v)
      return std::nullopt;
    if (u.op == syntax::UnaryOp::Not)
      return Value::boolean(!v->flag);
    if (u.op == syntax::UnaryOp::Negate)
      v->number = -v->number;
    return v;
  }
  case syntax::ExprKind::Binary: {
    const auto &b = *cast<syntax::BinaryExpr>(&expr);
    auto lhs = evaluate(*b.lhs, lookup, error);
    if (!lhs)
      return std::nullopt;
    // Short-circuit, so `i > 0 and x[i - 1]` style guards work.
    if (b.op == BinaryOp::And && !lhs->flag)
      return Value::boolean(false);
    if (b.op == BinaryOp::Or && lhs->flag)
      return Value::boolean(true);
    auto rhs = evaluate(*b.rhs, lookup, error);
    if (!rhs)
      return std::nullopt;
    auto result = binary(b.op, *lhs, *rhs, error);
    if (!result && error.empty())
      error = "the result is not a finite number";
    return result;
  }
  case syntax::ExprKind::Call: {
    const auto &c = *cast<syntax::CallExpr>(&expr);
    const auto *callee = dynCast<syntax::NameExpr>(c.callee.get());
    if (!callee) {
      error = "this call has no value at compile time";
      return std::nullopt;
    }
    auto ordered = builtinArguments(c, error);
    if (!ordered)
      return std::nullopt;
    std::vector<Value> args;
    for (std::size_t i = 0; i < c.args.size(); ++i) {
      const syntax::Expr *arg = ordered->empty() ? c.args[i].value.get() : (*ordered)[i];
      auto v = arg ? evaluate(*arg, lookup, error) : std::nullopt;
      if (!v)
        return std::nullopt;
      args.push_back(*v);
    }
    return call(callee->name, args, error);
  }
  default:
    error = "this expression has no value at compile time";
    return std::nullopt;
  }
}

} // namespace flux::sema
