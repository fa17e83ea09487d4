// The Flux IR: neuron and synapse models lowered to typed, structured, backend-neutral code,
// and one specialised copy of a model per population or projection (a "kernel") with the
// network's tables beside it. The LLVM and SPIR-V backends start here, never from the AST.
//
// Code is a tree: statements (assign, if/else, fire, deliver, ...) over pure expressions kept
// in a per-function arena. Expressions have no side effects, so a backend may evaluate both
// arms of an `if` and select (which is how the step engine's loops vectorise).
#pragma once

#include "elab/Network.h"

#include <array>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace flux::ir {

/// Reals are f64 on the event engine and f32 on the step engines (the backend chooses); whole
/// numbers (`burst_max`, `floor(x)`) are reals that happen to be integral.
enum class Type : std::uint8_t { Real, Bool };

enum class Op : std::uint8_t {
  // leaves
  Const,      // value
  Param,      // index: the model's parameter
  State,      // index: the model's state variable
  Local,      // index: a `let` of this function
  Arg,        // the handler's weight `w`
  Acc,        // index: a step's summed inputs of one accumulator (ir/Accumulate.h only)
  Dt,         // evolve's interval
  Refractory, // is the neuron refractory now (bool)
  PostState,  // index: the target neuron's state variable (synapse models)
  PostParam,  // index: the target neuron's parameter (synapse models)
  HostCall,   // index: an `extern fn`; operands in `args`
  // arithmetic and logic
  Neg,
  Not,
  Add,
  Sub,
  Mul,
  Div,
  Mod,
  Lt,
  Le,
  Gt,
  Ge,
  Eq,
  Ne,
  And,
  Or,
  Select, // operands: condition, then, else
  // builtins (operands are reals)
  Exp,
  Log,
  Sin,
  Cos,
  Tanh,
  Sqrt,
  Abs,
  Floor,
  Ceil,
  Round,
  Min,
  Max,
  Pow,
};

using ExprId = std::uint32_t;
constexpr ExprId kNoExpr = std::numeric_limits<ExprId>::max();

struct Expr {
  Op op = Op::Const;
  Type type = Type::Real;
  std::uint32_t index = 0; // Param, State, Local, PostState, PostParam, HostCall
  double value = 0;        // Const (a Bool constant is 0 or 1)
  std::array<ExprId, 3> operands{kNoExpr, kNoExpr, kNoExpr};
  std::vector<ExprId> args; // HostCall only
};

enum class StmtOp : std::uint8_t {
  SetState,   // index = value
  SetLocal,   // index = value (a `let`: assigned once, before any use)
  If,         // value: condition; thenBody, elseBody
  Fire,       // fire now (electric input)
  Refractory, // refractory for `value`
  Deliver,    // transmit `value` to the target (synapse models)
  Burst,      // this spike is the first of `value` spikes, `value2` apart
};

struct Stmt {
  StmtOp op = StmtOp::SetState;
  std::uint32_t index = 0;
  ExprId value = kNoExpr;
  ExprId value2 = kNoExpr;
  std::vector<Stmt> thenBody;
  std::vector<Stmt> elseBody;
};

using Block = std::vector<Stmt>;

/// What a function computes. Neuron models have the first six, synapse models Evolve, Pre,
/// Post and Init; any of them may be absent.
enum class FunctionKind : std::uint8_t {
  Evolve,        // the closed-form change over an input-free interval `dt`
  Direct,        // on direct(w)
  Modulator,     // on modulator(w)
  Electric,      // on electric
  FireCondition, // `fire when`: the result is the condition
  Fire,          // on fire
  Pre,           // on pre
  Post,          // on post
  Init,          // initial state from parameters (synapse state that depends on `w`)
  CheckEvery,    // `checked every`: the result is the interval
};
constexpr int kFunctionKinds = 10;

struct Function {
  FunctionKind kind = FunctionKind::Evolve;
  std::vector<Expr> exprs; // the arena; operands refer to earlier entries
  Block body;
  ExprId result = kNoExpr; // FireCondition, CheckEvery
  std::vector<std::string> locals;

  ExprId add(Expr e) {
    exprs.push_back(std::move(e));
    return static_cast<ExprId>(exprs.size() - 1);
  }
  const Expr &at(ExprId id) const { return exprs[id]; }
};

struct Variable {
  std::string name;
  sema::Dim dim;
};

struct Model {
  std::string name;
  bool synapse = false;
  std::vector<Variable> params;
  std::vector<Variable> states;
  std::vector<Function> functions;

  const Function *function(FunctionKind kind) const {
    for (const auto &f : functions)
      if (f.kind == kind)
        return &f;
    return nullptr;
  }
};

/// How a kernel gets a parameter: folded to one constant, or read per neuron (per synapse)
/// from an array at run time.
struct ParamBinding {
  bool uniform = true;
  double value = 0; // when uniform
};

/// One model specialised for one population (neurons) or one projection (synapse models):
/// uniform parameters are constants in its code, dead state is gone.
struct Kernel {
  std::string name; // the population or projection
  std::uint32_t model = 0;
  std::uint32_t population = 0; // neurons: the population; synapses: the projection
  bool synapse = false;
  std::vector<ParamBinding> params;
  std::vector<bool> liveStates; // false: removed by dead state elimination
  std::vector<Function> functions;
  /// `checked every`, in ms, once folded; 0 when the condition is checked at inputs only.
  double checkEveryMs = 0;
  std::uint32_t postModel = 0; // synapses: the target neurons' model

  const Function *function(FunctionKind kind) const {
    for (const auto &f : functions)
      if (f.kind == kind)
        return &f;
    return nullptr;
  }
};

struct Program {
  const elab::Network *network = nullptr;
  std::vector<Model> models;
  std::vector<Kernel> kernels;            // population kernels first, in population order
  std::vector<std::string> hostFunctions; // `extern fn`s that models call
  std::vector<std::string> strings;       // string arguments of host calls, by index
};

const char *name(Op op);
const char *name(FunctionKind kind);
bool isComparison(Op op);

} // namespace flux::ir
