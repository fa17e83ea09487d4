// Building IR functions by hand, one line per expression or statement, for the verifier's
// and the passes' tests: the verifier must catch what lowering never produces.
#pragma once

#include "ir/Ir.h"

#include <string>
#include <utility>
#include <vector>

namespace flux::test {

class FunctionBuilder {
public:
  explicit FunctionBuilder(ir::FunctionKind kind) { fn.kind = kind; }

  ir::ExprId real(double value) { return leaf(ir::Op::Const, ir::Type::Real, 0, value); }
  ir::ExprId boolean(bool value) { return leaf(ir::Op::Const, ir::Type::Bool, 0, value ? 1 : 0); }
  ir::ExprId param(std::uint32_t index, ir::Type type = ir::Type::Real) {
    return leaf(ir::Op::Param, type, index);
  }
  ir::ExprId state(std::uint32_t index) { return leaf(ir::Op::State, ir::Type::Real, index); }
  ir::ExprId local(std::uint32_t index, ir::Type type = ir::Type::Real) {
    return leaf(ir::Op::Local, type, index);
  }
  ir::ExprId dt() { return leaf(ir::Op::Dt, ir::Type::Real); }
  ir::ExprId arg() { return leaf(ir::Op::Arg, ir::Type::Real); }
  ir::ExprId refractory() { return leaf(ir::Op::Refractory, ir::Type::Bool); }
  ir::ExprId postState(std::uint32_t index) {
    return leaf(ir::Op::PostState, ir::Type::Real, index);
  }
  ir::ExprId host(std::uint32_t index, std::vector<ir::ExprId> args) {
    ir::ExprId id = leaf(ir::Op::HostCall, ir::Type::Real, index);
    fn.exprs[id].args = std::move(args);
    return id;
  }
  /// An operation; comparisons, `not`, `and` and `or` are bools, the rest reals.
  ir::ExprId op(ir::Op op, ir::ExprId a, ir::ExprId b = ir::kNoExpr, ir::ExprId c = ir::kNoExpr) {
    bool boolean = ir::isComparison(op) || op == ir::Op::Not || op == ir::Op::And ||
                   op == ir::Op::Or || (op == ir::Op::Select && fn.at(b).type == ir::Type::Bool);
    return opTyped(op, boolean ? ir::Type::Bool : ir::Type::Real, a, b, c);
  }
  ir::ExprId opTyped(ir::Op op, ir::Type type, ir::ExprId a, ir::ExprId b = ir::kNoExpr,
                     ir::ExprId c = ir::kNoExpr) {
    ir::Expr e;
    e.op = op;
    e.type = type;
    e.operands = {a, b, c};
    return fn.add(std::move(e));
  }

  /// Statements, appended to `block` (the body unless given).
  ir::Stmt &setState(std::uint32_t index, ir::ExprId value) {
    return add(stmt(ir::StmtOp::SetState, index, value));
  }
  /// A new local, assigned nowhere yet.
  std::uint32_t declare(const std::string &name) {
    fn.locals.push_back(name);
    return static_cast<std::uint32_t>(fn.locals.size() - 1);
  }
  ir::Stmt &setLocal(std::uint32_t index, ir::ExprId value) {
    return add(stmt(ir::StmtOp::SetLocal, index, value));
  }
  ir::Stmt &let(const std::string &name, ir::ExprId value) {
    return setLocal(declare(name), value);
  }
  ir::Stmt &fire() { return add(stmt(ir::StmtOp::Fire, 0, ir::kNoExpr)); }
  ir::Stmt &refractoryFor(ir::ExprId value) { return add(stmt(ir::StmtOp::Refractory, 0, value)); }
  ir::Stmt &deliver(ir::ExprId value) { return add(stmt(ir::StmtOp::Deliver, 0, value)); }
  ir::Stmt &burst(ir::ExprId count, ir::ExprId gap) {
    ir::Stmt &s = add(stmt(ir::StmtOp::Burst, 0, count));
    s.value2 = gap;
    return s;
  }
  /// An `if`; statements added until `endIf` go to its `then` block, after `orElse` to its
  /// `else` block.
  void beginIf(ir::ExprId condition) {
    ir::Stmt &s = add(stmt(ir::StmtOp::If, 0, condition));
    open.push_back({&s, false});
  }
  void orElse() { open.back().second = true; }
  void endIf() { open.pop_back(); }

  ir::Function fn;

private:
  ir::ExprId leaf(ir::Op op, ir::Type type, std::uint32_t index = 0, double value = 0) {
    ir::Expr e;
    e.op = op;
    e.type = type;
    e.index = index;
    e.value = value;
    return fn.add(std::move(e));
  }
  static ir::Stmt stmt(ir::StmtOp op, std::uint32_t index, ir::ExprId value) {
    ir::Stmt s;
    s.op = op;
    s.index = index;
    s.value = value;
    return s;
  }
  ir::Stmt &add(ir::Stmt s) {
    ir::Block &block = open.empty()         ? fn.body
                       : open.back().second ? open.back().first->elseBody
                                            : open.back().first->thenBody;
    block.push_back(std::move(s));
    return block.back();
  }
  // The `if`s being built, innermost last. Pointers into blocks stay valid: a block only
  // grows after the statements nested in its last `if` are complete.
  std::vector<std::pair<ir::Stmt *, bool>> open;
};

/// A model with parameters and state named p0.. and s0.., holding `functions`.
inline ir::Model makeModel(bool synapse, int params, int states,
                           std::vector<ir::Function> functions) {
  ir::Model model;
  model.name = synapse ? "Syn" : "Cell";
  model.synapse = synapse;
  for (int i = 0; i < params; ++i)
    model.params.push_back({"p" + std::to_string(i), {}});
  for (int i = 0; i < states; ++i)
    model.states.push_back({"s" + std::to_string(i), {}});
  model.functions = std::move(functions);
  return model;
}

} // namespace flux::test
