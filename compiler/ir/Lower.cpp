// Lowering models from the checked AST to IR functions, and binding them to the network's
// populations and projections as kernels.
#include "ir/Lower.h"

#include "sema/Evaluate.h"
#include "support/Casting.h"

#include <algorithm>
#include <map>
#include <set>

namespace flux::ir {
namespace {

/// What a name in model code refers to, innermost scope first.
struct Binding {
  Op op = Op::Local; // Local, Arg or Dt
  std::uint32_t index = 0;
  Type type = Type::Real; // a `let` of a comparison is a bool
};

class ModelLowering {
public:
  ModelLowering(const sema::ModelInfo &model, const sema::ModelInfo *post, Program &program,
                DiagnosticEngine &diags)
      : info(model), post(post), program(program), diags(diags) {}

  std::optional<Model> run();

private:
  void lowerFunction(FunctionKind kind, const syntax::Block *body, const syntax::Ident *interval,
                     const std::vector<syntax::Ident> *params);
  void lowerBlock(const syntax::Block &block, Block &out);
  void lowerStmt(const syntax::Stmt &stmt, Block &out);
  ExprId lowerExpr(const syntax::Expr &expr, bool condition = false);
  ExprId lowerCall(const syntax::CallExpr &call);
  ExprId lowerName(const syntax::NameExpr &name, bool condition);
  ExprId leaf(Op op, Type type, std::uint32_t index = 0, double value = 0);
  ExprId node(Op op, Type type, ExprId a, ExprId b = kNoExpr, ExprId c = kNoExpr);
  ExprId error(SourceRange where, const std::string &message);

