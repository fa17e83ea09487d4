// foldConstants on functions built by hand: what folds, what must not (anything that would
// change a result at run time), and `if`s whose condition becomes a constant.
#include "ir/FunctionBuilder.h"
#include "ir/Passes.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace flux;
using test::FunctionBuilder;

namespace {

/// The expression the first statement of the body assigns, after folding.
const ir::Expr &folded(FunctionBuilder &f, std::optional<double> dtMs = std::nullopt) {
  ir::foldConstants(f.fn, dtMs);
  return f.fn.at(f.fn.body.at(0).value);
}

} // namespace

TEST(FoldConstants, ComputesConstantArithmetic) {
  FunctionBuilder f(ir::FunctionKind::Direct);
  f.setState(0, f.op(ir::Op::Mul, f.op(ir::Op::Add, f.real(2), f.real(3)), f.real(4)));
  const ir::Expr &e = folded(f);
  EXPECT_EQ(e.op, ir::Op::Const);
  EXPECT_EQ(e.value, 20);
}

TEST(FoldConstants, ComputesBuiltinsAsDoubles) {
  FunctionBuilder f(ir::FunctionKind::Direct);
  f.setState(0, f.op(ir::Op::Min, f.op(ir::Op::Max, f.real(5), f.real(-1)), f.real(3)));
  f.setState(1, f.op(ir::Op::Mod, f.real(-7), f.real(3)));
  f.setState(1, f.op(ir::Op::Pow, f.real(2), f.real(0.5)));
  ir::foldConstants(f.fn, std::nullopt);
  EXPECT_EQ(f.fn.at(f.fn.body[0].value).value, 3);
  // The remainder takes the divisor's sign, as the backends compute it.
  EXPECT_EQ(f.fn.at(f.fn.body[1].value).value, 2);
  EXPECT_EQ(f.fn.at(f.fn.body[2].value).value, std::pow(2.0, 0.5));
}

TEST(FoldConstants, DtIsAConstantOnlyWhenGiven) {
  // exp(-dt / 10)
  auto build = [](FunctionBuilder &f) {
    f.setState(0,
               f.op(ir::Op::Mul, f.state(0),
                    f.op(ir::Op::Exp, f.op(ir::Op::Div, f.op(ir::Op::Neg, f.dt()), f.real(10)))));
  };
  FunctionBuilder step(ir::FunctionKind::Evolve);
  build(step);
  const ir::Expr &product = folded(step, 0.1);
  ASSERT_EQ(product.op, ir::Op::Mul);
  const ir::Expr &decay = step.fn.at(product.operands[1]);
  EXPECT_EQ(decay.op, ir::Op::Const);
  EXPECT_EQ(decay.value, std::exp(-0.1 / 10));

  FunctionBuilder event(ir::FunctionKind::Evolve);
  build(event);
  const ir::Expr &kept = folded(event);
  EXPECT_EQ(event.fn.at(kept.operands[1]).op, ir::Op::Exp);
}

TEST(FoldConstants, DropsOperationsThatDoNothing) {
  FunctionBuilder f(ir::FunctionKind::Direct);
  f.setState(0, f.op(ir::Op::Mul, f.state(1), f.real(1)));
  f.setState(0, f.op(ir::Op::Mul, f.real(1), f.state(1)));
  f.setState(0, f.op(ir::Op::Add, f.state(1), f.real(0)));
  f.setState(0, f.op(ir::Op::Add, f.real(0), f.state(1)));
  f.setState(0, f.op(ir::Op::Sub, f.state(1), f.real(0)));
  f.setState(0, f.op(ir::Op::Div, f.state(1), f.real(1)));
  ir::foldConstants(f.fn, std::nullopt);
  for (const ir::Stmt &s : f.fn.body) {
    const ir::Expr &e = f.fn.at(s.value);
    EXPECT_EQ(e.op, ir::Op::State);
    EXPECT_EQ(e.index, 1u);
  }
}

TEST(FoldConstants, KeepsWhatCouldChangeAResult) {
  // x * 0 is NaN for an infinite x, 0 - x is not x, x / x is NaN for 0: none of them fold.
  FunctionBuilder f(ir::FunctionKind::Direct);
  f.setState(0, f.op(ir::Op::Mul, f.state(1), f.real(0)));
  f.setState(0, f.op(ir::Op::Sub, f.real(0), f.state(1)));
  f.setState(0, f.op(ir::Op::Div, f.state(1), f.state(1)));
  ir::foldConstants(f.fn, std::nullopt);
  EXPECT_EQ(f.fn.at(f.fn.body[0].value).op, ir::Op::Mul);
  EXPECT_EQ(f.fn.at(f.fn.body[1].value).op, ir::Op::Sub);
  EXPECT_EQ(f.fn.at(f.fn.body[2].value).op, ir::Op::Div);
}

