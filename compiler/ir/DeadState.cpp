// Dead state elimination: a state variable that nothing observable reads costs memory and
// work in every update of every neuron, so it goes.
#include "ir/Passes.h"

#include <set>

namespace flux::ir {
namespace {

/// The state variables an expression reads, through the locals it reads.
void statesRead(const Function &fn, ExprId id, const std::vector<std::set<std::uint32_t>> &locals,
                std::set<std::uint32_t> &out) {
  if (id == kNoExpr)
    return;
  const Expr &e = fn.at(id);
  if (e.op == Op::State)
    out.insert(e.index);
  if (e.op == Op::Local && e.index < locals.size())
    out.insert(locals[e.index].begin(), locals[e.index].end());
  for (ExprId op : e.operands)
    statesRead(fn, op, locals, out);
  for (ExprId a : e.args)
    statesRead(fn, a, locals, out);
}

/// What the code of one kernel needs: `roots` are states read where the result is
/// observable (conditions, firing, delivery, host calls); `feeds[s]` are the states the
/// updates of s read.
struct Dependencies {
  std::set<std::uint32_t> roots;
  std::vector<std::set<std::uint32_t>> feeds;
};

void collect(const Function &fn, const Block &block, std::vector<std::set<std::uint32_t>> &locals,
             Dependencies &deps) {
  for (const Stmt &s : block) {
    switch (s.op) {
    case StmtOp::SetState:
      statesRead(fn, s.value, locals, deps.feeds[s.index]);
      if (callsHost(fn, s.value))
        deps.roots.insert(s.index);
      break;
    case StmtOp::SetLocal:
      if (locals.size() <= s.index)
        locals.resize(s.index + 1);
      statesRead(fn, s.value, locals, locals[s.index]);
      if (callsHost(fn, s.value)) // a call for its effect on the host
        statesRead(fn, s.value, locals, deps.roots);
      break;
    case StmtOp::If:
      statesRead(fn, s.value, locals, deps.roots);
      collect(fn, s.thenBody, locals, deps);
      collect(fn, s.elseBody, locals, deps);
      break;
    case StmtOp::Fire:
      break;
    case StmtOp::Refractory:
    case StmtOp::Deliver:
    case StmtOp::Burst:
      statesRead(fn, s.value, locals, deps.roots);
      statesRead(fn, s.value2, locals, deps.roots);
      break;
    }
  }
}

void removeUpdates(Block &block, const std::vector<bool> &live) {
  Block out;
  for (Stmt &s : block) {
    if (s.op == StmtOp::SetState && !live[s.index])
      continue;
    removeUpdates(s.thenBody, live);
    removeUpdates(s.elseBody, live);
    out.push_back(std::move(s));
  }
  block = std::move(out);
}

} // namespace

void eliminateDeadState(Program &program,
                        const std::vector<std::pair<std::uint32_t, std::uint32_t>> &observed) {
  // States of neuron models that synapse kernels read through `post.x`, per model.
  std::vector<std::set<std::uint32_t>> readByPost(program.models.size());
  for (const Kernel &k : program.kernels)
    if (k.synapse)
      for (const Function &fn : k.functions)
        for (const Expr &e : fn.exprs)
          if (e.op == Op::PostState)
            readByPost[k.postModel].insert(e.index);

  for (std::uint32_t ki = 0; ki < program.kernels.size(); ++ki) {
    Kernel &kernel = program.kernels[ki];
    Dependencies deps;
    deps.feeds.resize(kernel.liveStates.size());
    for (const Function &fn : kernel.functions) {
      std::vector<std::set<std::uint32_t>> locals(fn.locals.size());
      if (fn.result != kNoExpr)
        statesRead(fn, fn.result, locals, deps.roots);
      collect(fn, fn.body, locals, deps);
    }
    if (!kernel.synapse)
      deps.roots.insert(readByPost[kernel.model].begin(), readByPost[kernel.model].end());
    for (auto [k, s] : observed)
      if (k == ki)
        deps.roots.insert(s);

    std::vector<bool> live(kernel.liveStates.size(), false);
    std::vector<std::uint32_t> work(deps.roots.begin(), deps.roots.end());
    while (!work.empty()) {
      std::uint32_t s = work.back();
      work.pop_back();
      if (s >= live.size() || live[s])
        continue;
      live[s] = true;
      work.insert(work.end(), deps.feeds[s].begin(), deps.feeds[s].end());
    }
    kernel.liveStates = live;
    for (Function &fn : kernel.functions)
      removeUpdates(fn.body, live);
  }
}

} // namespace flux::ir