  const sema::ModelInfo &info;
  const sema::ModelInfo *post;
  Program &program;
  DiagnosticEngine &diags;
  Model out;
  Function *fn = nullptr;
  std::vector<std::map<std::string, Binding>> scopes;
  bool failed = false;
};

std::optional<std::uint32_t> indexOf(const std::vector<sema::ParamInfo> &list,
                                     const std::string &name) {
  for (std::size_t i = 0; i < list.size(); ++i)
    if (list[i].name.text == name)
      return static_cast<std::uint32_t>(i);
  return std::nullopt;
}

std::optional<Model> ModelLowering::run() {
  out.name = info.name;
  out.synapse = info.kind == syntax::ModelKind::Synapse;
  for (const auto &p : info.params)
    out.params.push_back({p.name.text, p.type.dim});
  for (const auto &s : info.states)
    out.states.push_back({s.name.text, s.type.dim});

  if (info.evolve)
    lowerFunction(FunctionKind::Evolve, &info.evolve->body, &info.evolve->interval, nullptr);
  for (const auto &h : info.handlers) {
    const std::string &event = h.decl->event.text;
    FunctionKind kind = event == "direct"      ? FunctionKind::Direct
                        : event == "modulator" ? FunctionKind::Modulator
                        : event == "electric"  ? FunctionKind::Electric
                        : event == "fire"      ? FunctionKind::Fire
                        : event == "pre"       ? FunctionKind::Pre
                                               : FunctionKind::Post;
    lowerFunction(kind, &h.decl->body, nullptr, &h.decl->params);
  }
  if (info.fireWhen) {
    lowerFunction(FunctionKind::FireCondition, nullptr, nullptr, nullptr);
    fn->result = lowerExpr(*info.fireWhen->condition, true);
    if (info.fireWhen->checkEvery) {
      lowerFunction(FunctionKind::CheckEvery, nullptr, nullptr, nullptr);
      fn->result = lowerExpr(*info.fireWhen->checkEvery);
    }
  }
  if (out.synapse) {
    // Synapse state starts from expressions of the parameters, `w` included, which can differ
    // from synapse to synapse: the runtime runs this once per synapse.
    lowerFunction(FunctionKind::Init, nullptr, nullptr, nullptr);
    for (std::uint32_t i = 0; i < info.states.size(); ++i) {
      if (!info.states[i].value)
        continue;
      Stmt set;
      set.op = StmtOp::SetState;
      set.index = i;
      set.value = lowerExpr(*info.states[i].value);
      fn->body.push_back(std::move(set));
    }
  }
  if (failed)
    return std::nullopt;
  return std::move(out);
}

void ModelLowering::lowerFunction(FunctionKind kind, const syntax::Block *body,
                                  const syntax::Ident *interval,
                                  const std::vector<syntax::Ident> *params) {
  out.functions.emplace_back();
  fn = &out.functions.back();
  fn->kind = kind;
  scopes.assign(1, {});
  if (interval)
    scopes.back()[interval->text] = {Op::Dt, 0, Type::Real};
  if (params && !params->empty())
    scopes.back()[params->front().text] = {Op::Arg, 0, Type::Real};
  if (body)
    lowerBlock(*body, fn->body);
}

void ModelLowering::lowerBlock(const syntax::Block &block, Block &outBlock) {
  scopes.emplace_back();
  for (const auto &stmt : block)
    lowerStmt(*stmt, outBlock);
  scopes.pop_back();
}

void ModelLowering::lowerStmt(const syntax::Stmt &stmt, Block &outBlock) {
  Stmt s;
  switch (stmt.kind()) {
  case syntax::StmtKind::Let: {
    const auto &let = *cast<syntax::LetStmt>(&stmt);
    s.op = StmtOp::SetLocal;
    s.value = lowerExpr(*let.value);
    s.index = static_cast<std::uint32_t>(fn->locals.size());
    fn->locals.push_back(let.name.text);
    scopes.back()[let.name.text] = {Op::Local, s.index, fn->at(s.value).type};
    break;
  }
  case syntax::StmtKind::Assign: {
    const auto &assign = *cast<syntax::AssignStmt>(&stmt);
    const auto *target = dynCast<syntax::NameExpr>(assign.target.get());
    auto state = target ? indexOf(info.states, target->name) : std::nullopt;
    if (!state) {
      error(assign.target->range, "only the model's own state variables can be assigned to");
      return;
    }
    s.op = StmtOp::SetState;
    s.index = *state;
    ExprId value = lowerExpr(*assign.value);
    if (assign.op == syntax::AssignOp::Set) {
      s.value = value;
    } else {
      Op op = assign.op == syntax::AssignOp::Add   ? Op::Add
              : assign.op == syntax::AssignOp::Sub ? Op::Sub
              : assign.op == syntax::AssignOp::Mul ? Op::Mul
                                                   : Op::Div;
      s.value = node(op, Type::Real, leaf(Op::State, Type::Real, *state), value);
    }
    break;
  }
  case syntax::StmtKind::If: {
    const auto &ifStmt = *cast<syntax::IfStmt>(&stmt);
    // `if a {} else if b {} else {}` becomes nested ifs; build from the innermost.
    Block tail;
    if (ifStmt.elseBody)
      lowerBlock(*ifStmt.elseBody, tail);
    for (auto branch = ifStmt.branches.rbegin(); branch != ifStmt.branches.rend(); ++branch) {
      Stmt nested;
      nested.op = StmtOp::If;
      nested.value = lowerExpr(*branch->condition, true);
      lowerBlock(branch->body, nested.thenBody);
      nested.elseBody = std::move(tail);
      tail.clear();
      tail.push_back(std::move(nested));
    }
    for (auto &t : tail)
      outBlock.push_back(std::move(t));
    return;
  }
  case syntax::StmtKind::Fire:
    // The engines act on `fire` where an input arrives; elsewhere it would be dropped.
    if (fn->kind == FunctionKind::Evolve || fn->kind == FunctionKind::Fire) {
      error(stmt.range, std::string("'fire' is not available in '") + name(fn->kind) +
                            "': a neuron fires from an input handler ('on direct', 'on "
                            "modulator' or 'on electric') or when its 'fire when' condition "
                            "holds");
      return;
    }
    s.op = StmtOp::Fire;
    break;
  case syntax::StmtKind::Refractory:
    // The engines read the refractory period from `on fire` only.
    if (fn->kind != FunctionKind::Fire) {
      error(stmt.range, std::string("'refractory for' is not available in '") + name(fn->kind) +
                            "' yet: a neuron becomes refractory when it fires, in 'on fire'");
      return;
    }
    s.op = StmtOp::Refractory;
    s.value = lowerExpr(*cast<syntax::RefractoryStmt>(&stmt)->duration);
    break;
  case syntax::StmtKind::Expr: {
    const auto *call = dynCast<syntax::CallExpr>(cast<syntax::ExprStmt>(&stmt)->expr.get());
    const auto *callee = call ? dynCast<syntax::NameExpr>(call->callee.get()) : nullptr;
    if (callee && (callee->name == "deliver" || callee->name == "burst")) {
      std::string message;
      auto args = sema::builtinArguments(*call, message);
      if (callee->name == "deliver") {
        // The engines transmit what `on pre` delivers; elsewhere it would be dropped.
        if (fn->kind != FunctionKind::Pre) {
          error(stmt.range, std::string("'deliver' is not available in '") + name(fn->kind) +
                                "' yet: a synapse transmits when a spike reaches it, in "
                                "'on pre'");
          return;
        }
        s.op = StmtOp::Deliver;
        s.value = call->args.empty() ? kNoExpr : lowerExpr(*call->args.front().value);
      } else if (args && args->size() == 2 && (*args)[0] && (*args)[1]) {
        s.op = StmtOp::Burst;
        s.value = lowerExpr(*(*args)[0]);
        s.value2 = lowerExpr(*(*args)[1]);
      } else {
        error(stmt.range, "'burst' needs a count and a gap");
        return;
      }
      break;
    }
    // A host call for its effect: evaluated into a local nobody reads.
    s.op = StmtOp::SetLocal;
    s.value = lowerExpr(*cast<syntax::ExprStmt>(&stmt)->expr);
    s.index = static_cast<std::uint32_t>(fn->locals.size());
    fn->locals.push_back("_");
    break;
  }
  }
  outBlock.push_back(std::move(s));
}

ExprId ModelLowering::leaf(Op op, Type type, std::uint32_t index, double value) {
  Expr e;
  e.op = op;
  e.type = type;
  e.index = index;
  e.value = value;
  return fn->add(std::move(e));
}

ExprId ModelLowering::node(Op op, Type type, ExprId a, ExprId b, ExprId c) {
  Expr e;
  e.op = op;
  e.type = type;
  e.operands = {a, b, c};
  return fn->add(std::move(e));
}

ExprId ModelLowering::error(SourceRange where, const std::string &message) {
  diags.error(where) << message;
  failed = true;
  return leaf(Op::Const, Type::Real, 0, 0);
}

ExprId ModelLowering::lowerName(const syntax::NameExpr &name, bool condition) {
  for (auto scope = scopes.rbegin(); scope != scopes.rend(); ++scope) {
    auto it = scope->find(name.name);
    if (it != scope->end())
      return leaf(it->second.op, it->second.type, it->second.index);
  }
  if (condition && name.name == "refractory")
    return leaf(Op::Refractory, Type::Bool);
  if (auto state = indexOf(info.states, name.name))
    return leaf(Op::State, Type::Real, *state);
  if (auto param = indexOf(info.params, name.name)) {
    Type type = info.params[*param].type.kind == sema::TypeKind::Bool ? Type::Bool : Type::Real;
    return leaf(Op::Param, type, *param);
  }
  // A module-level constant (`let`): its value is known now.
  std::string message;
  auto value = sema::evaluate(
      name, [](const std::string &) { return std::nullopt; }, message);
  if (value && value->isNumber())
    return leaf(Op::Const, Type::Real, 0, value->number);
  return error(name.range, "'" + name.name + "' cannot be used in model code yet");
}

ExprId ModelLowering::lowerExpr(const syntax::Expr &expr, bool condition) {
  switch (expr.kind()) {
  case syntax::ExprKind::Number: {
    std::string message;
    auto value = sema::evaluate(
        expr, [](const std::string &) { return std::nullopt; }, message);
    return value ? leaf(Op::Const, Type::Real, 0, value->number) : error(expr.range, message);
  }
  case syntax::ExprKind::Bool:
    return leaf(Op::Const, Type::Bool, 0, cast<syntax::BoolExpr>(&expr)->value ? 1 : 0);
  case syntax::ExprKind::String: {
    // Only host calls take strings: they receive the index in the program's string table.
    const std::string &text = cast<syntax::StringExpr>(&expr)->value;
    auto it = std::find(program.strings.begin(), program.strings.end(), text);
    auto index = static_cast<double>(it - program.strings.begin());
    if (it == program.strings.end())
      program.strings.push_back(text);
    return leaf(Op::Const, Type::Real, 0, index);
  }
  case syntax::ExprKind::Name:
    return lowerName(*cast<syntax::NameExpr>(&expr), condition);
  case syntax::ExprKind::Member: {
    const auto &member = *cast<syntax::MemberExpr>(&expr);
    const auto *base = dynCast<syntax::NameExpr>(member.base.get());
    if (!base || base->name != "post" || !post)
      return error(expr.range, "a synapse model can read its target's fields ('post.x'); "
                               "other fields cannot be read in model code yet");
    if (auto state = indexOf(post->states, member.member.text))
      return leaf(Op::PostState, Type::Real, *state);
    if (auto param = indexOf(post->params, member.member.text))
      return leaf(Op::PostParam, Type::Real, *param);
    return error(member.member.range,
                 "the target model '" + post->name + "' has no '" + member.member.text + "'");
  }
  case syntax::ExprKind::Index:
    return error(expr.range, "indexing is not available in model code");
  case syntax::ExprKind::Call:
    return lowerCall(*cast<syntax::CallExpr>(&expr));
  case syntax::ExprKind::Unary: {
    const auto &u = *cast<syntax::UnaryExpr>(&expr);
    if (u.op == syntax::UnaryOp::Plus)
      return lowerExpr(*u.operand, condition);
    if (u.op == syntax::UnaryOp::Not)
      return node(Op::Not, Type::Bool, lowerExpr(*u.operand, condition));
    return node(Op::Neg, Type::Real, lowerExpr(*u.operand));
  }
  case syntax::ExprKind::Binary: {
    const auto &b = *cast<syntax::BinaryExpr>(&expr);
    bool logical = b.op == syntax::BinaryOp::And || b.op == syntax::BinaryOp::Or;
    ExprId lhs = lowerExpr(*b.lhs, logical && condition);
    ExprId rhs = lowerExpr(*b.rhs, logical && condition);
    switch (b.op) {
    case syntax::BinaryOp::Mul:
      return node(Op::Mul, Type::Real, lhs, rhs);
    case syntax::BinaryOp::Div:
      return node(Op::Div, Type::Real, lhs, rhs);
    case syntax::BinaryOp::Mod:
      return node(Op::Mod, Type::Real, lhs, rhs);
    case syntax::BinaryOp::Add:
      return node(Op::Add, Type::Real, lhs, rhs);
    case syntax::BinaryOp::Sub:
      return node(Op::Sub, Type::Real, lhs, rhs);
    case syntax::BinaryOp::Less:
      return node(Op::Lt, Type::Bool, lhs, rhs);
    case syntax::BinaryOp::LessEq:
      return node(Op::Le, Type::Bool, lhs, rhs);
    case syntax::BinaryOp::Greater:
      return node(Op::Gt, Type::Bool, lhs, rhs);
    case syntax::BinaryOp::GreaterEq:
      return node(Op::Ge, Type::Bool, lhs, rhs);
    case syntax::BinaryOp::Eq:
      return node(Op::Eq, Type::Bool, lhs, rhs);
    case syntax::BinaryOp::NotEq:
      return node(Op::Ne, Type::Bool, lhs, rhs);
    case syntax::BinaryOp::And:
      return node(Op::And, Type::Bool, lhs, rhs);
    case syntax::BinaryOp::Or:
      return node(Op::Or, Type::Bool, lhs, rhs);
    }
  }
  }
  return error(expr.range, "this expression cannot be compiled");
}

ExprId ModelLowering::lowerCall(const syntax::CallExpr &call) {
  const auto *callee = dynCast<syntax::NameExpr>(call.callee.get());
  if (!callee)
    return error(call.range, "only builtins and 'extern fn's can be called");
  const std::string &f = callee->name;
  static const std::map<std::string, Op> kUnary = {
      {"exp", Op::Exp},   {"log", Op::Log},     {"sin", Op::Sin}, {"cos", Op::Cos},
      {"tanh", Op::Tanh}, {"sqrt", Op::Sqrt},   {"abs", Op::Abs}, {"floor", Op::Floor},
      {"ceil", Op::Ceil}, {"round", Op::Round},
  };
  std::string message;
  auto named = sema::builtinArguments(call, message);
  if (!named)
    return error(call.range, message);
  std::vector<ExprId> args;
  if (!named->empty()) {
    for (const syntax::Expr *a : *named)
      args.push_back(a ? lowerExpr(*a) : error(call.range, "missing argument"));
  } else {
    for (const auto &a : call.args)
      args.push_back(lowerExpr(*a.value));
  }
  if (auto it = kUnary.find(f); it != kUnary.end() && args.size() == 1)
    return node(it->second, Type::Real, args[0]);
  if ((f == "min" || f == "max") && !args.empty()) {
    ExprId acc = args[0];
    for (std::size_t i = 1; i < args.size(); ++i)
      acc = node(f == "min" ? Op::Min : Op::Max, Type::Real, acc, args[i]);
    return acc;
  }
  if (f == "clamp" && args.size() == 3)
    return node(Op::Min, Type::Real, node(Op::Max, Type::Real, args[0], args[1]), args[2]);
  if (f == "pow" && args.size() == 2)
    return node(Op::Pow, Type::Real, args[0], args[1]);
  if (f == "uniform" || f == "normal" || f == "lognormal" || f == "choice")
    return error(call.range, "random draws ('" + f +
                                 "') are not available in model code yet; draw the values at "
                                 "elaboration, as parameters");
  if (f == "deliver" || f == "burst")
    return error(call.range, "'" + f + "' is a statement; it has no value");
  // An `extern fn`: the host program answers.
  auto it = std::find(program.hostFunctions.begin(), program.hostFunctions.end(), f);
  auto index = static_cast<std::uint32_t>(it - program.hostFunctions.begin());
  if (it == program.hostFunctions.end())
    program.hostFunctions.push_back(f);
  ExprId id = leaf(Op::HostCall, Type::Real, index);
  fn->exprs[id].args = std::move(args);
  return id;
}

// ---------------------------------------------------------------------------------------------
// Kernels
// ---------------------------------------------------------------------------------------------

/// A population's parameter: uniform when every neuron has the same value.
ParamBinding bindingOf(const elab::ParamValues &values) {
  ParamBinding binding;
  const auto &v = values.values;
  binding.uniform = std::all_of(v.begin(), v.end(), [&](double x) { return x == v.front(); });
  binding.value = v.empty() ? 0 : v.front();
  return binding;
}

class ProgramLowering {
public:
  ProgramLowering(const elab::Network &network, DiagnosticEngine &diags)
      : network(network), diags(diags) {}

