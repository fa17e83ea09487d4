// Types and physical dimensions of expressions in models and circuits. Arithmetic checks
// dimensions (adding a time to a voltage is an error), assignments and arguments must match
// the declared type, and every call names a builtin or an `extern fn`.
#include "sema/Checker.h"

#include <array>

namespace flux::sema {

namespace {

std::string article(const Type &type) {
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

bool isUnitlessNumber(const syntax::Expr &e) {
  const auto *n = dynCast<syntax::NumberExpr>(&e);
  return n && !n->unit;
}

/// A parameter of a builtin synapse kind, connectivity rule or input source.
struct ArgSpec {
  const char *name;
  Type type;
  bool required;
};

struct Signature {
  const char *name;
  std::vector<ArgSpec> args;
};

const std::vector<Signature> &ruleSignatures() {
  static const std::vector<Signature> rules = {
      {"one_to_one", {}},
      {"all_to_all", {}},
      {"probability", {{"p", Type::real(), true}}},
      {"fixed_indegree", {{"k", Type::integer(), true}}},
      {"fixed_outdegree", {{"k", Type::integer(), true}}},
      {"small_world", {{"k", Type::integer(), true}, {"p", Type::real(), true}}},
      {"ring", {{"k", Type::integer(), true}}},
      {"grid",
       {{"w", Type::integer(), true},
        {"h", Type::integer(), true},
        {"radius", Type::real(), true}}},
      {"table", {{"file", Type::string(), true}}},
  };
  return rules;
}

const std::vector<Signature> &sourceSignatures() {
  static const std::vector<Signature> sources = {
      {"poisson", {{"rate", Type::real(kRate), true}}},
      {"regular", {{"rate", Type::real(kRate), true}, {"phase", Type::real(kTime), false}}},
      {"spike_train", {{"file", Type::string(), true}}},
  };
  return sources;
}

const std::vector<Signature> &synapseKindSignatures() {
  static const std::vector<Signature> kinds = {
      {"direct", {{"w", Type::any(), false}, {"delay", Type::real(kTime), false}}},
      {"modulator", {{"w", Type::any(), false}, {"delay", Type::real(kTime), false}}},
      {"electric", {{"delay", Type::real(kTime), false}}},
  };
  return kinds;
}

const Signature *findSignature(const std::vector<Signature> &list, const std::string &name) {
  for (const auto &s : list) {
    if (name == s.name)
      return &s;
  }
  return nullptr;
}

std::vector<std::string> signatureNames(const std::vector<Signature> &list) {
  std::vector<std::string> names;
  for (const auto &s : list)
    names.emplace_back(s.name);
  return names;
}

constexpr std::array kNeuronEvents = {"direct", "modulator", "electric", "fire"};
constexpr std::array kSynapseEvents = {"pre", "post"};

/// Whether `inner` lies inside `outer`: code is checked once, by the declaration that
/// contains it, not again in every model or circuit that inherits it.
bool within(SourceRange inner, SourceRange outer) {
  return inner.begin.file == outer.begin.file && inner.begin.offset >= outer.begin.offset &&
         inner.begin.offset < outer.end.offset;
}

/// A declared type name's type, without reporting (the declaring model reported it).
Type quietType(const std::optional<syntax::Ident> &type) {
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

} // namespace

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

Type Checker::declaredType(const std::optional<syntax::Ident> &type) {
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
  diags.error(type->range) << "unknown type '" << type->text
                           << "'; the types are int, real, bool, string, time, rate, voltage, "
                              "current, conductance, capacitance and resistance";
  return Type::error();
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
// Models
// ---------------------------------------------------------------------------------------------

void Checker::checkModel(ModelInfo &model) {
  ExprContext ctx{model.module, true, model.kind == syntax::ModelKind::Synapse};
  Scope scope;
  if (ctx.inSynapse) {
    // The pre- and postsynaptic neurons: their state is checked where the synapse is bound.
    scope.bind("pre", {Type::any(), {}, false});
    scope.bind("post", {Type::any(), {}, false});
  }
  SourceRange own = model.decl->range;
  auto typeOf = [&](ParamInfo &p, const char *what, bool assignable) {
    if (!within(p.name.range, own)) {
      // Inherited: typed when its own model was checked.
      p.type = p.typeName ? quietType(p.typeName)
                          : (p.declaredValue ? out.typeOf(*p.declaredValue) : Type::error());
      if (p.value && p.value != p.declaredValue && within(p.value->range, own))
        expectType(*p.value, checkExpr(*p.value, scope, ctx), p.type, "'" + p.name.text + "'");
      scope.bind(p.name.text, {p.type, p.name.range, assignable});
      return;
    }
    Type declared = declaredType(p.typeName);
    Type initial = p.declaredValue ? checkExpr(*p.declaredValue, scope, ctx) : Type::error();
    p.type = p.typeName ? declared : initial;
    if (!p.typeName && !p.declaredValue) {
      diags.error(p.name.range) << what << " '" << p.name.text
                                << "' needs a type or a default value, such as '" << what << " "
                                << p.name.text << ": time' or '" << what << " " << p.name.text
                                << " = 1 ms'";
    }
    if (p.typeName && p.declaredValue)
      expectType(*p.declaredValue, initial, p.type, "'" + p.name.text + "'");
    if (p.value && p.value != p.declaredValue)
      expectType(*p.value, checkExpr(*p.value, scope, ctx), p.type, "'" + p.name.text + "'");
    scope.bind(p.name.text, {p.type, p.name.range, assignable});
  };
  for (auto &p : model.params)
    typeOf(p, "param", false);
  for (auto &s : model.states)
    typeOf(s, "state", true);

  if (model.evolve && within(model.evolve->range, own)) {
    Scope inner(&scope);
    inner.bind(model.evolve->interval.text, {Type::real(kTime), model.evolve->interval.range});
    checkBlock(model.evolve->body, inner, ctx);
  }
  for (const auto &handler : model.handlers) {
    const auto &h = *handler.decl;
    if (!within(h.range, own))
      continue;
    bool known = false;
    if (ctx.inSynapse)
      known = std::find(kSynapseEvents.begin(), kSynapseEvents.end(), h.event.text) !=
              kSynapseEvents.end();
    else
      known = std::find(kNeuronEvents.begin(), kNeuronEvents.end(), h.event.text) !=
              kNeuronEvents.end();
    if (!known) {
      diags.error(h.event.range) << "unknown event '" << h.event.text << "' for a "
                                 << (ctx.inSynapse ? "synapse model; the events are pre and post"
                                                   : "neuron model; the events are direct, "
                                                     "modulator, electric and fire");
    }
    bool takesWeight = h.event.text == "direct" || h.event.text == "modulator";
    if (h.params.size() > (takesWeight ? 1u : 0u)) {
      diags.error(h.params.back().range)
          << "'on " << h.event.text << "' takes "
          << (takesWeight ? "one parameter, the weight" : "no parameters");
    }
    Scope inner(&scope);
    for (const auto &p : h.params)
      inner.bind(p.text, {Type::any(), p.range});
    checkBlock(h.body, inner, ctx);
  }
  if (model.fireWhen && within(model.fireWhen->range, own)) {
    if (ctx.inSynapse)
      diags.error(model.fireWhen->range) << "a synapse model cannot have 'fire when'";
    checkCondition(*model.fireWhen->condition, scope, ctx);
    if (model.fireWhen->checkEvery)
      expectType(*model.fireWhen->checkEvery, checkExpr(*model.fireWhen->checkEvery, scope, ctx),
                 Type::real(kTime), "'checked every'");
  }
}

void Checker::checkBlock(const syntax::Block &block, Scope &scope, const ExprContext &ctx) {
  Scope inner(&scope);
  for (const auto &stmt : block)
    checkStmt(*stmt, inner, ctx);
}

bool Checker::checkCondition(const syntax::Expr &expr, const Scope &scope, const ExprContext &ctx) {
  // In a model, a bare `refractory` in a condition asks whether the neuron is refractory,
  // even where a parameter is also called `refractory` (its duration).
  if (ctx.inModel) {
    if (auto *n = dynCast<syntax::NameExpr>(&expr); n && n->name == "refractory") {
      out.exprTypes[&expr] = Type::boolean();
      return true;
    }
    if (auto *u = dynCast<syntax::UnaryExpr>(&expr); u && u->op == syntax::UnaryOp::Not) {
      bool ok = checkCondition(*u->operand, scope, ctx);
      out.exprTypes[&expr] = Type::boolean();
      return ok;
    }
    if (auto *b = dynCast<syntax::BinaryExpr>(&expr);
        b && (b->op == syntax::BinaryOp::And || b->op == syntax::BinaryOp::Or)) {
      bool lhsOk = checkCondition(*b->lhs, scope, ctx); // both sides, to report both
      bool rhsOk = checkCondition(*b->rhs, scope, ctx);
      bool ok = lhsOk && rhsOk;
      out.exprTypes[&expr] = Type::boolean();
      return ok;
    }
  }
  return expectType(expr, checkExpr(expr, scope, ctx), Type::boolean(), "a condition");
}

void Checker::checkStmt(const syntax::Stmt &stmt, Scope &scope, const ExprContext &ctx) {
  switch (stmt.kind()) {
  case syntax::StmtKind::Let: {
    const auto &let = *cast<syntax::LetStmt>(&stmt);
    scope.bind(let.name.text, {checkExpr(*let.value, scope, ctx), let.name.range, false});
    return;
  }
  case syntax::StmtKind::Assign: {
    const auto &assign = *cast<syntax::AssignStmt>(&stmt);
    Type target = Type::error();
    if (auto *name = dynCast<syntax::NameExpr>(assign.target.get())) {
      const Scope::Binding *binding = scope.find(name->name);
      target = checkExpr(*assign.target, scope, ctx);
      if (binding && !binding->assignable && !target.isError()) {
        diags.error(assign.target->range).note(binding->declared, "declared here")
            << "cannot assign to '" << name->name
            << "': only state variables change during a run; declare it with 'state'";
      }
    } else {
      target = checkExpr(*assign.target, scope, ctx);
      if (target.kind != TypeKind::Any && !target.isError())
        diags.error(assign.target->range) << "only state variables can be assigned to";
    }
    Type value = checkExpr(*assign.value, scope, ctx);
    if (assign.op == syntax::AssignOp::Mul || assign.op == syntax::AssignOp::Div)
      expectType(*assign.value, value, Type::real(), std::string("'") + spelling(assign.op) + "'");
    else
      expectType(
          *assign.value, value, target, "assignment to '" + [&] {
            auto *n = dynCast<syntax::NameExpr>(assign.target.get());
            return n ? n->name : std::string("this target");
          }() + "'");
    return;
  }
  case syntax::StmtKind::If: {
    const auto &ifStmt = *cast<syntax::IfStmt>(&stmt);
    for (const auto &branch : ifStmt.branches) {
      checkCondition(*branch.condition, scope, ctx);
      checkBlock(branch.body, scope, ctx);
    }
    if (ifStmt.elseBody)
      checkBlock(*ifStmt.elseBody, scope, ctx);
    return;
  }
  case syntax::StmtKind::Fire:
    if (ctx.inSynapse)
      diags.error(stmt.range) << "'fire' is for neuron models; a synapse transmits with "
                                 "'deliver(w)'";
    return;
  case syntax::StmtKind::Refractory: {
    const auto &r = *cast<syntax::RefractoryStmt>(&stmt);
    if (ctx.inSynapse)
      diags.error(stmt.range) << "'refractory for' is for neuron models";
    expectType(*r.duration, checkExpr(*r.duration, scope, ctx), Type::real(kTime),
               "'refractory for'");
    return;
  }
  case syntax::StmtKind::Expr:
    checkExpr(*cast<syntax::ExprStmt>(&stmt)->expr, scope, ctx);
    return;
  }
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
    Scope empty;
    Type type = checkExpr(*let->value, empty, {ctx.module, false, false});
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
      auto error = diags.error(n.unit->range);
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
              << cast<syntax::NumberExpr>(bare)->spelling << " " << baseUnit(wanted) << "'";
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
  std::vector<Type> args;
  for (const auto &a : call.args)
    args.push_back(checkExpr(*a.value, scope, ctx));
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
    if (!ctx.inModel || ctx.inSynapse) {
      diags.error(call.range) << "'burst' is for neuron models, in 'on fire'";
      return Type::error();
    }
    if (!arity(2, 2))
      return Type::error();
    const char *names[] = {"count", "gap"};
    Type wanted[] = {Type::real(), Type::real(kTime)};
    for (std::size_t i = 0; i < 2; ++i) {
      std::size_t index = i;
      for (std::size_t k = 0; k < 2; ++k) {
        if (call.args[k].name && call.args[k].name->text == names[i])
          index = k;
      }
      if (call.args[index].name && call.args[index].name->text != names[i]) {
        diags.error(call.args[index].name->range)
            << "'burst' has no parameter '" << call.args[index].name->text
            << "'; it takes count and gap";
        return Type::error();
      }
      expectType(*call.args[index].value, args[index], wanted[i],
                 std::string("'burst' (") + names[i] + ")");
    }
    return Type::any();
  }
  for (const auto &a : call.args) {
    if (a.name && name != "deliver") {
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
        diags.error(call.args[i].value->range)
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
    expectType(*call.args[0].value, args[0], Type::real(), "'" + name + "'");
    return Type::real();
  }
  if (name == "sqrt") {
    if (!arity(1, 1) || anyError)
      return Type::error();
    auto root = args[0].dim.sqrt();
    if (!root) {
      diags.error(call.args[0].value->range)
          << "cannot take the square root of " << article(args[0]);
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
    expectType(*call.args[0].value, args[0], Type::real(), "'pow'");
    expectType(*call.args[1].value, args[1], Type::real(), "'pow'");
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
    expectType(*call.args[0].value, args[0], Type::real(), "'lognormal' (mu)");
    expectType(*call.args[1].value, args[1], Type::real(), "'lognormal' (sigma)");
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
    for (std::size_t i = 0; i < fn->params.size(); ++i)
      expectType(*call.args[i].value, args[i], declaredType(fn->params[i].type),
                 "argument '" + fn->params[i].name.text + "' of '" + name + "'");
    return fn->result ? declaredType(fn->result) : Type::real();
  }
  auto error = diags.error(callee->range);
  error << "unknown function '" << name << "'";
  suggest(error, name, {"exp",     "log",    "sin",       "cos",    "tanh",    "sqrt",  "abs",
                        "floor",   "ceil",   "round",     "min",    "max",     "clamp", "pow",
                        "uniform", "normal", "lognormal", "choice", "deliver", "burst"});
  return Type::error();
}

// ---------------------------------------------------------------------------------------------
// Circuits
// ---------------------------------------------------------------------------------------------

void Checker::typeCircuitParams(CircuitInfo &circuit) {
  Scope scope;
  ExprContext ctx{circuit.module, false, false};
  SourceRange own = circuit.decl->range;
  for (auto &p : circuit.params) {
    if (!within(p.name.range, own)) {
      p.type = p.typeName ? quietType(p.typeName)
                          : (p.declaredValue ? out.typeOf(*p.declaredValue) : Type::error());
      if (p.value && p.value != p.declaredValue && within(p.value->range, own))
        expectType(*p.value, checkExpr(*p.value, scope, ctx), p.type, "'" + p.name.text + "'");
      scope.bind(p.name.text, {p.type, p.name.range, false});
      continue;
    }
    Type declared = declaredType(p.typeName);
    Type initial = p.declaredValue ? checkExpr(*p.declaredValue, scope, ctx) : Type::error();
    p.type = p.typeName ? declared : initial;
    if (!p.typeName && !p.declaredValue)
      diags.error(p.name.range) << "circuit parameter '" << p.name.text
                                << "' needs a type or a default value, such as '" << p.name.text
                                << ": int' or '" << p.name.text << " = 10'";
    if (p.typeName && p.declaredValue)
      expectType(*p.declaredValue, initial, p.type, "'" + p.name.text + "'");
    if (p.value && p.value != p.declaredValue)
      expectType(*p.value, checkExpr(*p.value, scope, ctx), p.type, "'" + p.name.text + "'");
    scope.bind(p.name.text, {p.type, p.name.range, false});
  }
}

void Checker::checkCircuit(CircuitInfo &circuit) {
  Scope scope;
  for (const auto &p : circuit.params)
    scope.bind(p.name.text, {p.type, p.name.range, false});
  // Inherited members were checked with their own circuit; bind their names only.
  std::vector<CircuitMember> own;
  std::vector<CircuitMember> inherited;
  for (const auto &m : circuit.members)
    (within(m.decl->range, circuit.decl->range) ? own : inherited).push_back(m);
  bindMemberNames(inherited, scope);
  for (const auto &m : inherited) {
    if (auto *let = dynCast<syntax::LetDecl>(m.decl))
      scope.bind(let->name.text, {let->type ? quietType(let->type) : out.typeOf(*let->value),
                                  let->name.range, false});
  }
  checkCircuitMembers(own, scope);
}

void Checker::bindMemberNames(const std::vector<CircuitMember> &members, Scope &scope) {
  std::map<std::string, SourceRange> seen;
  auto bind = [&](const syntax::Ident &name) {
    if (auto it = seen.find(name.text); it != seen.end()) {
      diags.error(name.range).note(it->second, "the other declaration is here")
          << "'" << name.text << "' is declared twice in this circuit";
      return;
    }
    seen[name.text] = name.range;
    scope.bind(name.text, {Type::entity(), name.range, false});
  };
  for (const auto &m : members) {
    if (auto *p = dynCast<syntax::PortDecl>(m.decl))
      bind(p->name);
    else if (auto *n = dynCast<syntax::NeuronDecl>(m.decl)) {
      for (const auto &name : n->names)
        bind(name);
    } else if (auto *pop = dynCast<syntax::PopulationDecl>(m.decl))
      bind(pop->name);
    else if (auto *i = dynCast<syntax::InstanceDecl>(m.decl))
      bind(i->name);
    else if (auto *in = dynCast<syntax::InputDecl>(m.decl))
      bind(in->name);
    else if (auto *e = dynCast<syntax::ExternPortDecl>(m.decl))
      bind(e->name);
  }
}

void Checker::checkCircuitMembers(const std::vector<CircuitMember> &members, Scope &scope) {
  bindMemberNames(members, scope);
  for (const auto &m : members)
    checkCircuitMember(m, scope);
}

void Checker::checkOverrides(
    const std::vector<std::unique_ptr<const syntax::OverrideDecl>> &overrides,
    const ModelInfo &model, Scope &scope, const ExprContext &ctx) {
  for (const auto &o : overrides) {
    Type value = checkExpr(*o->value, scope, ctx);
    const ParamInfo *p = model.param(o->name.text);
    if (!p)
      p = model.state(o->name.text);
    if (!p) {
      auto error = diags.error(o->name.range);
      error << "'" << o->name.text << "' is not a parameter or state of '" << model.name << "'";
      std::vector<std::string> names;
      for (const auto &q : model.params)
        names.push_back(q.name.text);
      for (const auto &q : model.states)
        names.push_back(q.name.text);
      suggest(error, o->name.text, names);
      continue;
    }
    expectType(*o->value, value, p->type, "'" + o->name.text + "'");
  }
}

void Checker::checkArguments(const std::vector<syntax::Argument> &args,
                             const std::vector<ParamInfo> &params, const std::string &owner,
                             SourceRange where, Scope &scope, const ExprContext &ctx) {
  std::set<std::string> given;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const auto &a = args[i];
    Type value = checkExpr(*a.value, scope, ctx);
    const ParamInfo *p = nullptr;
    if (a.name) {
      for (const auto &q : params) {
        if (q.name.text == a.name->text)
          p = &q;
      }
      if (!p) {
        auto error = diags.error(a.name->range);
        error << "'" << owner << "' has no parameter '" << a.name->text << "'";
        std::vector<std::string> names;
        for (const auto &q : params)
          names.push_back(q.name.text);
        suggest(error, a.name->text, names);
        continue;
      }
    } else if (i < params.size()) {
      p = &params[i];
    } else {
      diags.error(a.range) << "'" << owner << "' takes " << params.size() << " parameters, got "
                           << args.size();
      continue;
    }
    if (!given.insert(p->name.text).second)
      diags.error(a.range) << "parameter '" << p->name.text << "' is given twice";
    expectType(*a.value, value, p->type, "'" + p->name.text + "'");
  }
  for (const auto &p : params) {
    if (!p.value && !given.count(p.name.text) && !p.type.isError())
      diags.error(where) << "'" << owner << "' needs a value for parameter '" << p.name.text
                         << "'; add '" << p.name.text << " = ...'";
  }
}

void Checker::checkSpec(const syntax::Spec &spec, bool isRule, Scope &scope,
                        const ExprContext &ctx) {
  const auto &list = isRule ? ruleSignatures() : sourceSignatures();
  const std::string name = spec.name.str();
  const Signature *signature = findSignature(list, name);
  if (!signature) {
    auto error = diags.error(spec.name.range);
    error << "unknown " << (isRule ? "connectivity rule" : "input source") << " '" << name << "'";
    suggest(error, name, signatureNames(list));
    return;
  }
  std::vector<ParamInfo> params;
  for (const auto &arg : signature->args) {
    static const syntax::BoolExpr kHasDefault({}, true);
    params.push_back(
        {{arg.name, {}}, arg.type, arg.required ? nullptr : &kHasDefault, name, {}, nullptr});
  }
  if (isRule) {
    static const syntax::BoolExpr kNoSelf({}, false);
    params.push_back({{"allow_self", {}}, Type::boolean(), &kNoSelf, name, {}, nullptr});
  }
  checkArguments(spec.args, params, name, spec.range, scope, ctx);
}

void Checker::checkCircuitMember(const CircuitMember &member, Scope &scope) {
  ExprContext ctx{member.module, false, false};
  const syntax::Decl &decl = *member.decl;
  auto expectInt = [&](const syntax::ExprPtr &e, const char *what) {
    if (e)
      expectType(*e, checkExpr(*e, scope, ctx), Type::integer(), what);
  };
  switch (decl.kind()) {
  case syntax::DeclKind::Port:
    expectInt(cast<syntax::PortDecl>(&decl)->size, "a port size");
    return;
  case syntax::DeclKind::ExternPort:
    expectInt(cast<syntax::ExternPortDecl>(&decl)->size, "an extern port size");
    return;
  case syntax::DeclKind::ExternFn:
    return;
  case syntax::DeclKind::Neuron: {
    const auto &n = *cast<syntax::NeuronDecl>(&decl);
    if (const ModelInfo *model = resolveModel(*member.module, n.model, syntax::ModelKind::Neuron))
      checkOverrides(n.overrides, *model, scope, ctx);
    return;
  }
  case syntax::DeclKind::Population: {
    const auto &p = *cast<syntax::PopulationDecl>(&decl);
    expectInt(p.size, "a population size");
    if (const ModelInfo *model = resolveModel(*member.module, p.model, syntax::ModelKind::Neuron))
      checkOverrides(p.overrides, *model, scope, ctx);
    return;
  }
  case syntax::DeclKind::Instance: {
    const auto &i = *cast<syntax::InstanceDecl>(&decl);
    expectInt(i.count, "an instance count");
    if (const CircuitInfo *circuit = resolveCircuit(*member.module, i.circuit.name))
      checkArguments(i.circuit.args, circuit->params, circuit->name, i.circuit.range, scope, ctx);
    return;
  }
  case syntax::DeclKind::Input: {
    const auto &in = *cast<syntax::InputDecl>(&decl);
    expectInt(in.size, "an input size");
    checkSpec(in.source, false, scope, ctx);
    return;
  }
  case syntax::DeclKind::Connect: {
    const auto &c = *cast<syntax::ConnectDecl>(&decl);
    expectType(*c.source, checkExpr(*c.source, scope, ctx), Type::entity(), "a connection");
    expectType(*c.target, checkExpr(*c.target, scope, ctx), Type::entity(), "a connection");
    if (c.synapse) {
      const std::string name = c.synapse->name.str();
      if (const Signature *kind = findSignature(synapseKindSignatures(), name)) {
        std::vector<ParamInfo> params;
        static const syntax::BoolExpr kHasDefault({}, true);
        for (const auto &arg : kind->args)
          params.push_back({{arg.name, {}}, arg.type, &kHasDefault, name, {}, nullptr});
        checkArguments(c.synapse->args, params, name, c.synapse->range, scope, ctx);
      } else if (const ModelInfo *model =
                     resolveModel(*member.module, c.synapse->name, syntax::ModelKind::Synapse)) {
        std::vector<ParamInfo> params = model->params;
        static const syntax::BoolExpr kHasDefault({}, true);
        params.push_back({{"delay", {}}, Type::real(kTime), &kHasDefault, name, {}, nullptr});
        checkArguments(c.synapse->args, params, model->name, c.synapse->range, scope, ctx);
      }
    }
    if (c.rule)
      checkSpec(*c.rule, true, scope, ctx);
    return;
  }
  case syntax::DeclKind::For: {
    const auto &f = *cast<syntax::ForDecl>(&decl);
    expectInt(f.first, "a 'for' range");
    expectInt(f.last, "a 'for' range");
    Scope inner(&scope);
    inner.bind(f.var.text, {Type::integer(), f.var.range, false});
    std::vector<CircuitMember> body;
    for (const auto &d : f.body)
      body.push_back({d.get(), member.module});
    checkCircuitMembers(body, inner);
    return;
  }
  case syntax::DeclKind::If: {
    const auto &i = *cast<syntax::IfDecl>(&decl);
    auto checkBody = [&](const syntax::DeclList &decls) {
      Scope inner(&scope);
      std::vector<CircuitMember> body;
      for (const auto &d : decls)
        body.push_back({d.get(), member.module});
      checkCircuitMembers(body, inner);
    };
    for (const auto &branch : i.branches) {
      expectType(*branch.condition, checkExpr(*branch.condition, scope, ctx), Type::boolean(),
                 "a condition");
      checkBody(branch.body);
    }
    if (i.elseBody)
      checkBody(*i.elseBody);
    return;
  }
  case syntax::DeclKind::Let: {
    const auto &l = *cast<syntax::LetDecl>(&decl);
    Type value = checkExpr(*l.value, scope, ctx);
    if (l.type) {
      Type declared = declaredType(l.type);
      expectType(*l.value, value, declared, "'" + l.name.text + "'");
      value = declared;
    }
    scope.bind(l.name.text, {value, l.name.range, false});
    return;
  }
  case syntax::DeclKind::Override:
    diags.error(decl.range) << "parameter overrides belong at the top level of a circuit body, "
                               "not inside 'for' or 'if'";
    return;
  default:
    return;
  }
}

} // namespace flux::sema
