// --emit=ir and --emit=ir-opt: a stable, line-oriented text form for FileCheck. Expressions
// print infix with every binary operation parenthesised, so the tree is unambiguous.
#include "ir/Printer.h"

#include "support/NumberText.h"
#include "support/Unreachable.h"

namespace flux::ir {
namespace {

const char *infix(Op op) {
  switch (op) {
  case Op::Add:
    return "+";
  case Op::Sub:
    return "-";
  case Op::Mul:
    return "*";
  case Op::Div:
    return "/";
  case Op::Mod:
    return "%";
  case Op::Lt:
    return "<";
  case Op::Le:
    return "<=";
  case Op::Gt:
    return ">";
  case Op::Ge:
    return ">=";
  case Op::Eq:
    return "==";
  case Op::Ne:
    return "!=";
  case Op::And:
    return "and";
  case Op::Or:
    return "or";
  default:
    return nullptr;
  }
}

class FunctionPrinter {
public:
  FunctionPrinter(const Function &fn, const Model &model, const Model *post, std::ostream &out)
      : fn(fn), model(model), post(post), out(out) {}

  void print(const std::string &indent) {
    out << indent << name(fn.kind);
    if (fn.kind == FunctionKind::Evolve)
      out << "(dt)";
    else if (fn.kind == FunctionKind::Direct || fn.kind == FunctionKind::Modulator)
      out << "(w)";
    if (fn.result != kNoExpr) {
      out << " = " << expr(fn.result) << "\n";
      return;
    }
    out << " {\n";
    block(fn.body, indent + "  ");
    out << indent << "}\n";
  }

private:
  std::string expr(ExprId id) const {
    const Expr &e = fn.at(id);
    auto operand = [&](int i) { return expr(e.operands[static_cast<std::size_t>(i)]); };
    switch (e.op) {
    case Op::Const:
      return e.type == Type::Bool ? (e.value != 0 ? "true" : "false") : numberText(e.value);
    case Op::Param:
      return "param." + model.params[e.index].name;
    case Op::State:
      return "state." + model.states[e.index].name;
    case Op::Local:
      return "local." + fn.locals[e.index];
    case Op::Arg:
      return "w";
    case Op::Acc:
      return "acc." + std::to_string(e.index);
    case Op::Dt:
      return "dt";
    case Op::Refractory:
      return "refractory";
    case Op::PostState:
      return "post.state." + (post ? post->states[e.index].name : std::to_string(e.index));
    case Op::PostParam:
      return "post.param." + (post ? post->params[e.index].name : std::to_string(e.index));
    case Op::HostCall: {
      std::string text = "host." + std::to_string(e.index) + "(";
      for (std::size_t i = 0; i < e.args.size(); ++i)
        text += (i ? ", " : "") + expr(e.args[i]);
      return text + ")";
    }
    case Op::Neg:
      return "-" + operand(0);
    case Op::Not:
      return "not " + operand(0);
    case Op::Select:
      return "select(" + operand(0) + ", " + operand(1) + ", " + operand(2) + ")";
    default:
      break;
    }
    if (const char *symbol = infix(e.op))
      return "(" + operand(0) + " " + symbol + " " + operand(1) + ")";
    std::string text = std::string(name(e.op)) + "(" + operand(0);
    if (e.operands[1] != kNoExpr)
      text += ", " + operand(1);
    return text + ")";
  }

  void block(const Block &body, const std::string &indent) {
    for (const Stmt &s : body)
      stmt(s, indent);
  }

  void stmt(const Stmt &s, const std::string &indent) {
    out << indent;
    switch (s.op) {
    case StmtOp::SetState:
      out << "state." << model.states[s.index].name << " = " << expr(s.value) << "\n";
      return;
    case StmtOp::SetLocal:
      out << "let local." << fn.locals[s.index] << " = " << expr(s.value) << "\n";
      return;
    case StmtOp::If:
      out << "if " << expr(s.value) << " {\n";
      block(s.thenBody, indent + "  ");
      if (!s.elseBody.empty()) {
        out << indent << "} else {\n";
        block(s.elseBody, indent + "  ");
      }
      out << indent << "}\n";
      return;
    case StmtOp::Fire:
      out << "fire\n";
      return;
    case StmtOp::Refractory:
      out << "refractory for " << expr(s.value) << "\n";
      return;
    case StmtOp::Deliver:
      out << "deliver " << (s.value == kNoExpr ? "" : expr(s.value)) << "\n";
      return;
    case StmtOp::Burst:
      out << "burst count " << expr(s.value) << " gap " << expr(s.value2) << "\n";
      return;
    }
    unreachable("statement kind");
  }