  std::optional<Program> run();

private:
  std::optional<std::uint32_t> modelIndex(const sema::ModelInfo &model,
                                          const sema::ModelInfo *post);
  bool addNeuronKernel(std::uint32_t populationIndex);
  bool addSynapseKernel(std::uint32_t projectionIndex);

  const elab::Network &network;
  DiagnosticEngine &diags;
  Program program;
  std::map<std::pair<const sema::ModelInfo *, const sema::ModelInfo *>, std::uint32_t> lowered;
};

std::optional<std::uint32_t> ProgramLowering::modelIndex(const sema::ModelInfo &model,
                                                         const sema::ModelInfo *post) {
  auto key = std::make_pair(&model, post);
  if (auto it = lowered.find(key); it != lowered.end())
    return it->second;
  auto ir = ModelLowering(model, post, program, diags).run();
  if (!ir)
    return std::nullopt;
  program.models.push_back(std::move(*ir));
  auto index = static_cast<std::uint32_t>(program.models.size() - 1);
  lowered[key] = index;
  return index;
}

bool ProgramLowering::addNeuronKernel(std::uint32_t populationIndex) {
  const elab::Population &population = network.populations[populationIndex];
  auto model = modelIndex(*population.model, nullptr);
  if (!model)
    return false;
  Kernel kernel;
  kernel.name = population.name;
  kernel.model = *model;
  kernel.population = populationIndex;
  for (const auto &p : population.model->params) {
    auto it = std::find_if(population.params.begin(), population.params.end(),
                           [&](const elab::ParamValues &v) { return v.name == p.name.text; });
    kernel.params.push_back(it == population.params.end() ? ParamBinding{} : bindingOf(*it));
  }
  kernel.liveStates.assign(population.model->states.size(), true);
  kernel.functions = program.models[*model].functions;
  program.kernels.push_back(std::move(kernel));
  return true;
}

bool ProgramLowering::addSynapseKernel(std::uint32_t projectionIndex) {
  const elab::Projection &projection = network.projections[projectionIndex];
  const sema::ModelInfo &synapse = *projection.synapseModel;
  // The target model: `post.x` is compiled against it, so every target must share it.
  const sema::ModelInfo *post = nullptr;
  for (const auto &range : projection.target.ranges) {
    const auto *m = network.populations[range.population].model;
    if (post && m != post) {
      diags.error(projection.declared)
          << "the targets of a '" << synapse.name << "' connection use the models '" << post->name
          << "' and '" << (m ? m->name : "none")
          << "'; a synapse model's targets must share one model (split the connection)";
      return false;
    }
    post = m;
  }
  auto model = modelIndex(synapse, post);
  if (!model)
    return false;
  Kernel kernel;
  kernel.name = projection.name;
  kernel.model = *model;
  kernel.population = projectionIndex;
  kernel.synapse = true;
  std::map<std::string, double> known;
  for (const auto &p : synapse.params) {
    ParamBinding binding;
    const std::string &n = p.name.text;
    auto given = std::find_if(projection.synapseParams.begin(), projection.synapseParams.end(),
                              [&](const elab::ParamValues &v) { return v.name == n; });
    if (n == "w") {
      binding = {projection.weights.empty(), projection.weight};
    } else if (n == "delay") {
      binding = {projection.delays.empty(), projection.delay};
    } else if (given != projection.synapseParams.end()) {
      binding = bindingOf(*given);
    } else if (p.value && p.type.kind != sema::TypeKind::String) {
      std::string message;
      auto value = sema::evaluate(
          *p.value,
          [&](const std::string &name) -> std::optional<sema::Value> {
            auto it = known.find(name);
            if (it == known.end())
              return std::nullopt;
            return sema::Value::real(it->second);
          },
          message);
      if (!value) {
        diags.error(p.value->range) << "the default of '" << n << "' must be the same for every "
                                    << "synapse of a connection: " << message;
        return false;
      }
      binding = {true, value->isNumber() ? value->number : (value->flag ? 1.0 : 0.0)};
    }
    if (binding.uniform)
      known[n] = binding.value;
    kernel.params.push_back(binding);
  }
  kernel.liveStates.assign(synapse.states.size(), true);
  kernel.functions = program.models[*model].functions;
  // The target model was lowered for its populations' kernels (or is lowered now).
  if (post) {
    auto target = modelIndex(*post, nullptr);
    if (!target)
      return false;
    kernel.postModel = *target;
  }
  program.kernels.push_back(std::move(kernel));
  return true;
}

std::optional<Program> ProgramLowering::run() {
  program.network = &network;
  bool ok = true;
  for (std::uint32_t p = 0; p < network.populations.size(); ++p)
    if (network.populations[p].kind == elab::PopulationKind::Neurons)
      ok = addNeuronKernel(p) && ok;
  for (std::uint32_t p = 0; p < network.projections.size(); ++p)
    if (network.projections[p].kind == elab::SynapseKind::Model)
      ok = addSynapseKernel(p) && ok;
  if (!ok)
    return std::nullopt;
  return std::move(program);
}

} // namespace

std::optional<Program> lower(const elab::Network &network, DiagnosticEngine &diags) {
  return ProgramLowering(network, diags).run();
}

} // namespace flux::ir
