// The IR verifier: every pass and every backend may assume what it checks.
#include "ir/Passes.h"

#include <optional>
#include <sstream>

namespace flux::ir {
namespace {

class Verifier {
public:
  Verifier(const Model &model, const Function &fn, const std::string &where,
           std::vector<std::string> &problems)
      : model(model), fn(fn), where(where), problems(problems) {}

  void run() {
    localTypes.assign(fn.locals.size(), std::nullopt);
    collectLocalTypes(fn.body);
    for (ExprId id = 0; id < fn.exprs.size(); ++id)
      checkExpr(id);
    std::vector<bool> assigned(fn.locals.size(), false);
    checkBlock(fn.body, assigned);
    if (fn.kind == FunctionKind::FireCondition && !typed(fn.result, Type::Bool))
      problem("'fire when' must compute a bool");
    if (fn.kind == FunctionKind::CheckEvery && !typed(fn.result, Type::Real))
      problem("'checked every' must compute a real");
  }

private:
  void problem(const std::string &message) { problems.push_back(where + ": " + message); }

  bool typed(ExprId id, Type type) const { return id < fn.exprs.size() && fn.at(id).type == type; }

  /// The type each local is assigned (the backends size its storage by it).
  void collectLocalTypes(const Block &block) {
    for (const Stmt &s : block) {
      if (s.op == StmtOp::SetLocal && s.index < localTypes.size() && s.value < fn.exprs.size())
        localTypes[s.index] = fn.at(s.value).type;
      collectLocalTypes(s.thenBody);
      collectLocalTypes(s.elseBody);
    }
  }

  void checkExpr(ExprId id) {
    const Expr &e = fn.at(id);
    std::ostringstream at;
    at << "%" << id << " (" << name(e.op) << ")";
    for (ExprId op : e.operands)
      if (op != kNoExpr && op >= id)
        problem(at.str() + " uses %" + std::to_string(op) + " before it is defined");
    for (ExprId a : e.args)
      if (a >= id)
        problem(at.str() + " uses %" + std::to_string(a) + " before it is defined");
    auto operandsTyped = [&](Type type, int count) {
      for (int i = 0; i < count; ++i) {
        ExprId op = e.operands[static_cast<std::size_t>(i)];
        if (op == kNoExpr || op >= id || fn.at(op).type != type)
          problem(at.str() + " needs operand " + std::to_string(i) + " of type " +
                  (type == Type::Bool ? "bool" : "real"));
      }
    };
    bool synapseCode = model.synapse;
    switch (e.op) {
    case Op::Param:
      if (e.index >= model.params.size())
        problem(at.str() + " names parameter " + std::to_string(e.index) + " of " +
                std::to_string(model.params.size()));
      break;
    case Op::State:
      if (e.index >= model.states.size())
        problem(at.str() + " names state " + std::to_string(e.index) + " of " +
                std::to_string(model.states.size()));
      break;
    case Op::Local:
      if (e.index >= fn.locals.size())
        problem(at.str() + " names an unknown local");
      else if (localTypes[e.index] && *localTypes[e.index] != e.type)
        problem(at.str() + " reads local '" + fn.locals[e.index] + "' as a " +
                (e.type == Type::Bool ? "bool" : "real") + "; it holds a " +
                (e.type == Type::Bool ? "real" : "bool"));
      break;
    case Op::Arg:
      if (fn.kind != FunctionKind::Direct && fn.kind != FunctionKind::Modulator)
        problem(at.str() + " outside 'on direct' and 'on modulator'");
      break;
    case Op::Acc:
      problem(at.str() + " outside accumulated input code");
      break;
    case Op::Dt:
      if (fn.kind != FunctionKind::Evolve)
        problem(at.str() + " outside 'evolve'");
      break;
    case Op::Refractory:
      if (synapseCode)
        problem(at.str() + " in a synapse model");
      break;
    case Op::PostState:
    case Op::PostParam:
      if (!synapseCode)
        problem(at.str() + " in a neuron model");
      break;
    case Op::Neg:
    case Op::Exp:
    case Op::Log:
    case Op::Sin:
    case Op::Cos:
    case Op::Tanh:
    case Op::Sqrt:
    case Op::Abs:
    case Op::Floor:
    case Op::Ceil:
    case Op::Round:
      operandsTyped(Type::Real, 1);
      break;
    case Op::Not:
      operandsTyped(Type::Bool, 1);
      break;
    case Op::And:
    case Op::Or:
      operandsTyped(Type::Bool, 2);
      break;
    case Op::Add:
    case Op::Sub:
    case Op::Mul:
    case Op::Div:
    case Op::Mod:
    case Op::Min:
    case Op::Max:
    case Op::Pow:
    case Op::Lt:
    case Op::Le:
    case Op::Gt:
    case Op::Ge:
      operandsTyped(Type::Real, 2);
      break;
    case Op::Eq:
    case Op::Ne:
      if (e.operands[0] >= id || e.operands[1] >= id ||
          fn.at(e.operands[0]).type != fn.at(e.operands[1]).type)
        problem(at.str() + " compares values of different types");
      break;
    case Op::Select:
      if (e.operands[0] >= id || e.operands[1] >= id || e.operands[2] >= id ||
          fn.at(e.operands[0]).type != Type::Bool ||
          fn.at(e.operands[1]).type != fn.at(e.operands[2]).type)
        problem(at.str() + " needs a bool condition and two values of one type");
      break;
    case Op::Const:
    case Op::HostCall:
      break;
    }
    bool boolean = isComparison(e.op) || e.op == Op::Not || e.op == Op::And || e.op == Op::Or ||
                   e.op == Op::Refractory;
    if (boolean && e.type != Type::Bool)
      problem(at.str() + " must be of type bool");
  }

