// Constant folding and specialisation of kernels.
#include "ir/Passes.h"

#include "support/NumberText.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace flux::ir {
namespace {

bool isConst(const Function &fn, ExprId id) {
  return fn.at(id).op == Op::Const;
}
double constOf(const Function &fn, ExprId id) {
  return fn.at(id).value;
}

/// The value of `op` on constants, computed as the backends compute it in double precision.
std::optional<double> evaluate(Op op, double a, double b, double c) {
  switch (op) {
  case Op::Neg:
    return -a;
  case Op::Not:
    return a == 0 ? 1 : 0;
  case Op::Add:
    return a + b;
  case Op::Sub:
    return a - b;
  case Op::Mul:
    return a * b;
  case Op::Div:
    return a / b;
  case Op::Mod:
    return a - b * std::floor(a / b);
  case Op::Lt:
    return a < b;
  case Op::Le:
    return a <= b;
  case Op::Gt:
    return a > b;
  case Op::Ge:
    return a >= b;
  case Op::Eq:
    return a == b;
  case Op::Ne:
    return a != b;
  case Op::And:
    return (a != 0 && b != 0) ? 1 : 0;
  case Op::Or:
    return (a != 0 || b != 0) ? 1 : 0;
  case Op::Select:
    return a != 0 ? b : c;
  case Op::Exp:
    return std::exp(a);
  case Op::Log:
    return std::log(a);
  case Op::Sin:
    return std::sin(a);
  case Op::Cos:
    return std::cos(a);
  case Op::Tanh:
    return std::tanh(a);
  case Op::Sqrt:
    return std::sqrt(a);
  case Op::Abs:
    return std::fabs(a);
  case Op::Floor:
    return std::floor(a);
  case Op::Ceil:
    return std::ceil(a);
  case Op::Round:
    return std::round(a);
  case Op::Min:
    return std::min(a, b);
  case Op::Max:
    return std::max(a, b);
  case Op::Pow:
    return std::pow(a, b);
  default:
    return std::nullopt;
  }
}

int operandCount(const Expr &e) {
  int n = 0;
  for (ExprId id : e.operands)
    n += id != kNoExpr ? 1 : 0;
  return n;
}

/// Makes `e` a copy of the expression `id` (a forward to an operand).
void forward(Function &fn, Expr &e, ExprId id) {
  Expr copy = fn.at(id);
  e = std::move(copy);
}

void foldExpr(Function &fn, ExprId id, std::optional<double> dtMs) {
  Expr &e = fn.exprs[id];
  if (e.op == Op::Dt && dtMs) {
    e.op = Op::Const;
    e.value = *dtMs;
    return;
  }
  if (e.op == Op::Const || e.op == Op::HostCall || operandCount(e) == 0)
    return;
  auto [a, b, c] = e.operands;
  bool allConst = true;
  for (ExprId op : e.operands)
    allConst = allConst && (op == kNoExpr || isConst(fn, op));
  if (allConst) {
    auto value = evaluate(e.op, constOf(fn, a), b == kNoExpr ? 0 : constOf(fn, b),
                          c == kNoExpr ? 0 : constOf(fn, c));
    // A fold that would make a NaN or an infinity is left for run time, where the runtime's
    // checks can report it with the neuron and the time.
    if (value && std::isfinite(*value)) {
      Type type = e.type;
      e = Expr{};
      e.op = Op::Const;
      e.type = type;
      e.value = *value;
    }
    return;
  }
  auto is = [&](ExprId x, double v) {
    return x != kNoExpr && isConst(fn, x) && constOf(fn, x) == v;
  };
  switch (e.op) {
  case Op::Add:
    if (is(b, 0))
      forward(fn, e, a);
    else if (is(a, 0))
      forward(fn, e, b);
    return;
  case Op::Sub:
    if (is(b, 0))
      forward(fn, e, a);
    return;
  case Op::Mul:
    if (is(b, 1))
      forward(fn, e, a);
    else if (is(a, 1))
      forward(fn, e, b);
    return;
  case Op::Div:
    if (is(b, 1))
      forward(fn, e, a);
    return;
  case Op::And:
    // A host call is an effect: an operand that calls the host is never folded away.
    if ((is(a, 0) && !callsHost(fn, b)) || (is(b, 0) && !callsHost(fn, a))) {
      e = Expr{Op::Const, Type::Bool, 0, 0, {kNoExpr, kNoExpr, kNoExpr}, {}};
    } else if (is(a, 1)) {
      forward(fn, e, b);
    } else if (is(b, 1)) {
      forward(fn, e, a);
    }
    return;
  case Op::Or:
    if ((is(a, 1) && !callsHost(fn, b)) || (is(b, 1) && !callsHost(fn, a))) {
      e = Expr{Op::Const, Type::Bool, 0, 1, {kNoExpr, kNoExpr, kNoExpr}, {}};
    } else if (is(a, 0)) {
      forward(fn, e, b);
    } else if (is(b, 0)) {
      forward(fn, e, a);
    }
    return;
  case Op::Select:
    if (a != kNoExpr && isConst(fn, a) && !callsHost(fn, constOf(fn, a) != 0 ? c : b))
      forward(fn, e, constOf(fn, a) != 0 ? b : c);
    return;
  default:
    return;
  }
}

/// Drops `if`s whose condition folded to a constant, keeping the branch that runs.
void foldBlock(Function &fn, Block &block) {
  Block out;
  for (Stmt &s : block) {
    if (s.op != StmtOp::If) {
      out.push_back(std::move(s));
      continue;
    }
    foldBlock(fn, s.thenBody);
    foldBlock(fn, s.elseBody);
    if (isConst(fn, s.value)) {
      Block &taken = constOf(fn, s.value) != 0 ? s.thenBody : s.elseBody;
      for (Stmt &t : taken)
        out.push_back(std::move(t));
      continue;
    }
    if (s.thenBody.empty() && s.elseBody.empty() && !callsHost(fn, s.value))
      continue;
    out.push_back(std::move(s));
  }
  block = std::move(out);
}

} // namespace

