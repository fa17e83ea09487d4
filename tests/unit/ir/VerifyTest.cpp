// The IR verifier on functions built by hand: each test breaks one rule that lowering and
// the passes never break, and expects the verifier to say which.
#include "ir/FunctionBuilder.h"
#include "ir/Passes.h"

#include <gtest/gtest.h>

using namespace flux;
using test::FunctionBuilder;

namespace {

std::vector<std::string> verifyModel(bool synapse, FunctionBuilder &builder, int params = 2,
                                     int states = 2) {
  ir::Program program;
  program.models.push_back(test::makeModel(synapse, params, states, {builder.fn}));
  return ir::verify(program);
}

/// The problems joined, for failure messages and substring checks.
std::string joined(const std::vector<std::string> &problems) {
  std::string text;
  for (const auto &p : problems)
    text += p + "\n";
  return text;
}

bool mentions(const std::vector<std::string> &problems, const std::string &text) {
  return joined(problems).find(text) != std::string::npos;
}

} // namespace

TEST(Verify, AcceptsAWellFormedEvolve) {
  FunctionBuilder f(ir::FunctionKind::Evolve);
  ir::ExprId decay = f.op(ir::Op::Exp, f.op(ir::Op::Div, f.op(ir::Op::Neg, f.dt()), f.param(0)));
  f.let("decay", decay);
  f.beginIf(f.refractory());
  f.setState(0, f.param(1));
  f.orElse();
  f.setState(0, f.op(ir::Op::Mul, f.state(0), f.local(0)));
  f.endIf();
  auto problems = verifyModel(false, f);
  EXPECT_TRUE(problems.empty()) << joined(problems);
}

TEST(Verify, OperandUsedBeforeItIsDefined) {
  FunctionBuilder f(ir::FunctionKind::Evolve);
  // %0 = neg %1, then %1 = 2: operands must precede their users in the arena.
  ir::ExprId neg = f.opTyped(ir::Op::Neg, ir::Type::Real, 1);
  f.real(2);
  f.setState(0, neg);
  auto problems = verifyModel(false, f);
  EXPECT_TRUE(mentions(problems, "model Cell, evolve: %0 (neg) uses %1 before it is defined"))
      << joined(problems);
}

TEST(Verify, OperandOfTheWrongType) {
  FunctionBuilder f(ir::FunctionKind::Direct);
  ir::ExprId sum = f.opTyped(ir::Op::Add, ir::Type::Real, f.state(0), f.boolean(true));
  f.setState(0, sum);
  auto problems = verifyModel(false, f);
  EXPECT_TRUE(mentions(problems, "(add) needs operand 1 of type real")) << joined(problems);
}

TEST(Verify, ConditionThatIsNotABool) {
  FunctionBuilder f(ir::FunctionKind::Direct);
  f.beginIf(f.state(0));
  f.setState(0, f.real(0));
  f.endIf();
  auto problems = verifyModel(false, f);
  EXPECT_TRUE(mentions(problems, "'if' needs a bool")) << joined(problems);
}

TEST(Verify, ComparisonTypedAsReal) {
  FunctionBuilder f(ir::FunctionKind::Direct);
  ir::ExprId less = f.opTyped(ir::Op::Lt, ir::Type::Real, f.state(0), f.real(1));
  f.setState(0, less);
  auto problems = verifyModel(false, f);
  EXPECT_TRUE(mentions(problems, "(lt) must be of type bool")) << joined(problems);
}

TEST(Verify, SelectWithArmsOfDifferentTypes) {
  FunctionBuilder f(ir::FunctionKind::Direct);
  ir::ExprId pick =
      f.opTyped(ir::Op::Select, ir::Type::Real, f.boolean(true), f.real(1), f.boolean(false));
  f.setState(0, pick);
  auto problems = verifyModel(false, f);
  EXPECT_TRUE(mentions(problems, "(select) needs a bool condition and two values of one type"))
      << joined(problems);
}

TEST(Verify, EqualityOfARealAndABool) {
  FunctionBuilder f(ir::FunctionKind::Direct);
  f.beginIf(f.op(ir::Op::Eq, f.state(0), f.boolean(true)));
  f.endIf();
  auto problems = verifyModel(false, f);
  EXPECT_TRUE(mentions(problems, "(eq) compares values of different types")) << joined(problems);
}

TEST(Verify, FireConditionMustBeABool) {
  FunctionBuilder f(ir::FunctionKind::FireCondition);
  f.fn.result = f.state(0);
  auto problems = verifyModel(false, f);
  EXPECT_TRUE(mentions(problems, "'fire when' must compute a bool")) << joined(problems);
}

TEST(Verify, IndicesOutOfRange) {
  FunctionBuilder f(ir::FunctionKind::Direct);
  f.setState(0, f.op(ir::Op::Add, f.state(5), f.param(7)));
  f.setState(9, f.real(0));
  auto problems = verifyModel(false, f, 2, 2);
  EXPECT_TRUE(mentions(problems, "(state) names state 5 of 2")) << joined(problems);
  EXPECT_TRUE(mentions(problems, "(param) names parameter 7 of 2")) << joined(problems);
  EXPECT_TRUE(mentions(problems, "assignment to an unknown state")) << joined(problems);
}

TEST(Verify, DeliverInANeuronModel) {
  FunctionBuilder f(ir::FunctionKind::Fire);
  f.deliver(f.real(1));
  auto problems = verifyModel(false, f);
  EXPECT_TRUE(mentions(problems, "model Cell, on fire: 'deliver' in a neuron model"))
      << joined(problems);
}