TEST(FoldConstants, LeavesNanAndInfinityForRunTime) {
  // The runtime's checks report a non-finite state with the neuron and the time.
  FunctionBuilder f(ir::FunctionKind::Direct);
  f.setState(0, f.op(ir::Op::Div, f.real(1), f.real(0)));
  f.setState(0, f.op(ir::Op::Log, f.real(0)));
  f.setState(0, f.op(ir::Op::Sqrt, f.real(-1)));
  ir::foldConstants(f.fn, std::nullopt);
  EXPECT_EQ(f.fn.at(f.fn.body[0].value).op, ir::Op::Div);
  EXPECT_EQ(f.fn.at(f.fn.body[1].value).op, ir::Op::Log);
  EXPECT_EQ(f.fn.at(f.fn.body[2].value).op, ir::Op::Sqrt);
}

TEST(FoldConstants, SimplifiesLogicWithAConstantOperand) {
  FunctionBuilder f(ir::FunctionKind::Direct);
  ir::ExprId test = f.op(ir::Op::Gt, f.arg(), f.real(0));
  f.setState(0,
             f.op(ir::Op::Select, f.op(ir::Op::And, f.boolean(true), test), f.real(1), f.real(2)));
  f.setState(0,
             f.op(ir::Op::Select, f.op(ir::Op::And, test, f.boolean(false)), f.real(1), f.real(2)));
  f.setState(0,
             f.op(ir::Op::Select, f.op(ir::Op::Or, test, f.boolean(true)), f.real(1), f.real(2)));
  f.setState(0,
             f.op(ir::Op::Select, f.op(ir::Op::Or, f.boolean(false), test), f.real(1), f.real(2)));
  ir::foldConstants(f.fn, std::nullopt);
  // true and x -> x; x and false -> false, so the select picks 2; x or true -> true, 1;
  // false or x -> x.
  const ir::Expr &first = f.fn.at(f.fn.body[0].value);
  ASSERT_EQ(first.op, ir::Op::Select);
  EXPECT_EQ(f.fn.at(first.operands[0]).op, ir::Op::Gt);
  EXPECT_EQ(f.fn.at(f.fn.body[1].value).op, ir::Op::Const);
  EXPECT_EQ(f.fn.at(f.fn.body[1].value).value, 2);
  EXPECT_EQ(f.fn.at(f.fn.body[2].value).op, ir::Op::Const);
  EXPECT_EQ(f.fn.at(f.fn.body[2].value).value, 1);
  const ir::Expr &fourth = f.fn.at(f.fn.body[3].value);
  ASSERT_EQ(fourth.op, ir::Op::Select);
  EXPECT_EQ(f.fn.at(fourth.operands[0]).op, ir::Op::Gt);
}

TEST(FoldConstants, IfWithAConstantConditionKeepsOneBranch) {
  FunctionBuilder f(ir::FunctionKind::Direct);
  f.beginIf(f.op(ir::Op::Lt, f.real(1), f.real(2)));
  f.setState(0, f.real(10));
  f.beginIf(f.op(ir::Op::Ne, f.real(3), f.real(3)));
  f.setState(1, f.real(20));
  f.orElse();
  f.setState(1, f.real(30));
  f.endIf();
  f.orElse();
  f.setState(0, f.real(40));
  f.endIf();
  ir::foldConstants(f.fn, std::nullopt);
  // then { s0 = 10; else-branch of the inner if: s1 = 30 }, spliced into the body.
  ASSERT_EQ(f.fn.body.size(), 2u);
  EXPECT_EQ(f.fn.body[0].op, ir::StmtOp::SetState);
  EXPECT_EQ(f.fn.body[0].index, 0u);
  EXPECT_EQ(f.fn.at(f.fn.body[0].value).value, 10);
  EXPECT_EQ(f.fn.body[1].index, 1u);
  EXPECT_EQ(f.fn.at(f.fn.body[1].value).value, 30);
}

TEST(FoldConstants, IfWithNothingInItGoes) {
  FunctionBuilder f(ir::FunctionKind::Direct);
  f.beginIf(f.op(ir::Op::Gt, f.state(0), f.real(0)));
  f.beginIf(f.op(ir::Op::Gt, f.real(0), f.real(1)));
  f.setState(0, f.real(1)); // never runs: the inner if goes, and then the outer one is empty
  f.endIf();
  f.endIf();
  f.setState(1, f.arg());
  ir::foldConstants(f.fn, std::nullopt);
  ASSERT_EQ(f.fn.body.size(), 1u);
  EXPECT_EQ(f.fn.body[0].index, 1u);
}

TEST(FoldConstants, HostCallsAreNeverEvaluated) {
  FunctionBuilder f(ir::FunctionKind::Direct);
  f.setState(0, f.op(ir::Op::Add, f.host(0, {f.real(1), f.real(2)}), f.real(0)));
  const ir::Expr &e = folded(f);
  EXPECT_EQ(e.op, ir::Op::HostCall);
  EXPECT_EQ(e.args.size(), 2u);
}
