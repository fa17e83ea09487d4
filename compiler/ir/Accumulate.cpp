#include "ir/Accumulate.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace flux::ir {
namespace {

Expr leaf(Op op, std::uint32_t index, double value = 0) {
  Expr e;
  e.op = op;
  e.index = index;
  e.value = value;
  return e;
}

Expr binary(Op op, ExprId a, ExprId b, ExprId c = kNoExpr) {
  Expr e;
  e.op = op;
  e.operands = {a, b, c};
  return e;
}

/// Copies expressions of one function into another's arena, each once.
class ExprCopier {
public:
  ExprCopier(const Function &from, Function &to) : from(from), to(to) {}

  ExprId operator()(ExprId id) {
    if (id == kNoExpr)
      return kNoExpr;
    if (auto it = copied.find(id); it != copied.end())
      return it->second;
    Expr e = from.at(id);
    for (ExprId &operand : e.operands)
      operand = (*this)(operand);
    for (ExprId &arg : e.args)
      arg = (*this)(arg);
    ExprId result = to.add(std::move(e));
    copied.emplace(id, result);
    return result;
  }

private:
  const Function &from;
  Function &to;
  std::map<ExprId, ExprId> copied;
};

/// Whether evaluateRoute computes `id` (a route condition may use these and nothing else).
bool routable(const Function &fn, ExprId id) {
  if (id == kNoExpr)
    return true;
  const Expr &e = fn.at(id);
  switch (e.op) {
  case Op::Const:
  case Op::Arg:
  case Op::Neg:
  case Op::Not:
  case Op::Add:
  case Op::Sub:
  case Op::Mul:
  case Op::Lt:
  case Op::Le:
  case Op::Gt:
  case Op::Ge:
  case Op::Eq:
  case Op::Ne:
  case Op::And:
  case Op::Or:
  case Op::Select:
  case Op::Abs:
    break;
  default:
    return false;
  }
  return std::all_of(e.operands.begin(), e.operands.end(),
                     [&](ExprId operand) { return routable(fn, operand); });
}

float evaluate(const Function &fn, ExprId id, float w) {
  const Expr &e = fn.at(id);
  auto at = [&](int k) { return evaluate(fn, e.operands[static_cast<std::size_t>(k)], w); };
  auto truth = [](bool b) { return b ? 1.0F : 0.0F; };
  switch (e.op) {
  case Op::Const:
    return static_cast<float>(e.value);
  case Op::Arg:
    return w;
  case Op::Neg:
    return -at(0);
  case Op::Not:
    return truth(at(0) == 0.0F);
  case Op::Add:
    return at(0) + at(1);
  case Op::Sub:
    return at(0) - at(1);
  case Op::Mul:
    return at(0) * at(1);
  case Op::Lt:
    return truth(at(0) < at(1));
  case Op::Le:
    return truth(at(0) <= at(1));
  case Op::Gt:
    return truth(at(0) > at(1));
  case Op::Ge:
    return truth(at(0) >= at(1));
  case Op::Eq:
    return truth(at(0) == at(1));
  case Op::Ne:
    return truth(at(0) != at(1));
  case Op::And:
    return truth(at(0) != 0.0F && at(1) != 0.0F);
  case Op::Or:
    return truth(at(0) != 0.0F || at(1) != 0.0F);
  case Op::Select:
    return at(0) != 0.0F ? at(1) : at(2);
  case Op::Abs:
    return std::fabs(at(0));
  default:
    return -1.0F; // refused by routable
  }
}

/// What an expression reads, for classifying an `if`.
struct Reads {
  bool arg = false;
  bool other = false; // locals, host calls, dt, a synapse's target: never in a summed handler
  bool state = false; // state that some handler writes
  bool guard = false; // parameters, the refractory flag, state no handler writes
};

void collectReads(const Function &fn, ExprId id, const std::set<std::uint32_t> &written,
                  Reads &reads) {
  if (id == kNoExpr)
    return;
  const Expr &e = fn.at(id);
  switch (e.op) {
  case Op::Arg:
    reads.arg = true;
    break;
  case Op::State:
    (written.count(e.index) ? reads.state : reads.guard) = true;
    break;
  case Op::Param:
  case Op::Refractory:
    reads.guard = true;
    break;
  case Op::Local:
  case Op::HostCall:
  case Op::Dt:
  case Op::PostState:
  case Op::PostParam:
  case Op::Acc:
    reads.other = true;
    break;
  default:
    break;
  }
  for (ExprId operand : e.operands)
    collectReads(fn, operand, written, reads);
}

void collectWritten(const Block &block, std::set<std::uint32_t> &written) {
  for (const Stmt &s : block) {
    if (s.op == StmtOp::SetState)
      written.insert(s.index);
    collectWritten(s.thenBody, written);
    collectWritten(s.elseBody, written);
  }
}

/// Turns one handler into its route and its part of `apply`.
class HandlerSplitter {
public:
  HandlerSplitter(const Function &handler, const std::set<std::uint32_t> &written, Function &route,
                  Function &apply, std::uint32_t &next)
      : handler(handler), written(written), route(route), apply(apply), toRoute(handler, route),
        toApply(handler, apply), next(next) {}

