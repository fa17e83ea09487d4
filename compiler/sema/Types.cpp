// Types and physical dimensions of expressions: arithmetic checks dimensions (adding a time to
// a voltage is an error), and every call names a builtin or an `extern fn`.
#include "sema/Evaluate.h"
#include "sema/TypeHelpers.h"
#include "syntax/AstPrinter.h"

namespace flux::sema {

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

Type Checker::declaredType(const std::optional<syntax::Ident> &type) {
  Type result = quietType(type);
  if (type && result.isError())
    diags.error(type->range) << "unknown type '" << type->text
                             << "'; the types are int, real, bool, string, time, rate, voltage, "
                                "current, conductance, capacitance, resistance, length and "
                                "velocity";
  return result;
}

bool Checker::expectType(const syntax::Expr &expr, Type actual, Type expected,
                         const std::string &what) {
  if (actual.isError() || expected.isError() || actual.kind == TypeKind::Any ||
      expected.kind == TypeKind::Any)
    return true;
  bool ok = actual.kind == expected.kind && actual.dim == expected.dim;
  if (expected.kind == TypeKind::Real && actual.kind == TypeKind::Int)
    ok = expected.dim.dimensionless();
  if (ok)
    return true;
  auto error = diags.error(expr.range);
  error << what << " expects " << article(expected) << ", got " << article(actual);
  if (expected.kind == TypeKind::Real && !expected.dim.dimensionless() && isUnitlessNumber(expr))
    error << "; write the number with a unit, such as '"
          << cast<syntax::NumberExpr>(&expr)->spelling << " " << baseUnit(expected.dim) << "'";
  else if (expected.kind == TypeKind::Int && actual.kind == TypeKind::Real &&
           actual.dim.dimensionless())
    error << "; use round(), floor() or ceil() to get a whole number";
  return false;
}

// ---------------------------------------------------------------------------------------------
// Expressions
// ---------------------------------------------------------------------------------------------

Type Checker::checkExpr(const syntax::Expr &expr, const Scope &scope, const ExprContext &ctx) {
  Type type = checkExprUncached(expr, scope, ctx);
  out.exprTypes[&expr] = type;
  return type;
}

Type Checker::checkName(const syntax::NameExpr &name, const Scope &scope, const ExprContext &ctx) {
  if (const Scope::Binding *binding = scope.find(name.name))
    return binding->type;
  const syntax::Decl *decl = ctx.module ? findTopLevel(*ctx.module, name.name) : nullptr;
  if (auto *let = dynCast<syntax::LetDecl>(decl)) {
    if (!checkingLets.insert(let).second) {
      if (reportedLetCycles.insert(let).second)
        diags.error(name.range) << "'" << name.name << "' depends on itself through its 'let'";
      return Type::error();
    }
    Scope empty;
    Type type = checkExpr(*let->value, empty, {ctx.module, false, false, {}});
    checkingLets.erase(let);
    Type declared = declaredType(let->type);
    return let->type ? declared : type;
  }
  if (isa<syntax::ExternPortDecl>(decl))
    return Type::entity();
  if (decl) {
    diags.error(name.range) << "'" << name.name << "' is "
                            << (isa<syntax::ExternFnDecl>(decl)
                                    ? "a function; call it as '" + name.name + "()'"
                                    : "not a value");
    return Type::error();
  }
  auto error = diags.error(name.range);
  error << "unknown name '" << name.name << "'";
  if (diags.limitReached())
    return Type::error(); // not shown: skip the suggestion's work
  std::vector<std::string> candidates;
  scope.collect(candidates);
  if (ctx.module) {
    for (const auto &[n, d] : ctx.module->decls)
      candidates.push_back(n);
  }
  suggest(error, name.name, candidates);
  return Type::error();
}

Type Checker::checkExprUncached(const syntax::Expr &expr, const Scope &scope,
                                const ExprContext &ctx) {
  switch (expr.kind()) {
  case syntax::ExprKind::Number: {
    const auto &n = *cast<syntax::NumberExpr>(&expr);
    if (!n.unit)
      return n.isInteger ? Type::integer() : Type::real();
    std::string unknown;
    auto unit = lookupUnit(n.unit->numerator, n.unit->denominator, unknown);
    if (!unit) {
      bool inDenominator = unknown == n.unit->denominator && unknown != n.unit->numerator;
      auto error = diags.error(inDenominator ? n.unit->denominatorRange : n.unit->numeratorRange);
      error << "unknown unit '" << unknown << "'";
      std::vector<std::string> names;
      std::string list = unitList();
      for (std::size_t start = 0; start < list.size();) {
        std::size_t comma = list.find(", ", start);
        names.push_back(list.substr(start, comma - start));
        start = comma == std::string::npos ? list.size() : comma + 2;
      }
      suggest(error, unknown, names);
      error << " (the units are " << list << ")";
      return Type::error();
    }
    return Type::real(unit->dim);
  }
  case syntax::ExprKind::Bool:
    return Type::boolean();
  case syntax::ExprKind::String:
    return Type::string();
  case syntax::ExprKind::Name:
    return checkName(*cast<syntax::NameExpr>(&expr), scope, ctx);
  case syntax::ExprKind::Member: {
    const auto &m = *cast<syntax::MemberExpr>(&expr);
    Type base = checkExpr(*m.base, scope, ctx);
    if (base.kind == TypeKind::Entity || base.kind == TypeKind::Any || base.isError())
      return base;
    diags.error(m.member.range) << article(base) << " has no member '" << m.member.text << "'";
    return Type::error();
  }
  case syntax::ExprKind::Index: {
    const auto &i = *cast<syntax::IndexExpr>(&expr);
    Type base = checkExpr(*i.base, scope, ctx);
    expectType(*i.index, checkExpr(*i.index, scope, ctx), Type::integer(), "an index");
    if (i.last)
      expectType(*i.last, checkExpr(*i.last, scope, ctx), Type::integer(), "a slice bound");
    if (base.kind == TypeKind::Entity || base.isError())
      return base;
    diags.error(i.base->range) << "cannot index " << article(base)
                               << "; only populations, ports and arrays of instances have "
                                  "elements";
    return Type::error();
  }
  case syntax::ExprKind::Call:
    return checkCall(*cast<syntax::CallExpr>(&expr), scope, ctx);
  case syntax::ExprKind::Unary: {
    const auto &u = *cast<syntax::UnaryExpr>(&expr);
    Type operand = checkExpr(*u.operand, scope, ctx);
    if (operand.isError() || operand.kind == TypeKind::Any)
      return operand;
    if (u.op == syntax::UnaryOp::Not) {
      expectType(*u.operand, operand, Type::boolean(), "'not'");
      return Type::boolean();
    }
    if (!operand.isNumeric()) {
      diags.error(expr.range) << "'" << spelling(u.op) << "' needs a number, got "
                              << article(operand);
      return Type::error();
    }
    return operand;
  }
  case syntax::ExprKind::Binary:
    return checkBinary(*cast<syntax::BinaryExpr>(&expr), scope, ctx);
  }
  return Type::error();
}

Type Checker::checkBinary(const syntax::BinaryExpr &b, const Scope &scope, const ExprContext &ctx) {
  using syntax::BinaryOp;
  Type lhs = checkExpr(*b.lhs, scope, ctx);
  Type rhs = checkExpr(*b.rhs, scope, ctx);
  if (lhs.isError() || rhs.isError())
    return Type::error();
  if (b.op == BinaryOp::And || b.op == BinaryOp::Or) {
    expectType(*b.lhs, lhs, Type::boolean(), std::string("'") + spelling(b.op) + "'");
    expectType(*b.rhs, rhs, Type::boolean(), std::string("'") + spelling(b.op) + "'");
    return Type::boolean();
  }
  if (lhs.kind == TypeKind::Any || rhs.kind == TypeKind::Any) {
    bool comparison = precedence(b.op) == precedence(BinaryOp::Less) ||
                      precedence(b.op) == precedence(BinaryOp::Eq);
    if (comparison)
      return Type::boolean();
    return Type::any();
  }
  if (b.op == BinaryOp::Eq || b.op == BinaryOp::NotEq) {
    bool comparable = (lhs.isNumeric() && rhs.isNumeric() && lhs.dim == rhs.dim) ||
                      (lhs.kind == rhs.kind && !lhs.isNumeric());
    if (!comparable)
      diags.error(b.range) << "cannot compare " << article(lhs) << " with " << article(rhs);
    return Type::boolean();
  }
  if (!lhs.isNumeric() || !rhs.isNumeric()) {
    const syntax::Expr &bad = lhs.isNumeric() ? *b.rhs : *b.lhs;
    diags.error(bad.range) << "'" << spelling(b.op) << "' needs numbers, got "
                           << article(lhs.isNumeric() ? rhs : lhs);
    return Type::error();
  }
  bool bothInt = lhs.kind == TypeKind::Int && rhs.kind == TypeKind::Int;
  switch (b.op) {
  case BinaryOp::Mul:
    return bothInt ? Type::integer() : Type::real(lhs.dim * rhs.dim);
  case BinaryOp::Div:
    return Type::real(lhs.dim / rhs.dim);
  case BinaryOp::Add:
  case BinaryOp::Sub:
  case BinaryOp::Mod:
  case BinaryOp::Less:
  case BinaryOp::LessEq:
  case BinaryOp::Greater:
  case BinaryOp::GreaterEq: {
    if (lhs.dim != rhs.dim) {
      const char *verb = b.op == BinaryOp::Add   ? "add"
                         : b.op == BinaryOp::Sub ? "subtract"
                         : b.op == BinaryOp::Mod ? "take the remainder of"
                                                 : "compare";
      const char *joiner = b.op == BinaryOp::Add   ? " and "
                           : b.op == BinaryOp::Sub ? " from "
                           : b.op == BinaryOp::Mod ? " by "
                                                   : " with ";
      auto error = diags.error(b.range);
      if (b.op == BinaryOp::Sub)
        error << "cannot " << verb << " " << article(rhs) << joiner << article(lhs);
      else
        error << "cannot " << verb << " " << article(lhs) << joiner << article(rhs);
      const syntax::Expr *bare = isUnitlessNumber(*b.rhs)   ? b.rhs.get()
                                 : isUnitlessNumber(*b.lhs) ? b.lhs.get()
                                                            : nullptr;
      if (bare) {
        Dim wanted = bare == b.rhs.get() ? lhs.dim : rhs.dim;
        error << "; write the number with a unit, such as '"
              << cast<syntax::NumberExpr>(bare)->spelling << " " << hintUnit(wanted) << "'";
      }
      return Type::error();
    }
    if (precedence(b.op) == precedence(BinaryOp::Less))
      return Type::boolean();
    return bothInt ? Type::integer() : Type::real(lhs.dim);
  }
  default:
    return Type::error();
  }
}

Type Checker::checkCall(const syntax::CallExpr &call, const Scope &scope, const ExprContext &ctx) {
  // Builtins with named parameters take them in any order: work on them in parameter order.
  std::string argError;
  auto ordered = builtinArguments(call, argError);
  if (!ordered) {
    for (const auto &a : call.args)
      checkExpr(*a.value, scope, ctx);
    diags.error(call.range) << argError;
    return Type::error();
  }
  std::vector<const syntax::Expr *> argExprs;
  std::vector<Type> args;
  for (std::size_t i = 0; i < call.args.size(); ++i) {
    const syntax::Expr *arg = ordered->empty() ? call.args[i].value.get() : (*ordered)[i];
    if (!arg) {
      diags.error(call.range) << "'" << syntax::printExpr(*call.callee)
                              << "' is missing an argument";
      return Type::error();
    }
    argExprs.push_back(arg);
    args.push_back(checkExpr(*arg, scope, ctx));
  }
  const auto *callee = dynCast<syntax::NameExpr>(call.callee.get());
  if (!callee) {
    diags.error(call.callee->range) << "only named functions can be called";
    return Type::error();
  }
  const std::string &name = callee->name;
  auto arity = [&](std::size_t min, std::size_t max) {
    if (call.args.size() >= min && call.args.size() <= max)
      return true;
    auto error = diags.error(call.range);
    error << "'" << name << "' takes ";
    if (min == max)
      error << min << (min == 1 ? " argument" : " arguments");
    else if (max == SIZE_MAX)
      error << "at least " << min << " arguments";
    else
      error << min << " to " << max << " arguments";
    error << ", got " << call.args.size();
    return false;
  };
  if (name == "burst") {
    // `burst(count, gap)` in `on fire`: the spike being emitted is the first of `count`.
    if (!ctx.inModel || ctx.inSynapse || ctx.event != "fire") {
      diags.error(call.range) << "'burst' belongs in a neuron model's 'on fire' handler: it "
                                 "turns the spike being emitted into a burst";
      return Type::error();
    }
    if (!arity(2, 2))
      return Type::error();
    expectType(*argExprs[0], args[0], Type::real(), "'burst' (count)");
    expectType(*argExprs[1], args[1], Type::real(kTime), "'burst' (gap)");
    return Type::any();
  }
  for (const auto &a : call.args) {
    if (a.name && ordered->empty() && name != "deliver") {
      const syntax::Decl *decl = ctx.module ? findTopLevel(*ctx.module, name) : nullptr;
      if (!isa<syntax::ExternFnDecl>(decl)) {
        diags.error(a.name->range) << "'" << name << "' takes no named arguments";
        return Type::error();
      }
    }
  }
  bool anyError = std::any_of(args.begin(), args.end(), [](const Type &t) { return t.isError(); });
  auto sameDims = [&](const char *what) -> Type {
    Type first = args.front();
    for (std::size_t i = 1; i < args.size(); ++i) {
      if (args[i].kind == TypeKind::Any || first.kind == TypeKind::Any)
        continue;
      if (args[i].dim != first.dim || !args[i].isNumeric()) {
        diags.error(argExprs[i]->range)
            << "'" << name << "' needs " << what << " of the same kind, got " << article(first)
            << " and " << article(args[i]);
        return Type::error();
      }
      if (args[i].kind == TypeKind::Real)
        first = args[i];
    }
    return first;
  };

  if (name == "exp" || name == "log" || name == "sin" || name == "cos" || name == "tanh") {
    if (!arity(1, 1) || anyError)
      return Type::error();
    expectType(*argExprs[0], args[0], Type::real(), "'" + name + "'");
    return Type::real();
  }
  if (name == "sqrt") {
    if (!arity(1, 1) || anyError)
      return Type::error();
    auto root = args[0].dim.sqrt();
    if (!root) {
      diags.error(argExprs[0]->range) << "cannot take the square root of " << article(args[0]);
      return Type::error();
    }
    return Type::real(*root);
  }
  if (name == "abs") {
    if (!arity(1, 1) || anyError)
      return Type::error();
    return args[0];
  }
  if (name == "floor" || name == "ceil" || name == "round") {
    if (!arity(1, 1) || anyError)
      return Type::error();
    return args[0].dim.dimensionless() && args[0].kind != TypeKind::Any ? Type::integer() : args[0];
  }
  if (name == "min" || name == "max") {
    if (!arity(2, SIZE_MAX) || anyError)
      return Type::error();
    return sameDims("values");
  }
  if (name == "clamp") {
    if (!arity(3, 3) || anyError)
      return Type::error();
    return sameDims("values");
  }
  if (name == "pow") {
    if (!arity(2, 2) || anyError)
      return Type::error();
    expectType(*argExprs[0], args[0], Type::real(), "'pow'");
    expectType(*argExprs[1], args[1], Type::real(), "'pow'");
    return Type::real();
  }
  if (name == "uniform" || name == "normal" || name == "choice") {
    if (!arity(name == "choice" ? 1 : 2, name == "choice" ? SIZE_MAX : 2) || anyError)
      return Type::error();
    Type t = sameDims("values");
    return t.kind == TypeKind::Int && name != "choice" ? Type::real() : t;
  }
  if (name == "lognormal") {
    if (!arity(2, 2) || anyError)
      return Type::error();
    expectType(*argExprs[0], args[0], Type::real(), "'lognormal' (mu)");
    expectType(*argExprs[1], args[1], Type::real(), "'lognormal' (sigma)");
    return Type::real();
  }
  if (name == "deliver") {
    if (!ctx.inSynapse) {
      diags.error(call.range) << "'deliver' transmits from a synapse model; it cannot be used here";
      return Type::error();
    }
    arity(1, 1);
    return Type::any();
  }
  const syntax::Decl *decl = ctx.module ? findTopLevel(*ctx.module, name) : nullptr;
  if (auto *fn = dynCast<syntax::ExternFnDecl>(decl)) {
    if (!arity(fn->params.size(), fn->params.size()))
      return Type::error();
    // Arguments by position or by name (`note(value = 1.0, label = "x")`).
    for (std::size_t i = 0; i < call.args.size(); ++i) {
      std::size_t slot = i;
      if (call.args[i].name) {
        auto it = std::find_if(fn->params.begin(), fn->params.end(), [&](const syntax::FnParam &p) {
          return p.name.text == call.args[i].name->text;
        });
        if (it == fn->params.end()) {
          diags.error(call.args[i].name->range)
              << "'" << name << "' has no parameter '" << call.args[i].name->text << "'";
          return Type::error();
        }
        slot = static_cast<std::size_t>(it - fn->params.begin());
      }
      expectType(*argExprs[i], args[i], declaredType(fn->params[slot].type),
                 "argument '" + fn->params[slot].name.text + "' of '" + name + "'");
    }
    // A function without a result is called for its effect: its value is nothing to use.
    return fn->result ? declaredType(fn->result) : Type::any();
  }
  auto error = diags.error(callee->range);
  error << "unknown function '" << name << "'";
  suggest(error, name, {"exp",     "log",    "sin",       "cos",    "tanh",    "sqrt",  "abs",
                        "floor",   "ceil",   "round",     "min",    "max",     "clamp", "pow",
                        "uniform", "normal", "lognormal", "choice", "deliver", "burst"});
  return Type::error();
}

} // namespace flux::sema