bool callsHost(const Function &fn, ExprId id) {
  if (id == kNoExpr)
    return false;
  const Expr &e = fn.at(id);
  if (e.op == Op::HostCall)
    return true;
  for (ExprId op : e.operands)
    if (callsHost(fn, op))
      return true;
  return false;
}

void foldConstants(Function &fn, std::optional<double> dtMs) {
  // Operands precede their users in the arena, so one forward sweep folds bottom-up.
  for (ExprId id = 0; id < fn.exprs.size(); ++id)
    foldExpr(fn, id, dtMs);
  foldBlock(fn, fn.body);
}

bool specialise(Program &program, std::optional<double> dtMs, DiagnosticEngine &diags) {
  const elab::Network &net = *program.network;
  bool ok = true;
  for (Kernel &kernel : program.kernels) {
    // The target population(s) of a synapse kernel: their parameters fold when uniform.
    std::vector<const elab::Population *> targets;
    if (kernel.synapse)
      for (const auto &range : net.projections[kernel.population].target.ranges)
        targets.push_back(&net.populations[range.population]);
    const Model &post = program.models[kernel.postModel];
    std::set<std::uint32_t> reported; // target parameters already diagnosed for this kernel
    for (Function &fn : kernel.functions) {
      for (Expr &e : fn.exprs) {
        if (e.op == Op::Param && kernel.params[e.index].uniform) {
          e.op = Op::Const;
          e.value = kernel.params[e.index].value;
        } else if (e.op == Op::PostParam) {
          const std::string &param = post.params[e.index].name;
          std::optional<double> value;
          bool uniform = true;
          for (const auto *population : targets)
            for (const auto &values : population->params)
              if (values.name == param)
                for (double v : values.values) {
                  uniform = uniform && (!value || *value == v);
                  value = v;
                }
          if (!uniform || !value) {
            if (reported.insert(e.index).second)
              diags.error(net.projections[kernel.population].declared)
                  << "'post." << param << "' differs between the targets of this connection; a "
                  << "synapse model can read only target parameters that are the same for all";
            ok = false;
            continue;
          }
          e.op = Op::Const;
          e.value = *value;
        }
      }
      // Synapses are brought up to date lazily, over any number of steps, so their `dt`
      // stays a variable even on the step engines.
      foldConstants(fn, kernel.synapse ? std::nullopt : dtMs);
      if (fn.kind == FunctionKind::CheckEvery) {
        if (!isConst(fn, fn.result) || !(constOf(fn, fn.result) > 0)) {
          diags.error(net.populations[kernel.population].declared)
              << "'checked every' must be a positive interval, the same for every neuron of '"
              << kernel.name << "'";
          ok = false;
          continue;
        }
        kernel.checkEveryMs = constOf(fn, fn.result);
      }
    }
  }
  return ok;
}

} // namespace flux::ir
