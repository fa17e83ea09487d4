// Checking neuron and synapse models: parameter and state types, `evolve`, event handlers,
// `fire when`, and the statements in their bodies. Code is checked once, by the model that
// declares it; a derived model checks only what it adds or overrides.
#include "sema/TypeHelpers.h"

namespace flux::sema {

namespace {
constexpr std::array kNeuronEvents = {"direct", "modulator", "electric", "fire"};
constexpr std::array kSynapseEvents = {"pre", "post"};
} // namespace

// ---------------------------------------------------------------------------------------------
// Models
// ---------------------------------------------------------------------------------------------

void Checker::checkModel(ModelInfo &model) {
  ExprContext ctx{model.module, true, model.kind == syntax::ModelKind::Synapse, {}};
  Scope scope;
  if (ctx.inSynapse) {
    // The pre- and postsynaptic neurons: their state is checked where the synapse is bound.
    scope.bind("pre", {Type::any(), {}, false});
    scope.bind("post", {Type::any(), {}, false});
  }
  SourceRange own = model.decl->range;
  auto typeOf = [&](ParamInfo &p, const char *what, bool assignable) {
    std::string keyword = std::string(what) + " ";
    typeParam(p, own, scope, ctx, assignable, {what, keyword.c_str(), "time", "1 ms"});
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
    ExprContext handlerCtx = ctx;
    handlerCtx.event = h.event.text;
    checkBlock(h.body, inner, handlerCtx);
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

} // namespace flux::sema