TEST(Verify, DeliverOutsideOnPre) {
  FunctionBuilder f(ir::FunctionKind::Post);
  f.deliver(f.real(1));
  auto problems = verifyModel(true, f);
  EXPECT_TRUE(mentions(problems, "model Syn, on post: 'deliver' outside 'on pre'"))
      << joined(problems);
}

TEST(Verify, BurstOutsideOnFire) {
  FunctionBuilder f(ir::FunctionKind::Direct);
  f.burst(f.real(2), f.real(1));
  auto problems = verifyModel(false, f);
  EXPECT_TRUE(mentions(problems, "model Cell, on direct: 'burst' outside 'on fire'"))
      << joined(problems);
}

TEST(Verify, FireOutsideTheInputHandlers) {
  FunctionBuilder f(ir::FunctionKind::Evolve);
  f.fire();
  auto problems = verifyModel(false, f);
  EXPECT_TRUE(mentions(problems, "model Cell, evolve: 'fire' outside the input handlers"))
      << joined(problems);
}

TEST(Verify, RefractoryForOutsideOnFire) {
  FunctionBuilder f(ir::FunctionKind::Electric);
  f.refractoryFor(f.real(2));
  auto problems = verifyModel(false, f);
  EXPECT_TRUE(mentions(problems, "'refractory for' outside 'on fire'")) << joined(problems);
}

TEST(Verify, LeavesInTheWrongFunction) {
  FunctionBuilder f(ir::FunctionKind::Fire);
  f.setState(0, f.op(ir::Op::Add, f.dt(), f.arg()));
  f.setState(1, f.postState(0));
  auto problems = verifyModel(false, f);
  EXPECT_TRUE(mentions(problems, "(dt) outside 'evolve'")) << joined(problems);
  EXPECT_TRUE(mentions(problems, "(arg) outside 'on direct' and 'on modulator'"))
      << joined(problems);
  EXPECT_TRUE(mentions(problems, "(post.state) in a neuron model")) << joined(problems);

  FunctionBuilder s(ir::FunctionKind::Pre);
  s.beginIf(s.refractory());
  s.endIf();
  auto synapseProblems = verifyModel(true, s);
  EXPECT_TRUE(mentions(synapseProblems, "(refractory) in a synapse model"))
      << joined(synapseProblems);
}

TEST(Verify, LocalReadBeforeItIsAssigned) {
  FunctionBuilder f(ir::FunctionKind::Direct);
  std::uint32_t gain = f.declare("gain");
  f.setState(0, f.op(ir::Op::Mul, f.arg(), f.local(gain)));
  f.setLocal(gain, f.real(2));
  auto problems = verifyModel(false, f);
  EXPECT_TRUE(mentions(problems, "local 'gain' is read before it is assigned")) << joined(problems);
}

TEST(Verify, LocalAssignedInOneBranchOnly) {
  FunctionBuilder f(ir::FunctionKind::Direct);
  f.beginIf(f.refractory());
  f.let("gain", f.real(2));
  f.endIf();
  f.setState(0, f.op(ir::Op::Mul, f.arg(), f.local(0)));
  auto problems = verifyModel(false, f);
  EXPECT_TRUE(mentions(problems, "local 'gain' is read before it is assigned")) << joined(problems);

  // Assigned in both branches, it is assigned after the `if`.
  FunctionBuilder g(ir::FunctionKind::Direct);
  std::uint32_t gain = g.declare("gain");
  g.beginIf(g.refractory());
  g.setLocal(gain, g.real(2));
  g.orElse();
  g.setLocal(gain, g.real(3));
  g.endIf();
  g.setState(0, g.op(ir::Op::Mul, g.arg(), g.local(gain)));
  auto fine = verifyModel(false, g);
  EXPECT_TRUE(fine.empty()) << joined(fine);
}

TEST(Verify, LocalReadAsAnotherType) {
  FunctionBuilder f(ir::FunctionKind::Direct);
  f.let("big", f.op(ir::Op::Gt, f.arg(), f.real(1)));
  f.setState(0, f.op(ir::Op::Add, f.state(0), f.local(0, ir::Type::Real)));
  auto problems = verifyModel(false, f);
  EXPECT_TRUE(mentions(problems, "reads local 'big' as a real; it holds a bool"))
      << joined(problems);

  // Read as the bool it holds, it is fine.
  FunctionBuilder g(ir::FunctionKind::Direct);
  g.let("big", g.op(ir::Op::Gt, g.arg(), g.real(1)));
  g.beginIf(g.local(0, ir::Type::Bool));
  g.setState(0, g.arg());
  g.endIf();
  auto fine = verifyModel(false, g);
  EXPECT_TRUE(fine.empty()) << joined(fine);
}

TEST(Verify, KernelBindingsMustMatchTheModel) {
  FunctionBuilder f(ir::FunctionKind::Direct);
  f.setState(0, f.arg());
  ir::Program program;
  program.models.push_back(test::makeModel(false, 2, 2, {f.fn}));
  ir::Kernel kernel;
  kernel.name = "Top.P";
  kernel.params.resize(1); // the model has two
  kernel.liveStates.assign(2, true);
  kernel.functions = {f.fn};
  program.kernels.push_back(kernel);
  ir::Kernel orphan = kernel;
  orphan.name = "Top.Q";
  orphan.model = 5;
  program.kernels.push_back(orphan);
  auto problems = ir::verify(program);
  EXPECT_TRUE(mentions(problems, "kernel Top.P: bindings do not match model Cell"))
      << joined(problems);
  EXPECT_TRUE(mentions(problems, "kernel Top.Q: unknown model")) << joined(problems);
}