  void checkBlock(const Block &block, std::vector<bool> &assigned) {
    for (const Stmt &s : block) {
      auto value = [&](ExprId id, Type type, const char *what) {
        if (!typed(id, type))
          problem(std::string(what) + " needs a " + (type == Type::Bool ? "bool" : "real"));
        else
          checkLocalsAssigned(id, assigned);
      };
      switch (s.op) {
      case StmtOp::SetState:
        if (s.index >= model.states.size())
          problem("assignment to an unknown state");
        value(s.value, Type::Real, "a state assignment");
        break;
      case StmtOp::SetLocal:
        if (s.index >= fn.locals.size()) {
          problem("assignment to an unknown local");
          break;
        }
        if (s.value < fn.exprs.size())
          checkLocalsAssigned(s.value, assigned);
        assigned[s.index] = true;
        break;
      case StmtOp::If: {
        value(s.value, Type::Bool, "'if'");
        // A local assigned in one branch only is not assigned after the `if`.
        std::vector<bool> thenAssigned = assigned;
        std::vector<bool> elseAssigned = assigned;
        checkBlock(s.thenBody, thenAssigned);
        checkBlock(s.elseBody, elseAssigned);
        for (std::size_t i = 0; i < assigned.size(); ++i)
          assigned[i] = thenAssigned[i] && elseAssigned[i];
        break;
      }
      case StmtOp::Fire:
        if (model.synapse)
          problem("'fire' in a synapse model");
        else if (fn.kind != FunctionKind::Direct && fn.kind != FunctionKind::Modulator &&
                 fn.kind != FunctionKind::Electric)
          problem("'fire' outside the input handlers");
        break;
      case StmtOp::Refractory:
        if (model.synapse)
          problem("'refractory for' in a synapse model");
        else if (fn.kind != FunctionKind::Fire)
          problem("'refractory for' outside 'on fire'");
        value(s.value, Type::Real, "'refractory for'");
        break;
      case StmtOp::Deliver:
        if (!model.synapse)
          problem("'deliver' in a neuron model");
        else if (fn.kind != FunctionKind::Pre)
          problem("'deliver' outside 'on pre'");
        if (s.value != kNoExpr)
          value(s.value, Type::Real, "'deliver'");
        break;
      case StmtOp::Burst:
        if (fn.kind != FunctionKind::Fire)
          problem("'burst' outside 'on fire'");
        value(s.value, Type::Real, "'burst' count");
        value(s.value2, Type::Real, "'burst' gap");
        break;
      }
    }
  }

  void checkLocalsAssigned(ExprId id, const std::vector<bool> &assigned) {
    const Expr &e = fn.at(id);
    if (e.op == Op::Local && e.index < assigned.size() && !assigned[e.index])
      problem("local '" + fn.locals[e.index] + "' is read before it is assigned");
    for (ExprId op : e.operands)
      if (op != kNoExpr && op < id)
        checkLocalsAssigned(op, assigned);
    for (ExprId a : e.args)
      if (a < id)
        checkLocalsAssigned(a, assigned);
  }

  const Model &model;
  const Function &fn;
  std::string where;
  std::vector<std::string> &problems;
  std::vector<std::optional<Type>> localTypes;
};

} // namespace

std::vector<std::string> verify(const Program &program) {
  std::vector<std::string> problems;
  for (const Model &m : program.models)
    for (const Function &f : m.functions)
      Verifier(m, f, "model " + m.name + ", " + name(f.kind), problems).run();
  for (const Kernel &k : program.kernels) {
    if (k.model >= program.models.size()) {
      problems.push_back("kernel " + k.name + ": unknown model");
      continue;
    }
    const Model &m = program.models[k.model];
    if (k.params.size() != m.params.size() || k.liveStates.size() != m.states.size())
      problems.push_back("kernel " + k.name + ": bindings do not match model " + m.name);
    for (const Function &f : k.functions)
      Verifier(m, f, "kernel " + k.name + ", " + name(f.kind), problems).run();
  }
  return problems;
}

} // namespace flux::ir
