// Dead state elimination on kernels built by hand: what keeps a state variable alive, and
// that the updates of a dead one are gone.
#include "ir/FunctionBuilder.h"
#include "ir/Passes.h"

#include <gtest/gtest.h>

using namespace flux;
using test::FunctionBuilder;

namespace {

/// One neuron kernel of a model with `states` state variables and these functions.
ir::Program neuronProgram(int states, const std::vector<ir::Function> &functions) {
  ir::Program program;
  program.models.push_back(test::makeModel(false, 1, states, functions));
  ir::Kernel kernel;
  kernel.name = "Top.P";
  kernel.params.resize(1);
  kernel.liveStates.assign(static_cast<std::size_t>(states), true);
  kernel.functions = functions;
  program.kernels.push_back(kernel);
  return program;
}

/// The state indices assigned anywhere in `block`.
void assigned(const ir::Block &block, std::vector<std::uint32_t> &out) {
  for (const ir::Stmt &s : block) {
    if (s.op == ir::StmtOp::SetState)
      out.push_back(s.index);
    assigned(s.thenBody, out);
    assigned(s.elseBody, out);
  }
}

/// fire when s0 >= 1
ir::Function fireWhenS0() {
  FunctionBuilder f(ir::FunctionKind::FireCondition);
  f.fn.result = f.op(ir::Op::Ge, f.state(0), f.real(1));
  return f.fn;
}

} // namespace

TEST(DeadState, UnreadStateIsDeadAndItsUpdatesGo) {
  // evolve: s0 *= 0.5; s1 += 1 (nothing reads s1)
  FunctionBuilder evolve(ir::FunctionKind::Evolve);
  evolve.setState(0, evolve.op(ir::Op::Mul, evolve.state(0), evolve.real(0.5)));
  evolve.setState(1, evolve.op(ir::Op::Add, evolve.state(1), evolve.real(1)));
  auto program = neuronProgram(2, {evolve.fn, fireWhenS0()});
  ir::eliminateDeadState(program, {});
  const ir::Kernel &k = program.kernels[0];
  EXPECT_EQ(k.liveStates, (std::vector<bool>{true, false}));
  std::vector<std::uint32_t> updates;
  assigned(k.function(ir::FunctionKind::Evolve)->body, updates);
  EXPECT_EQ(updates, (std::vector<std::uint32_t>{0}));
  EXPECT_TRUE(ir::verify(program).empty());
}

TEST(DeadState, WhatALiveStateReadsIsLive) {
  // s0 += s1 (live: s0 is the condition's); s1 += s2 (live through s1); s3 = s1 (dead).
  FunctionBuilder direct(ir::FunctionKind::Direct);
  direct.setState(0, direct.op(ir::Op::Add, direct.state(0), direct.state(1)));
  direct.setState(1, direct.op(ir::Op::Add, direct.state(1), direct.state(2)));
  direct.setState(3, direct.state(1));
  auto program = neuronProgram(4, {direct.fn, fireWhenS0()});
  ir::eliminateDeadState(program, {});
  EXPECT_EQ(program.kernels[0].liveStates, (std::vector<bool>{true, true, true, false}));
}

TEST(DeadState, ConditionsRefractoryPeriodsAndLocalsKeepStateAlive) {
  // let x = s1; if x > 0 { s2 = 1 }; refractory for s3 (in on fire); s4 unread.
  FunctionBuilder direct(ir::FunctionKind::Direct);
  direct.let("x", direct.state(1));
  direct.beginIf(direct.op(ir::Op::Gt, direct.local(0), direct.real(0)));
  direct.setState(2, direct.real(1));
  direct.endIf();
  direct.setState(4, direct.arg());
  FunctionBuilder fire(ir::FunctionKind::Fire);
  fire.refractoryFor(fire.state(3));
  auto program = neuronProgram(5, {direct.fn, fire.fn});
  ir::eliminateDeadState(program, {});
  // s2 is assigned but never read: dead, although its update sits under a live condition.
  EXPECT_EQ(program.kernels[0].liveStates, (std::vector<bool>{false, true, false, true, false}));
}

TEST(DeadState, HostCallsAreObservable) {
  // s0 = host.0(s1): the call happens whether or not s0 is read, so s0 and s1 stay.
  FunctionBuilder evolve(ir::FunctionKind::Evolve);
  evolve.setState(0, evolve.host(0, {evolve.state(1)}));
  // A call for its effect alone, as a statement, reads s2.
  evolve.let("_", evolve.host(0, {evolve.state(2)}));
  auto program = neuronProgram(4, {evolve.fn});
  ir::eliminateDeadState(program, {});
  EXPECT_EQ(program.kernels[0].liveStates, (std::vector<bool>{true, true, true, false}));
}

TEST(DeadState, ProbesKeepWhatTheyReadAlive) {
  FunctionBuilder evolve(ir::FunctionKind::Evolve);
  evolve.setState(1, evolve.op(ir::Op::Add, evolve.state(1), evolve.state(2)));
  auto program = neuronProgram(3, {evolve.fn, fireWhenS0()});
  ir::eliminateDeadState(program, {{0, 1}});
  EXPECT_EQ(program.kernels[0].liveStates, (std::vector<bool>{true, true, true}));
  // Another kernel's probe does not count.
  auto other = neuronProgram(3, {evolve.fn, fireWhenS0()});
  ir::eliminateDeadState(other, {{1, 1}});
  EXPECT_EQ(other.kernels[0].liveStates, (std::vector<bool>{true, false, false}));
}

TEST(DeadState, TargetStateThatASynapseReadsIsLive) {
  // The neuron model: s0 is its condition, s1 is read by nothing in the neuron.
  FunctionBuilder direct(ir::FunctionKind::Direct);
  direct.setState(1, direct.arg());
  auto program = neuronProgram(2, {direct.fn, fireWhenS0()});
  // A synapse kernel onto it delivers post.state.s1.
  FunctionBuilder pre(ir::FunctionKind::Pre);
  pre.deliver(pre.postState(1));
  program.models.push_back(test::makeModel(true, 0, 0, {pre.fn}));
  ir::Kernel synapse;
  synapse.name = "Top.P->Top.P";
  synapse.model = 1;
  synapse.synapse = true;
  synapse.postModel = 0;
  synapse.functions = {pre.fn};
  program.kernels.push_back(synapse);
  ir::eliminateDeadState(program, {});
  EXPECT_EQ(program.kernels[0].liveStates, (std::vector<bool>{true, true}));
  EXPECT_TRUE(ir::verify(program).empty());
}