  const Function &fn;
  const Model &model;
  const Model *post;
  std::ostream &out;
};

void printModel(const Program &program, const Model &model, std::ostream &out) {
  out << (model.synapse ? "synapse " : "neuron ") << model.name << " {\n";
  for (const auto &p : model.params)
    out << "  param " << p.name << "\n";
  for (const auto &s : model.states)
    out << "  state " << s.name << "\n";
  // A synapse model's `post.x` names a field of its target model: find one kernel that says
  // which, to print names rather than indices.
  const Model *post = nullptr;
  for (const auto &k : program.kernels)
    if (k.synapse && &program.models[k.model] == &model)
      post = &program.models[k.postModel];
  for (const auto &f : model.functions)
    FunctionPrinter(f, model, post, out).print("  ");
  out << "}\n";
}

void printKernel(const Program &program, const Kernel &kernel, bool withCode, std::ostream &out) {
  const Model &model = program.models[kernel.model];
  const auto &net = *program.network;
  out << "kernel " << kernel.name << " : " << model.name;
  if (kernel.synapse)
    out << " synapses " << net.projections[kernel.population].synapseCount() << "\n";
  else
    out << " neurons " << net.populations[kernel.population].size << "\n";
  for (std::size_t i = 0; i < kernel.params.size(); ++i) {
    out << "  param " << model.params[i].name;
    if (kernel.params[i].uniform)
      out << " = " << numberText(kernel.params[i].value) << "\n";
    else
      out << " varies\n";
  }
  for (std::size_t i = 0; i < kernel.liveStates.size(); ++i)
    out << "  state " << model.states[i].name << (kernel.liveStates[i] ? "" : " dead") << "\n";
  if (kernel.checkEveryMs > 0)
    out << "  checked every " << numberText(kernel.checkEveryMs) << " ms\n";
  if (!withCode)
    return;
  const Model *post = kernel.synapse ? &program.models[kernel.postModel] : nullptr;
  for (const auto &f : kernel.functions)
    FunctionPrinter(f, model, post, out).print("  ");
}

} // namespace

void printProgram(const Program &program, std::ostream &out, bool specialised) {
  out << "; Flux IR: " << program.network->top << ", seed " << program.network->seed << "\n";
  for (std::size_t i = 0; i < program.hostFunctions.size(); ++i)
    out << "host." << i << " = extern fn " << program.hostFunctions[i] << "\n";
  if (!specialised)
    for (const auto &m : program.models)
      printModel(program, m, out);
  for (const auto &k : program.kernels)
    printKernel(program, k, specialised, out);
}

const char *name(Op op) {
  switch (op) {
  case Op::Const:
    return "const";
  case Op::Param:
    return "param";
  case Op::State:
    return "state";
  case Op::Local:
    return "local";
  case Op::Arg:
    return "arg";
  case Op::Acc:
    return "acc";
  case Op::Dt:
    return "dt";
  case Op::Refractory:
    return "refractory";
  case Op::PostState:
    return "post.state";
  case Op::PostParam:
    return "post.param";
  case Op::HostCall:
    return "host";
  case Op::Neg:
    return "neg";
  case Op::Not:
    return "not";
  case Op::Add:
    return "add";
  case Op::Sub:
    return "sub";
  case Op::Mul:
    return "mul";
  case Op::Div:
    return "div";
  case Op::Mod:
    return "mod";
  case Op::Lt:
    return "lt";
  case Op::Le:
    return "le";
  case Op::Gt:
    return "gt";
  case Op::Ge:
    return "ge";
  case Op::Eq:
    return "eq";
  case Op::Ne:
    return "ne";
  case Op::And:
    return "and";
  case Op::Or:
    return "or";
  case Op::Select:
    return "select";
  case Op::Exp:
    return "exp";
  case Op::Log:
    return "log";
  case Op::Sin:
    return "sin";
  case Op::Cos:
    return "cos";
  case Op::Tanh:
    return "tanh";
  case Op::Sqrt:
    return "sqrt";
  case Op::Abs:
    return "abs";
  case Op::Floor:
    return "floor";
  case Op::Ceil:
    return "ceil";
  case Op::Round:
    return "round";
  case Op::Min:
    return "min";
  case Op::Max:
    return "max";
  case Op::Pow:
    return "pow";
  }
  unreachable("op");
}

const char *name(FunctionKind kind) {
  switch (kind) {
  case FunctionKind::Evolve:
    return "evolve";
  case FunctionKind::Direct:
    return "on direct";
  case FunctionKind::Modulator:
    return "on modulator";
  case FunctionKind::Electric:
    return "on electric";
  case FunctionKind::FireCondition:
    return "fire when";
  case FunctionKind::Fire:
    return "on fire";
  case FunctionKind::Pre:
    return "on pre";
  case FunctionKind::Post:
    return "on post";
  case FunctionKind::Init:
    return "init";
  case FunctionKind::CheckEvery:
    return "checked every";
  }
  unreachable("function kind");
}

bool isComparison(Op op) {
  return op == Op::Lt || op == Op::Le || op == Op::Gt || op == Op::Ge || op == Op::Eq ||
         op == Op::Ne;
}

} // namespace flux::ir