  /// The route of `block` (an expression in `route`), appending its `apply` statements to
  /// `out`; nullopt when the handler does more than add its weight.
  std::optional<ExprId> block(const Block &stmts, Block &out) {
    std::optional<ExprId> chosen;
    for (const Stmt &s : stmts) {
      std::size_t before = next;
      auto r = stmt(s, out);
      if (!r)
        return std::nullopt;
      if (next == before)
        continue; // adds to no accumulator
      if (chosen)
        return std::nullopt; // two accumulators on one path
      chosen = r;
    }
    if (!chosen)
      chosen = route.add(leaf(Op::Const, 0, -1.0));
    return chosen;
  }

private:
  std::optional<ExprId> stmt(const Stmt &s, Block &out) {
    switch (s.op) {
    case StmtOp::SetState:
      return addition(s, out);
    case StmtOp::If: {
      Reads reads;
      collectReads(handler, s.value, written, reads);
      if (reads.other || reads.state)
        return std::nullopt;
      if (reads.arg) {
        if (reads.guard || !routable(handler, s.value))
          return std::nullopt; // the weight and the neuron together, or beyond the host's
                               // evaluation: not a route
        // A route: apply runs both arms' additions (each accumulator holds its own inputs).
        auto thenRoute = block(s.thenBody, out);
        auto elseRoute = thenRoute ? block(s.elseBody, out) : std::nullopt;
        if (!elseRoute)
          return std::nullopt;
        return route.add(binary(Op::Select, toRoute(s.value), *thenRoute, *elseRoute));
      }
      // A guard: its state does not change while inputs arrive, so it holds for the sum as it
      // would for each input.
      Stmt guard;
      guard.op = StmtOp::If;
      guard.value = toApply(s.value);
      Block elseOut;
      auto thenRoute = block(s.thenBody, guard.thenBody);
      auto elseRoute = thenRoute ? block(s.elseBody, elseOut) : std::nullopt;
      if (!elseRoute || !elseOut.empty())
        return std::nullopt; // an `else` that adds would need the input twice
      out.push_back(std::move(guard));
      return thenRoute;
    }
    case StmtOp::SetLocal:
    case StmtOp::Fire:
    case StmtOp::Refractory:
    case StmtOp::Deliver:
    case StmtOp::Burst:
      return std::nullopt;
    }
    return std::nullopt;
  }

  /// `s = s + w`, `s = w + s` or `s = s - w`.
  std::optional<ExprId> addition(const Stmt &s, Block &out) {
    const Expr &e = handler.at(s.value);
    if (e.op != Op::Add && e.op != Op::Sub)
      return std::nullopt;
    auto is = [&](ExprId id, Op op) {
      const Expr &x = handler.at(id);
      return x.op == op && (op != Op::State || x.index == s.index);
    };
    ExprId left = e.operands[0];
    ExprId right = e.operands[1];
    bool adds = is(left, Op::State) && is(right, Op::Arg);
    bool addsReversed = e.op == Op::Add && is(left, Op::Arg) && is(right, Op::State);
    if (!adds && !addsReversed)
      return std::nullopt;
    const std::uint32_t a = next++;
    ExprId state = apply.add(leaf(Op::State, s.index));
    ExprId sum = apply.add(leaf(Op::Acc, a));
    Stmt set;
    set.op = StmtOp::SetState;
    set.index = s.index;
    set.value = apply.add(binary(e.op, state, sum));
    out.push_back(std::move(set));
    return route.add(leaf(Op::Const, 0, static_cast<double>(a)));
  }

  const Function &handler;
  const std::set<std::uint32_t> &written;
  Function &route;
  Function &apply;
  ExprCopier toRoute;
  ExprCopier toApply;
  std::uint32_t &next;
};

} // namespace

std::optional<Accumulation> accumulation(const Kernel &kernel) {
  if (kernel.synapse)
    return std::nullopt;
  const Function *handlers[2] = {kernel.function(FunctionKind::Direct),
                                 kernel.function(FunctionKind::Modulator)};
  if (!handlers[0] && !handlers[1])
    return std::nullopt;
  std::set<std::uint32_t> written;
  for (const Function *h : handlers)
    if (h)
      collectWritten(h->body, written);
  Accumulation result;
  result.apply.kind = FunctionKind::Direct;
  for (int k = 0; k < 2; ++k) {
    Function &route = result.route[k];
    route.kind = k == 0 ? FunctionKind::Direct : FunctionKind::Modulator;
    if (!handlers[k]) {
      route.result = route.add(leaf(Op::Const, 0, -1.0));
      continue;
    }
    HandlerSplitter splitter(*handlers[k], written, route, result.apply, result.count);
    auto r = splitter.block(handlers[k]->body, result.apply.body);
    if (!r)
      return std::nullopt;
    route.result = *r;
  }
  if (result.count == 0)
    return std::nullopt; // handlers that change nothing: nothing to sum
  return result;
}

std::int32_t evaluateRoute(const Function &route, float w) {
  return static_cast<std::int32_t>(evaluate(route, route.result, w));
}

} // namespace flux::ir
