// Flux IR kernels -> LLVM functions with the ABI of runtime/core/KernelAbi.h.
//
// A function body keeps each state variable it touches in a stack slot: loaded at entry,
// stored back at exit. IR `if`s become branches; after mem2reg they are phis, which the loop
// vectoriser turns into selects, so a population update runs 16 neurons per AVX-512 register.
// No fast-math flags anywhere: the step engine must compute exactly what the GPU computes.
#include "codegen/llvm/ModuleBuilder.h"
#include "core/KernelAbi.h"
#include "ir/Accumulate.h"
#include "ir/Passes.h"
#include "ir/StepExp.h"

#include <llvm/IR/IRBuilder.h>
#include <llvm/IR/Intrinsics.h>
#include <llvm/IR/Verifier.h>
#include <llvm/Support/raw_ostream.h>

#include <functional>
#include <map>
#include <set>

namespace flux::llvmgen {
namespace {

/// Where one invocation finds its data: base pointers and indices.
struct Access {
  std::vector<llvm::Value *> state;     // T* per state variable; null when dead
  std::vector<llvm::Value *> params;    // T* per varying parameter; null when folded
  std::vector<llvm::Value *> postState; // T* per target state variable (synapses)
  llvm::Value *index = nullptr;         // i64
  llvm::Value *postIndex = nullptr;     // i64
  llvm::Value *data = nullptr;          // FluxKernelData*, for host calls
};

struct Inputs {
  Inputs(llvm::Value *dt, llvm::Value *arg, llvm::Value *refractory)
      : dt(dt), arg(arg), refractory(refractory) {}
  llvm::Value *dt = nullptr;         // T
  llvm::Value *arg = nullptr;        // T: the weight
  llvm::Value *refractory = nullptr; // i1
  std::vector<llvm::Value *> acc;    // T: summed inputs per accumulator (ir/Accumulate.h)
};

/// Emits one IR function's body at the builder's position.
class BodyEmitter {
  friend class KernelEmitter; // collectAssigned

public:
  BodyEmitter(llvm::IRBuilder<> &b, const ir::Model &model, const ir::Function &fn, llvm::Type *t,
              const Access &access, const Inputs &inputs, const std::vector<bool> &live)
      : b(b), model(model), fn(fn), t(t), access(access), inputs(inputs), live(live) {}

  /// Outputs of the statements, read after `finish`: i1 and T stack slots.
  llvm::AllocaInst *fired = nullptr;
  llvm::AllocaInst *refractoryMs = nullptr;
  llvm::AllocaInst *burstCount = nullptr;
  llvm::AllocaInst *burstGap = nullptr;
  llvm::AllocaInst *delivered = nullptr;
  llvm::AllocaInst *didDeliver = nullptr;

  void begin(llvm::IRBuilder<> &entry) {
    std::set<std::uint32_t> touched;
    for (const auto &e : fn.exprs)
      if (e.op == ir::Op::State)
        touched.insert(e.index);
    collectAssigned(fn.body, touched);
    slots.assign(model.states.size(), nullptr);
    initial.assign(model.states.size(), nullptr);
    direct.assign(model.states.size(), nullptr);
    for (std::uint32_t s : touched) {
      if (!live[s] || !access.state[s])
        continue;
      if (inPlace) {
        direct[s] = elementPtr(access.state[s], access.index);
        continue;
      }
      slots[s] = entry.CreateAlloca(t, nullptr, model.states[s].name);
      initial[s] = b.CreateLoad(t, elementPtr(access.state[s], access.index));
      b.CreateStore(initial[s], slots[s]);
    }
    // A local holds what its `let` computes: a real, or an i1 for a comparison.
    std::vector<llvm::Type *> localTypes(fn.locals.size(), t);
    collectLocalTypes(fn.body, localTypes);
    locals.clear();
    for (std::size_t i = 0; i < fn.locals.size(); ++i)
      locals.push_back(entry.CreateAlloca(localTypes[i], nullptr, fn.locals[i]));
    cacheTranscendentalsOfDt();
    auto slot = [&](llvm::Type *type, const char *name, llvm::Value *init) {
      auto *a = entry.CreateAlloca(type, nullptr, name);
      b.CreateStore(init, a);
      return a;
    };
    fired = slot(b.getInt1Ty(), "fired", b.getFalse());
    refractoryMs = slot(t, "refractory_ms", llvm::ConstantFP::get(t, -1.0));
    burstCount = slot(t, "burst_count", llvm::ConstantFP::get(t, 1.0));
    burstGap = slot(t, "burst_gap", llvm::ConstantFP::get(t, 0.0));
    delivered = slot(t, "delivered", llvm::ConstantFP::get(t, 0.0));
    didDeliver = slot(b.getInt1Ty(), "did_deliver", b.getFalse());
  }

  void body() { block(fn.body); }

  /// Stores the state the function assigned; with `keep`, only where `keep` is true (the old
  /// value stays elsewhere). In single precision a denormal is stored as +0: GPUs may flush
  /// denormals (lavapipe does, and Vulkan guarantees neither behaviour), so the step engine and
  /// the GPU backend both keep stored state out of the denormal range and stay bit for bit
  /// equal. Double precision (the event engine) stores what it computed.
  void finish(llvm::Value *keep = nullptr) {
    std::set<std::uint32_t> assigned;
    collectAssigned(fn.body, assigned);
    for (std::uint32_t s : assigned) {
      if (!slots[s])
        continue; // dead, or written in place
      llvm::Value *value = b.CreateLoad(t, slots[s]);
      if (t->isFloatTy()) {
        llvm::Value *tiny = b.CreateFCmpOLT(intrinsic(llvm::Intrinsic::fabs, {value}),
                                            llvm::ConstantFP::get(t, 0x1p-126), "denormal");
        value = b.CreateSelect(tiny, llvm::ConstantFP::get(t, 0.0), value, "flushed");
      }
      if (keep)
        value = b.CreateSelect(keep, value, initial[s]);
      b.CreateStore(value, elementPtr(access.state[s], access.index));
    }
  }

  /// Inside a loop dt is invariant and LLVM hoists exp(-dt / tau) itself: no cache there.
  bool cacheDt = true;
  /// State read from and written to its array where the code does it, not kept in a slot
  /// loaded at the start and stored at the end (double precision only: no denormal flush, no
  /// `keep`). An `if` that sets one state or another then touches only that one's array, which
  /// matters in the event engine's row loops: `if w > 0 { ge += w } else { gi -= w }` reads
  /// and writes one random array per synapse instead of two.
  bool inPlace = false;

  llvm::Value *expr(ir::ExprId id);

private:
  /// exp(-dt / tau) and the like depend on `dt` alone, and the event engine calls `evolve`
  /// with the same dt again and again (a grid, a constant delay): compute them once per new
  /// dt and keep them in a per-function cache.
  void cacheTranscendentalsOfDt() {
    if (!cacheDt || !inputs.dt || llvm::isa<llvm::Constant>(inputs.dt))
      return;
    std::vector<bool> dtOnly(fn.exprs.size(), false);
    std::vector<bool> hasDt(fn.exprs.size(), false);
    std::vector<ir::ExprId> cached;
    for (ir::ExprId id = 0; id < fn.exprs.size(); ++id) {
      const ir::Expr &e = fn.at(id);
      bool only = e.op == ir::Op::Const || e.op == ir::Op::Dt;
      bool dt = e.op == ir::Op::Dt;
      if (e.op != ir::Op::Const && e.op != ir::Op::Dt && e.op != ir::Op::HostCall &&
          e.operands[0] != ir::kNoExpr) {
        only = true;
        for (ir::ExprId op : e.operands)
          if (op != ir::kNoExpr) {
            only = only && dtOnly[op];
            dt = dt || hasDt[op];
          }
      }
      dtOnly[id] = only;
      hasDt[id] = dt;
      bool transcendental = e.op == ir::Op::Exp || e.op == ir::Op::Log || e.op == ir::Op::Pow ||
                            e.op == ir::Op::Sin || e.op == ir::Op::Cos || e.op == ir::Op::Tanh;
      if (only && dt && transcendental)
        cached.push_back(id);
    }
    if (cached.empty())
      return;
    llvm::Module &m = *b.GetInsertBlock()->getModule();
    std::string base = b.GetInsertBlock()->getParent()->getName().str() + ".dt_cache";
    auto *lastDt = new llvm::GlobalVariable(m, t, false, llvm::GlobalValue::InternalLinkage,
                                            llvm::ConstantFP::getNaN(t), base + ".dt");
    auto *arrayTy = llvm::ArrayType::get(t, cached.size());
    auto *values =
        new llvm::GlobalVariable(m, arrayTy, false, llvm::GlobalValue::InternalLinkage,
                                 llvm::ConstantAggregateZero::get(arrayTy), base + ".values");
    llvm::Function *f = b.GetInsertBlock()->getParent();
    auto *compute = llvm::BasicBlock::Create(b.getContext(), "dt_changed", f);
    auto *join = llvm::BasicBlock::Create(b.getContext(), "dt_cached", f);
    // Intervals within FLUX_SAME_TIME_MS of each other are one interval (the engine's rule for
    // instants): a delay added to a grid time misses the next grid point by a rounding, and
    // must not cost two exp() calls. The first call compares with NaN and computes.
    llvm::Value *gap =
        intrinsic(llvm::Intrinsic::fabs, {b.CreateFSub(b.CreateLoad(t, lastDt), inputs.dt)});
    b.CreateCondBr(b.CreateFCmpUGT(gap, llvm::ConstantFP::get(t, FLUX_SAME_TIME_MS)), compute,
                   join);
    b.SetInsertPoint(compute);
    for (std::size_t k = 0; k < cached.size(); ++k)
      b.CreateStore(expr(cached[k]),
                    b.CreateConstInBoundsGEP2_32(arrayTy, values, 0, static_cast<unsigned>(k)));
    b.CreateStore(inputs.dt, lastDt);
    b.CreateBr(join);
    b.SetInsertPoint(join);
    for (std::size_t k = 0; k < cached.size(); ++k)
      cache[cached[k]] = b.CreateLoad(
          t, b.CreateConstInBoundsGEP2_32(arrayTy, values, 0, static_cast<unsigned>(k)));
  }

  void collectLocalTypes(const ir::Block &block, std::vector<llvm::Type *> &types) const {
    for (const auto &s : block) {
      if (s.op == ir::StmtOp::SetLocal && fn.at(s.value).type == ir::Type::Bool)
        types[s.index] = b.getInt1Ty();
      collectLocalTypes(s.thenBody, types);
      collectLocalTypes(s.elseBody, types);
    }
  }

  static void collectAssigned(const ir::Block &block, std::set<std::uint32_t> &out) {
    for (const auto &s : block) {
      if (s.op == ir::StmtOp::SetState)
        out.insert(s.index);
      collectAssigned(s.thenBody, out);
      collectAssigned(s.elseBody, out);
    }
  }

  llvm::Value *elementPtr(llvm::Value *base, llvm::Value *index) {
    return b.CreateInBoundsGEP(t, base, index);
  }

  void block(const ir::Block &stmts) {
    for (const auto &s : stmts)
      stmt(s);
  }

  void stmt(const ir::Stmt &s);
  llvm::Value *hostCall(const ir::Expr &e);
  llvm::Value *stepExp(llvm::Value *x);
  llvm::Value *intrinsic(llvm::Intrinsic::ID id, const std::vector<llvm::Value *> &args) {
    llvm::Module *m = b.GetInsertBlock()->getModule();
    return b.CreateCall(llvm::Intrinsic::getDeclaration(m, id, {t}), args);
  }
  llvm::Value *libm(const char *name, llvm::Value *x) {
    llvm::Module *m = b.GetInsertBlock()->getModule();
    std::string symbol = t->isFloatTy() ? std::string(name) + "f" : name;
    auto callee = m->getOrInsertFunction(symbol, llvm::FunctionType::get(t, {t}, false));
    return b.CreateCall(callee, {x});
  }

  llvm::IRBuilder<> &b;
  const ir::Model &model;
  const ir::Function &fn;
  llvm::Type *t;
  const Access &access;
  const Inputs &inputs;
  const std::vector<bool> &live;
  std::vector<llvm::AllocaInst *> slots;
  std::vector<llvm::Value *> direct;  // inPlace: the state's element
  std::vector<llvm::Value *> initial; // the state as loaded
  std::vector<llvm::AllocaInst *> locals;
  std::map<ir::ExprId, llvm::Value *> cache; // values computed once per dt
};

llvm::Value *BodyEmitter::hostCall(const ir::Expr &e) {
  // double hostCall(void *host, uint32 function, uint32 argc, const double *args)
  llvm::Type *f64 = b.getDoubleTy();
  auto *args = b.CreateAlloca(llvm::ArrayType::get(f64, std::max<std::size_t>(1, e.args.size())));
  for (std::size_t i = 0; i < e.args.size(); ++i) {
    llvm::Value *v = expr(e.args[i]);
    if (v->getType()->isIntegerTy(1))
      v = b.CreateUIToFP(v, f64);
    else if (v->getType() != f64)
      v = b.CreateFPExt(v, f64);
    b.CreateStore(v, b.CreateConstInBoundsGEP2_32(args->getAllocatedType(), args, 0,
                                                  static_cast<unsigned>(i)));
  }
  llvm::Type *ptr = b.getPtrTy();
  auto *dataTy = llvm::StructType::get(ptr, ptr, ptr, ptr, ptr);
  llvm::Value *host =
      b.CreateLoad(ptr, b.CreateStructGEP(dataTy, access.data, FLUX_KERNEL_DATA_HOST));
  llvm::Value *callback =
      b.CreateLoad(ptr, b.CreateStructGEP(dataTy, access.data, FLUX_KERNEL_DATA_HOST_CALL));
  auto *type = llvm::FunctionType::get(f64, {ptr, b.getInt32Ty(), b.getInt32Ty(), ptr}, false);
  llvm::Value *result = b.CreateCall(
      type, callback,
      {host, b.getInt32(e.index), b.getInt32(static_cast<std::uint32_t>(e.args.size())), args});
  return t == f64 ? result : b.CreateFPTrunc(result, t);
}

llvm::Value *BodyEmitter::stepExp(llvm::Value *x) {
  namespace e = ir::stepexp;
  auto c = [&](float v) { return llvm::ConstantFP::get(t, static_cast<double>(v)); };
  // Branch-free (selects), so loops that call it still vectorise.
  llvm::Value *xc = b.CreateSelect(b.CreateFCmpOGT(x, c(e::kHigh)), c(e::kHigh), x);
  xc = b.CreateSelect(b.CreateFCmpOLT(xc, c(e::kLow)), c(e::kLow), xc);
  llvm::Value *n =
      intrinsic(llvm::Intrinsic::floor, {b.CreateFAdd(b.CreateFMul(xc, c(e::kLog2e)), c(0.5F))});
  llvm::Value *r = b.CreateFSub(xc, b.CreateFMul(n, c(e::kLn2High)));
  r = b.CreateFSub(r, b.CreateFMul(n, c(e::kLn2Low)));
  llvm::Value *p = c(e::kP[0]);
  for (std::size_t k = 1; k < e::kP.size(); ++k)
    p = b.CreateFAdd(b.CreateFMul(p, r), c(e::kP[k]));
  llvm::Value *y = b.CreateFMul(p, b.CreateFMul(r, r));
  y = b.CreateFAdd(y, r);
  y = b.CreateFAdd(y, c(1.0F));
  llvm::Value *bits =
      b.CreateShl(b.CreateAdd(b.CreateFPToSI(n, b.getInt32Ty()), b.getInt32(126)), b.getInt32(23));
  llvm::Value *result = b.CreateFMul(b.CreateFMul(y, b.CreateBitCast(bits, t)), c(2.0F));
  result = b.CreateSelect(b.CreateFCmpOLT(x, c(e::kLow)), c(0.0F), result);
  result =
      b.CreateSelect(b.CreateFCmpOGT(x, c(e::kHigh)), llvm::ConstantFP::getInfinity(t), result);
  return b.CreateSelect(b.CreateFCmpUNO(x, x), x, result);
}

llvm::Value *BodyEmitter::expr(ir::ExprId id) {
  if (auto it = cache.find(id); it != cache.end())
    return it->second;
  const ir::Expr &e = fn.at(id);
  auto operand = [&](int i) { return expr(e.operands[static_cast<std::size_t>(i)]); };
  switch (e.op) {
  case ir::Op::Const:
    return e.type == ir::Type::Bool ? static_cast<llvm::Value *>(b.getInt1(e.value != 0))
                                    : llvm::ConstantFP::get(t, e.value);
  case ir::Op::Param: {
    llvm::Value *v = b.CreateLoad(t, elementPtr(access.params[e.index], access.index));
    return e.type == ir::Type::Bool ? b.CreateFCmpUNE(v, llvm::ConstantFP::get(t, 0.0)) : v;
  }
  case ir::Op::State:
    // A dead state's value never reaches a result: any value will do.
    if (direct[e.index])
      return b.CreateLoad(t, direct[e.index]);
    return slots[e.index] ? b.CreateLoad(t, slots[e.index])
                          : static_cast<llvm::Value *>(llvm::ConstantFP::get(t, 0.0));
  case ir::Op::Local:
    return b.CreateLoad(locals[e.index]->getAllocatedType(), locals[e.index]);
  case ir::Op::Arg:
    return inputs.arg;
  case ir::Op::Acc:
    return inputs.acc[e.index];
  case ir::Op::Dt:
    return inputs.dt;
  case ir::Op::Refractory:
    return inputs.refractory;
  case ir::Op::PostState:
    return b.CreateLoad(t, elementPtr(access.postState[e.index], access.postIndex));
  case ir::Op::PostParam:
    return llvm::ConstantFP::get(t, 0.0); // folded by specialisation; never reached
  case ir::Op::HostCall:
    return hostCall(e);
  case ir::Op::Neg:
    return b.CreateFNeg(operand(0));
  case ir::Op::Not:
    return b.CreateNot(operand(0));
  case ir::Op::Add:
    return b.CreateFAdd(operand(0), operand(1));
  case ir::Op::Sub:
    return b.CreateFSub(operand(0), operand(1));
  case ir::Op::Mul:
    return b.CreateFMul(operand(0), operand(1));
  case ir::Op::Div:
    return b.CreateFDiv(operand(0), operand(1));
  case ir::Op::Mod: {
    // a - b * floor(a / b): the remainder has the divisor's sign, as at elaboration.
    llvm::Value *x = operand(0);
    llvm::Value *y = operand(1);
    return b.CreateFSub(x,
                        b.CreateFMul(y, intrinsic(llvm::Intrinsic::floor, {b.CreateFDiv(x, y)})));
  }
  case ir::Op::Lt:
    return b.CreateFCmpOLT(operand(0), operand(1));
  case ir::Op::Le:
    return b.CreateFCmpOLE(operand(0), operand(1));
  case ir::Op::Gt:
    return b.CreateFCmpOGT(operand(0), operand(1));
  case ir::Op::Ge:
    return b.CreateFCmpOGE(operand(0), operand(1));
  case ir::Op::Eq: {
    llvm::Value *x = operand(0);
    llvm::Value *y = operand(1);
    return x->getType()->isIntegerTy() ? b.CreateICmpEQ(x, y) : b.CreateFCmpOEQ(x, y);
  }
  case ir::Op::Ne: {
    llvm::Value *x = operand(0);
    llvm::Value *y = operand(1);
    return x->getType()->isIntegerTy() ? b.CreateICmpNE(x, y) : b.CreateFCmpUNE(x, y);
  }
  case ir::Op::And:
    return b.CreateAnd(operand(0), operand(1));
  case ir::Op::Or:
    return b.CreateOr(operand(0), operand(1));
  case ir::Op::Select:
    return b.CreateSelect(operand(0), operand(1), operand(2));
  case ir::Op::Exp:
    // Single precision (the step engines): the sequence the GPU computes too (ir/StepExp.h).
    return t->isFloatTy() ? stepExp(operand(0)) : intrinsic(llvm::Intrinsic::exp, {operand(0)});
  case ir::Op::Log:
    return intrinsic(llvm::Intrinsic::log, {operand(0)});
  case ir::Op::Sin:
    return intrinsic(llvm::Intrinsic::sin, {operand(0)});
  case ir::Op::Cos:
    return intrinsic(llvm::Intrinsic::cos, {operand(0)});
  case ir::Op::Tanh:
    return libm("tanh", operand(0));
  case ir::Op::Sqrt:
    return intrinsic(llvm::Intrinsic::sqrt, {operand(0)});
  case ir::Op::Abs:
    return intrinsic(llvm::Intrinsic::fabs, {operand(0)});
  case ir::Op::Floor:
    return intrinsic(llvm::Intrinsic::floor, {operand(0)});
  case ir::Op::Ceil:
    return intrinsic(llvm::Intrinsic::ceil, {operand(0)});
  case ir::Op::Round:
    return intrinsic(llvm::Intrinsic::round, {operand(0)});
  case ir::Op::Min: {
    // GLSL's definition, y < x ? y : x, on both backends.
    llvm::Value *x = operand(0);
    llvm::Value *y = operand(1);
    return b.CreateSelect(b.CreateFCmpOLT(y, x), y, x);
  }
  case ir::Op::Max: {
    llvm::Value *x = operand(0);
    llvm::Value *y = operand(1);
    return b.CreateSelect(b.CreateFCmpOLT(x, y), y, x);
  }
  case ir::Op::Pow:
    return intrinsic(llvm::Intrinsic::pow, {operand(0), operand(1)});
  }
  return llvm::ConstantFP::get(t, 0.0);
}

void BodyEmitter::stmt(const ir::Stmt &s) {
  switch (s.op) {
  case ir::StmtOp::SetState:
    if (direct[s.index])
      b.CreateStore(expr(s.value), direct[s.index]);
    else if (slots[s.index])
      b.CreateStore(expr(s.value), slots[s.index]);
    return;
  case ir::StmtOp::SetLocal:
    b.CreateStore(expr(s.value), locals[s.index]);
    return;
  case ir::StmtOp::If: {
    llvm::Function *f = b.GetInsertBlock()->getParent();
    auto *thenBlock = llvm::BasicBlock::Create(b.getContext(), "then", f);
    auto *elseBlock = llvm::BasicBlock::Create(b.getContext(), "else", f);
    auto *join = llvm::BasicBlock::Create(b.getContext(), "endif", f);
    b.CreateCondBr(expr(s.value), thenBlock, elseBlock);
    b.SetInsertPoint(thenBlock);
    block(s.thenBody);
    b.CreateBr(join);
    b.SetInsertPoint(elseBlock);
    block(s.elseBody);
    b.CreateBr(join);
    b.SetInsertPoint(join);
    return;
  }
  case ir::StmtOp::Fire:
    b.CreateStore(b.getTrue(), fired);
    return;
  case ir::StmtOp::Refractory:
    b.CreateStore(expr(s.value), refractoryMs);
    return;
  case ir::StmtOp::Deliver:
    b.CreateStore(s.value == ir::kNoExpr ? llvm::ConstantFP::get(t, 0.0) : expr(s.value),
                  delivered);
    b.CreateStore(b.getTrue(), didDeliver);
    return;
  case ir::StmtOp::Burst:
    b.CreateStore(expr(s.value), burstCount);
    b.CreateStore(expr(s.value2), burstGap);
    return;
  }
}

// ---------------------------------------------------------------------------------------------
// Kernel functions
// ---------------------------------------------------------------------------------------------

class KernelEmitter {
public:
  KernelEmitter(llvm::Module &m, const ir::Program &program, std::uint32_t kernelIndex,
                Precision precision, llvm::TargetMachine &tm)
      : m(m), ctx(m.getContext()), program(program), kernel(program.kernels[kernelIndex]),
        model(program.models[kernel.model]), kernelIndex(kernelIndex), precision(precision),
        tm(tm) {
    t = precision == Precision::Double ? llvm::Type::getDoubleTy(ctx) : llvm::Type::getFloatTy(ctx);
    ptr = llvm::PointerType::get(ctx, 0);
    i64 = llvm::Type::getInt64Ty(ctx);
    i32 = llvm::Type::getInt32Ty(ctx);
    dataTy = llvm::StructType::get(ptr, ptr, ptr, ptr, ptr);
  }

  void emit() {
    if (kernel.synapse) {
      emitSynapseInit();
      emitSynapseEvolve();
      emitSynapseEvent("pre", ir::FunctionKind::Pre);
      emitSynapseEvent("post", ir::FunctionKind::Post);
      return;
    }
    emitEvolve();
    emitInput();
    emitCond();
    emitFire();
    if (precision == Precision::Double) {
      emitGridLoop();
      emitEventDeliverLoop();
    }
    if (precision == Precision::Single) {
      emitUpdateLoop();
      emitEvolveLoop();
      emitDeliverLoop();
      if (auto summed = ir::accumulation(kernel))
        emitAccumulation(*summed);
    }
  }

private:
  llvm::Function *declare(const char *name, llvm::Type *result,
                          const std::vector<llvm::Type *> &params, bool internal = false) {
    auto *type = llvm::FunctionType::get(result, params, false);
    std::string symbol = internal ? kernelSymbol(kernelIndex, name, precision) + ".inner"
                                  : kernelSymbol(kernelIndex, name, precision);
    auto *f = llvm::Function::Create(
        type, internal ? llvm::GlobalValue::InternalLinkage : llvm::GlobalValue::ExternalLinkage,
        symbol, m);
    f->addFnAttr("target-cpu", tm.getTargetCPU());
    f->addFnAttr("target-features", tm.getTargetFeatureString());
    f->addFnAttr(llvm::Attribute::NoUnwind);
    if (internal)
      f->addFnAttr(llvm::Attribute::AlwaysInline);
    return f;
  }

  /// Base pointers of the data arrays, loaded from FluxKernelData.
  Access loadAccess(llvm::IRBuilder<> &b, llvm::Value *data) {
    Access a;
    a.data = data;
    llvm::Value *states =
        b.CreateLoad(ptr, b.CreateStructGEP(dataTy, data, FLUX_KERNEL_DATA_STATE));
    llvm::Value *params =
        b.CreateLoad(ptr, b.CreateStructGEP(dataTy, data, FLUX_KERNEL_DATA_PARAMS));
    for (std::uint32_t s = 0; s < model.states.size(); ++s)
      a.state.push_back(
          kernel.liveStates[s] ? b.CreateLoad(ptr, b.CreateConstGEP1_32(ptr, states, s)) : nullptr);
    for (std::uint32_t p = 0; p < model.params.size(); ++p)
      a.params.push_back(kernel.params[p].uniform
                             ? nullptr
                             : b.CreateLoad(ptr, b.CreateConstGEP1_32(ptr, params, p)));
    if (kernel.synapse) {
      llvm::Value *post =
          b.CreateLoad(ptr, b.CreateStructGEP(dataTy, data, FLUX_KERNEL_DATA_POST_STATE));
      const ir::Model &target = program.models[kernel.postModel];
      for (std::uint32_t s = 0; s < target.states.size(); ++s)
        a.postState.push_back(b.CreateLoad(ptr, b.CreateConstGEP1_32(ptr, post, s)));
    }
    return a;
  }

  /// Emits `kind`'s body at the builder (nothing when the model lacks it) and returns its
  /// emitter for the outputs.
  std::unique_ptr<BodyEmitter> body(llvm::IRBuilder<> &b, llvm::IRBuilder<> &entry,
                                    ir::FunctionKind kind, const Access &a, const Inputs &in,
                                    bool inPlace = false) {
    const ir::Function *fn = kernel.function(kind);
    static const ir::Function kEmpty;
    auto emitter =
        std::make_unique<BodyEmitter>(b, model, fn ? *fn : kEmpty, t, a, in, kernel.liveStates);
    emitter->inPlace = inPlace;
    emitter->begin(entry);
    emitter->body();
    emitter->finish();
    return emitter;
  }

  /// Emits `fn` at the builder and stores what it assigned where `keep` is true (everywhere
  /// without it).
  void bodyOf(llvm::IRBuilder<> &b, llvm::IRBuilder<> &entry, const ir::Function &fn,
              const Access &a, const Inputs &in, llvm::Value *keep) {
    BodyEmitter emitter(b, model, fn, t, a, in, kernel.liveStates);
    emitter.begin(entry);
    emitter.body();
    emitter.finish(keep);
  }

  /// A function with an entry block for allocas and a body block after it.
  struct Frame {
    llvm::Function *f;
    llvm::IRBuilder<> entry;
    llvm::IRBuilder<> b;
    llvm::BasicBlock *entryBlock;
  };
  std::unique_ptr<Frame> frame(llvm::Function *f) {
    auto *entryBlock = llvm::BasicBlock::Create(ctx, "entry", f);
    auto *start = llvm::BasicBlock::Create(ctx, "start", f);
    auto fr = std::unique_ptr<Frame>(
        new Frame{f, llvm::IRBuilder<>(entryBlock), llvm::IRBuilder<>(start), entryBlock});
    return fr;
  }
  void close(Frame &fr) { fr.entry.CreateBr(&*std::next(fr.f->begin())); }

  void emitEvolve() {
    auto *f = declare("evolve", llvm::Type::getVoidTy(ctx), {ptr, i64, t, i32});
    evolveFunction = f;
    auto fr = frame(f);
    Access a = loadAccess(fr->entry, f->getArg(0));
    a.index = f->getArg(1);
    Inputs in{f->getArg(2), nullptr, fr->b.CreateICmpNE(f->getArg(3), fr->b.getInt32(0))};
    body(fr->b, fr->entry, ir::FunctionKind::Evolve, a, in);
    fr->b.CreateRetVoid();
    close(*fr);
  }

  void emitInput() {
    auto *f = declare("input", i32, {ptr, i64, i32, t, i32});
    inputFunction = f;
    auto fr = frame(f);
    Access a = loadAccess(fr->entry, f->getArg(0));
    a.index = f->getArg(1);
    Inputs in{nullptr, f->getArg(3), fr->b.CreateICmpNE(f->getArg(4), fr->b.getInt32(0))};
    auto *done = llvm::BasicBlock::Create(ctx, "done", f);
    auto *sw = fr->b.CreateSwitch(f->getArg(2), done, 3);
    fr->b.SetInsertPoint(done);
    auto *result = fr->b.CreatePHI(i32, 4);
    result->addIncoming(fr->b.getInt32(0), sw->getParent());
    const std::pair<int, ir::FunctionKind> kinds[] = {
        {FLUX_INPUT_DIRECT, ir::FunctionKind::Direct},
        {FLUX_INPUT_MODULATOR, ir::FunctionKind::Modulator},
        {FLUX_INPUT_ELECTRIC, ir::FunctionKind::Electric}};
    for (auto [code, kind] : kinds) {
      auto *block = llvm::BasicBlock::Create(ctx, ir::name(kind), f, done);
      sw->addCase(fr->b.getInt32(static_cast<std::uint32_t>(code)), block);
      llvm::IRBuilder<> b(block);
      // The event engine's row loops inline this: see BodyEmitter::inPlace.
      auto emitted = body(b, fr->entry, kind, a, in, precision == Precision::Double);
      llvm::Value *fired = b.CreateZExt(b.CreateLoad(b.getInt1Ty(), emitted->fired), i32);
      result->addIncoming(fired, b.GetInsertBlock());
      b.CreateBr(done);
    }
    fr->b.CreateRet(result);
    close(*fr);
  }

  void emitCond() {
    auto *f = declare("cond", i32, {ptr, i64, i32});
    condFunction = f;
    auto fr = frame(f);
    Access a = loadAccess(fr->entry, f->getArg(0));
    a.index = f->getArg(1);
    Inputs in{nullptr, nullptr, fr->b.CreateICmpNE(f->getArg(2), fr->b.getInt32(0))};
    fr->b.CreateRet(fr->b.CreateZExt(condition(fr->b, fr->entry, a, in), i32));
    close(*fr);
  }

  llvm::Value *condition(llvm::IRBuilder<> &b, llvm::IRBuilder<> &entry, const Access &a,
                         const Inputs &in) {
    const ir::Function *fn = kernel.function(ir::FunctionKind::FireCondition);
    if (!fn)
      return b.getFalse();
    BodyEmitter emitter(b, model, *fn, t, a, in, kernel.liveStates);
    emitter.begin(entry);
    return emitter.expr(fn->result);
  }

  void emitFire() {
    auto *f = declare("fire", llvm::Type::getVoidTy(ctx), {ptr, i64, i32, ptr});
    fireFunction = f;
    auto fr = frame(f);
    Access a = loadAccess(fr->entry, f->getArg(0));
    a.index = f->getArg(1);
    Inputs in{nullptr, nullptr, fr->b.CreateICmpNE(f->getArg(2), fr->b.getInt32(0))};
    auto emitted = body(fr->b, fr->entry, ir::FunctionKind::Fire, a, in);
    llvm::Value *out = f->getArg(3);
    auto &b = fr->b;
    b.CreateStore(b.CreateLoad(t, emitted->refractoryMs), b.CreateConstGEP1_32(t, out, 0));
    b.CreateStore(b.CreateLoad(t, emitted->burstCount), b.CreateConstGEP1_32(t, out, 1));
    b.CreateStore(b.CreateLoad(t, emitted->burstGap), b.CreateConstGEP1_32(t, out, 2));
    b.CreateRetVoid();
    close(*fr);
  }

  /// The parameter list of a loop's inner function: one noalias pointer per live state and
  /// varying parameter (so the vectoriser needs no run-time alias checks), then `extra`.
  struct InnerSignature {
    std::vector<llvm::Type *> types;
    std::vector<std::uint32_t> stateArg; // state -> argument index, or ~0u
    std::vector<std::uint32_t> paramArg;
  };
  InnerSignature innerSignature(const std::vector<llvm::Type *> &extra) {
    InnerSignature sig;
    for (std::uint32_t s = 0; s < model.states.size(); ++s) {
      sig.stateArg.push_back(kernel.liveStates[s] ? static_cast<std::uint32_t>(sig.types.size())
                                                  : ~0u);
      if (kernel.liveStates[s])
        sig.types.push_back(ptr);
    }
    for (std::uint32_t p = 0; p < model.params.size(); ++p) {
      sig.paramArg.push_back(
          !kernel.params[p].uniform ? static_cast<std::uint32_t>(sig.types.size()) : ~0u);
      if (!kernel.params[p].uniform)
        sig.types.push_back(ptr);
    }
    sig.types.insert(sig.types.end(), extra.begin(), extra.end());
    return sig;
  }

  /// Calls `inner` from an ABI wrapper whose first argument is FluxKernelData*; the wrapper's
  /// other arguments follow the arrays.
  void wrap(llvm::Function *outer, llvm::Function *inner, const InnerSignature &sig) {
    llvm::IRBuilder<> b(llvm::BasicBlock::Create(ctx, "entry", outer));
    Access a = loadAccess(b, outer->getArg(0));
    std::vector<llvm::Value *> args;
    for (std::uint32_t s = 0; s < model.states.size(); ++s)
      if (sig.stateArg[s] != ~0u)
        args.push_back(a.state[s]);
    for (std::uint32_t p = 0; p < model.params.size(); ++p)
      if (sig.paramArg[p] != ~0u)
        args.push_back(a.params[p]);
    for (unsigned i = 1; i < outer->arg_size(); ++i)
      args.push_back(outer->getArg(i));
    args.push_back(outer->getArg(0)); // for host calls
    b.CreateCall(inner, args);
    b.CreateRetVoid();
    for (unsigned i = 0; i < sig.types.size(); ++i)
      if (sig.types[i] == ptr)
        inner->addParamAttr(i, llvm::Attribute::NoAlias);
  }

  /// `for (i = begin; i < end; ++i) body(i)` in `inner`; returns the builder inside the body
  /// and the index.
  struct Loop {
    llvm::BasicBlock *body;
    llvm::BasicBlock *latch;
    llvm::PHINode *index;
  };
  Loop loop(Frame &fr, llvm::Value *beginIndex, llvm::Value *endIndex) {
    llvm::Function *f = fr.f;
    auto *header = llvm::BasicBlock::Create(ctx, "loop", f);
    auto *bodyBlock = llvm::BasicBlock::Create(ctx, "body", f);
    auto *latch = llvm::BasicBlock::Create(ctx, "latch", f);
    auto *exit = llvm::BasicBlock::Create(ctx, "exit", f);
    llvm::BasicBlock *pre = fr.b.GetInsertBlock();
    fr.b.CreateBr(header);
    llvm::IRBuilder<> h(header);
    auto *i = h.CreatePHI(i64, 2, "i");
    i->addIncoming(beginIndex, pre);
    h.CreateCondBr(h.CreateICmpSLT(i, endIndex), bodyBlock, exit);
    llvm::IRBuilder<> l(latch);
    llvm::Value *next = l.CreateAdd(i, l.getInt64(1), "", true, true);
    i->addIncoming(next, latch);
    l.CreateBr(header);
    llvm::IRBuilder<> x(exit);
    x.CreateRetVoid();
    return {bodyBlock, latch, i};
  }

  Access innerAccess(llvm::Function *inner, const InnerSignature &sig, llvm::Value *index) {
    Access a;
    for (std::uint32_t s = 0; s < model.states.size(); ++s)
      a.state.push_back(sig.stateArg[s] != ~0u ? inner->getArg(sig.stateArg[s]) : nullptr);
    for (std::uint32_t p = 0; p < model.params.size(); ++p)
      a.params.push_back(sig.paramArg[p] != ~0u ? inner->getArg(sig.paramArg[p]) : nullptr);
    a.index = index;
    a.data = inner->getArg(inner->arg_size() - 1);
    return a;
  }

  /// A vectorised loop over neurons [begin, end): the ABI function `name(data, params...)`,
  /// whose first two parameters are begin and end, calls an inner function with one noalias
  /// pointer per array. `body(b, entry, a, i, arg)` emits neuron i's iteration; arg(k) is
  /// parameter k of `params`.
  using ArgOf = std::function<llvm::Value *(unsigned)>;
  template <class Body>
  void emitNeuronLoop(const char *name, const std::vector<llvm::Type *> &params, Body body) {
    std::vector<llvm::Type *> extra = params;
    extra.push_back(ptr); // FluxKernelData*, for host calls
    InnerSignature sig = innerSignature(extra);
    std::vector<llvm::Type *> outerParams = {ptr};
    outerParams.insert(outerParams.end(), params.begin(), params.end());
    auto *outer = declare(name, llvm::Type::getVoidTy(ctx), outerParams);
    auto *inner = declare(name, llvm::Type::getVoidTy(ctx), sig.types, true);
    const ArgOf arg = [&](unsigned k) {
      return inner->getArg(static_cast<unsigned>(sig.types.size() - extra.size()) + k);
    };
    auto fr = frame(inner);
    Loop lp = loop(*fr, arg(0), arg(1));
    llvm::IRBuilder<> b(lp.body);
    Access a = innerAccess(inner, sig, lp.index);
    body(b, fr->entry, a, lp.index, arg);
    b.CreateBr(lp.latch);
    close(*fr);
    wrap(outer, inner, sig);
  }

  void emitUpdateLoop() {
    // update(data, begin, end, refractoryUntil, step, touched, fired, checkAll)
    emitNeuronLoop(
        "update", {i64, i64, ptr, i32, ptr, ptr, i32},
        [&](llvm::IRBuilder<> &b, llvm::IRBuilder<> &entry, const Access &a, llvm::Value *i,
            const ArgOf &arg) {
          llvm::Value *until = b.CreateLoad(i32, b.CreateInBoundsGEP(i32, arg(2), i));
          Inputs in{nullptr, nullptr, b.CreateICmpSLT(arg(3), until)};
          llvm::Value *cond = condition(b, entry, a, in);
          llvm::Value *touchedPtr = b.CreateInBoundsGEP(b.getInt8Ty(), arg(4), i);
          llvm::Value *firedPtr = b.CreateInBoundsGEP(b.getInt8Ty(), arg(5), i);
          llvm::Value *check =
              b.CreateOr(b.CreateICmpNE(b.CreateLoad(b.getInt8Ty(), touchedPtr), b.getInt8(0)),
                         b.CreateICmpNE(arg(6), b.getInt32(0)));
          // A refractory neuron never fires by threshold (only by an explicit `fire`).
          llvm::Value *fires = b.CreateZExt(
              b.CreateAnd(b.CreateAnd(check, cond), b.CreateNot(in.refractory)), b.getInt8Ty());
          b.CreateStore(b.CreateOr(b.CreateLoad(b.getInt8Ty(), firedPtr), fires), firedPtr);
          b.CreateStore(b.getInt8(0), touchedPtr);
        });
  }

  void emitEvolveLoop() {
    // evolve_all(data, begin, end, refractoryUntil, step, dt)
    emitNeuronLoop("evolve_all", {i64, i64, ptr, i32, t},
                   [&](llvm::IRBuilder<> &b, llvm::IRBuilder<> &entry, const Access &a,
                       llvm::Value *i, const ArgOf &arg) {
                     llvm::Value *until = b.CreateLoad(i32, b.CreateInBoundsGEP(i32, arg(2), i));
                     Inputs in{arg(4), nullptr, b.CreateICmpSLT(arg(3), until)};
                     body(b, entry, ir::FunctionKind::Evolve, a, in);
                   });
  }

  /// The event engine's `checked every` tick, vectorised: every neuron whose state is at
  /// `from` (the previous tick) and whose refractory period does not end inside (from, t] is
  /// evolved by t - from and checked; status[i] = 1 marks the others for the scalar path.
  /// grid(data, begin, end, last, refractoryUntil, from, t, status, fired)
  void emitGridLoop() {
    emitNeuronLoop(
        "grid", {i64, i64, ptr, ptr, t, t, ptr, ptr},
        [&](llvm::IRBuilder<> &b, llvm::IRBuilder<> &entry, const Access &a, llvm::Value *i,
            const ArgOf &arg) {
          llvm::Value *lastPtr = b.CreateInBoundsGEP(t, arg(2), i);
          llvm::Value *last = b.CreateLoad(t, lastPtr);
          llvm::Value *until = b.CreateLoad(t, b.CreateInBoundsGEP(t, arg(3), i));
          llvm::Value *from = arg(4);
          llvm::Value *now = arg(5);
          llvm::Value *endsInside =
              b.CreateAnd(b.CreateFCmpOGT(until, from), b.CreateFCmpOLT(until, now));
          llvm::Value *eps = llvm::ConstantFP::get(t, FLUX_SAME_TIME_MS);
          llvm::Value *atFrom = b.CreateAnd(b.CreateFCmpOGE(last, b.CreateFSub(from, eps)),
                                            b.CreateFCmpOLE(last, b.CreateFAdd(from, eps)));
          llvm::Value *uniform = b.CreateAnd(atFrom, b.CreateNot(endsInside));
          // Neurons an input brought up to this tick already (a delivery a rounding before it) need
          // only the check.
          llvm::Value *atNow = b.CreateAnd(b.CreateFCmpOGE(last, b.CreateFSub(now, eps)),
                                           b.CreateFCmpOLE(last, b.CreateFAdd(now, eps)));
          llvm::Value *settled = b.CreateOr(uniform, atNow);
          Inputs in{b.CreateFSub(now, from), nullptr, b.CreateFCmpOLT(from, until)};
          const ir::Function *evolve = kernel.function(ir::FunctionKind::Evolve);
          static const ir::Function kEmpty;
          BodyEmitter evolver(b, model, evolve ? *evolve : kEmpty, t, a, in, kernel.liveStates);
          evolver.cacheDt = false;
          evolver.begin(entry);
          evolver.body();
          evolver.finish(uniform);
          b.CreateStore(b.CreateSelect(uniform, now, last), lastPtr);
          Inputs after{nullptr, nullptr, b.CreateFCmpOLT(now, until)};
          llvm::Value *cond = condition(b, entry, a, after);
          llvm::Value *fires =
              b.CreateAnd(b.CreateAnd(settled, cond), b.CreateNot(after.refractory));
          b.CreateStore(b.CreateZExt(b.CreateNot(settled), b.getInt8Ty()),
                        b.CreateInBoundsGEP(b.getInt8Ty(), arg(6), i));
          b.CreateStore(b.CreateZExt(fires, b.getInt8Ty()),
                        b.CreateInBoundsGEP(b.getInt8Ty(), arg(7), i));
        });
  }

  /// A row loop's weight: weights[s] (stored as `stored`, widened to T) when the projection
  /// has one per synapse, else the projection's.
  llvm::Value *rowWeight(llvm::IRBuilder<> &b, llvm::Function *f, const Loop &lp,
                         llvm::Value *weights, llvm::Value *weight, llvm::Type *stored) {
    llvm::Value *hasWeights = b.CreateICmpNE(weights, llvm::ConstantPointerNull::get(ptr));
    auto *perSynapse = llvm::BasicBlock::Create(ctx, "per_synapse", f, lp.latch);
    auto *join = llvm::BasicBlock::Create(ctx, "weight", f, lp.latch);
    llvm::BasicBlock *from = b.GetInsertBlock();
    b.CreateCondBr(hasWeights, perSynapse, join);
    llvm::IRBuilder<> pb(perSynapse);
    llvm::Value *own = pb.CreateLoad(stored, pb.CreateInBoundsGEP(stored, weights, lp.index));
    if (stored != t)
      own = pb.CreateFPExt(own, t);
    pb.CreateBr(join);
    b.SetInsertPoint(join);
    auto *w = b.CreatePHI(t, 2);
    w->addIncoming(weight, from);
    w->addIncoming(own, perSynapse);
    return w;
  }

  /// The event engine's row delivery, for networks where deliveries to different targets
  /// commute: every target is brought up to date, receives its input, and fires at once if
  /// it should (fired[i] counts its spikes, burst[2i..2i+1] keeps the burst); the runtime
  /// emits the spikes after the row.
  /// Whether `on <kind>` leaves the firing condition as it was: it assigns no state that the
  /// condition reads, and the condition calls no host function (whose answer may change).
  bool inputKeepsCondition(ir::FunctionKind kind) const {
    const ir::Function *cond = kernel.function(ir::FunctionKind::FireCondition);
    const ir::Function *handler = kernel.function(kind);
    if (!cond || !handler)
      return true;
    std::set<std::uint32_t> read;
    for (const auto &e : cond->exprs) {
      if (e.op == ir::Op::HostCall)
        return false;
      if (e.op == ir::Op::State)
        read.insert(e.index);
    }
    std::set<std::uint32_t> written;
    BodyEmitter::collectAssigned(handler->body, written);
    return std::none_of(written.begin(), written.end(),
                        [&](std::uint32_t s) { return read.count(s) != 0; });
  }

  /// deliver(data, column, begin, end, base, weights, weight, kind, last, refractoryUntil, t,
  ///         fired, burst, tickFired)
  void emitEventDeliverLoop() {
    auto *f = declare("deliver", llvm::Type::getVoidTy(ctx),
                      {ptr, ptr, i64, i64, i64, ptr, t, i32, ptr, ptr, t, ptr, ptr, ptr});
    auto fr = frame(f);
    auto *out = fr->entry.CreateAlloca(llvm::ArrayType::get(t, 3));
    Loop lp = loop(*fr, f->getArg(2), f->getArg(3));
    llvm::IRBuilder<> b(lp.body);
    llvm::Type *i8 = b.getInt8Ty();
    llvm::Value *data = f->getArg(0);
    llvm::Value *now = f->getArg(10);
    llvm::Value *column = b.CreateLoad(i32, b.CreateInBoundsGEP(i32, f->getArg(1), lp.index));
    llvm::Value *i = b.CreateAdd(f->getArg(4), b.CreateZExt(column, i64));
    // The weight: this synapse's (stored as float) or the projection's.
    llvm::Value *w = rowWeight(b, f, lp, f->getArg(5), f->getArg(6), b.getFloatTy());
    // Bring the target up to date, in two pieces if its refractory period ends in between.
    // A null `last` says every target is at `t` already (the runtime passes it after the
    // population's `checked every` tick at `t`): one random access less per synapse, and the
    // loop unswitches on it.
    llvm::Value *untilPtr = b.CreateInBoundsGEP(t, f->getArg(9), i);
    auto *checkLast = llvm::BasicBlock::Create(ctx, "check_last", f, lp.latch);
    auto *stale = llvm::BasicBlock::Create(ctx, "stale", f, lp.latch);
    auto *split = llvm::BasicBlock::Create(ctx, "split", f, lp.latch);
    auto *whole = llvm::BasicBlock::Create(ctx, "whole", f, lp.latch);
    auto *current = llvm::BasicBlock::Create(ctx, "current", f, lp.latch);
    b.CreateCondBr(b.CreateICmpEQ(f->getArg(8), llvm::ConstantPointerNull::get(ptr)), current,
                   checkLast);
    b.SetInsertPoint(checkLast);
    llvm::Value *lastPtr = b.CreateInBoundsGEP(t, f->getArg(8), i);
    llvm::Value *last = b.CreateLoad(t, lastPtr);
    b.CreateCondBr(
        b.CreateFCmpOGT(now, b.CreateFAdd(last, llvm::ConstantFP::get(t, FLUX_SAME_TIME_MS))),
        stale, current);
    b.SetInsertPoint(stale);
    llvm::Value *until = b.CreateLoad(t, untilPtr);
    llvm::Value *endsInside =
        b.CreateAnd(b.CreateFCmpOGT(until, last), b.CreateFCmpOLT(until, now));
    b.CreateStore(now, lastPtr);
    b.CreateCondBr(endsInside, split, whole);
    b.SetInsertPoint(split);
    b.CreateCall(evolveFunction, {data, i, b.CreateFSub(until, last), b.getInt32(1)});
    b.CreateCall(evolveFunction, {data, i, b.CreateFSub(now, until), b.getInt32(0)});
    b.CreateBr(current);
    b.SetInsertPoint(whole);
    b.CreateCall(evolveFunction, {data, i, b.CreateFSub(now, last),
                                  b.CreateZExt(b.CreateFCmpOGT(until, last), i32)});
    b.CreateBr(current);
    b.SetInsertPoint(current);
    llvm::Value *refractory = b.CreateFCmpOLT(now, b.CreateLoad(t, untilPtr));
    llvm::Value *forced =
        b.CreateCall(inputFunction, {data, i, f->getArg(7), w, b.CreateZExt(refractory, i32)});
    auto *check = llvm::BasicBlock::Create(ctx, "check", f, lp.latch);
    auto *fires = llvm::BasicBlock::Create(ctx, "fires", f, lp.latch);
    b.CreateCondBr(b.CreateICmpNE(forced, b.getInt32(0)), fires, check);
    b.SetInsertPoint(check);
    // After the targets' grid tick at t (tickFired given) the condition was checked at t: an
    // input that leaves it as it was cannot make it true, unless the neuron fired at t since
    // (its `on fire` changed the state); then it is checked again.
    auto *evaluate = llvm::BasicBlock::Create(ctx, "evaluate", f, lp.latch);
    auto *unchanged = llvm::BasicBlock::Create(ctx, "unchanged", f, lp.latch);
    llvm::Value *keeps = b.getFalse();
    for (auto [code, kind] : {std::pair{FLUX_INPUT_DIRECT, ir::FunctionKind::Direct},
                              std::pair{FLUX_INPUT_MODULATOR, ir::FunctionKind::Modulator},
                              std::pair{FLUX_INPUT_ELECTRIC, ir::FunctionKind::Electric}})
      if (inputKeepsCondition(kind))
        keeps = b.CreateOr(keeps, b.CreateICmpEQ(f->getArg(7), b.getInt32(code)));
    llvm::Value *tickFired = f->getArg(13);
    b.CreateCondBr(
        b.CreateAnd(keeps, b.CreateICmpNE(tickFired, llvm::ConstantPointerNull::get(ptr))),
        unchanged, evaluate);
    b.SetInsertPoint(unchanged);
    llvm::Value *firedSince =
        b.CreateOr(b.CreateLoad(i8, b.CreateInBoundsGEP(i8, tickFired, i)),
                   b.CreateLoad(i8, b.CreateInBoundsGEP(i8, f->getArg(11), i)));
    b.CreateCondBr(b.CreateICmpNE(firedSince, b.getInt8(0)), evaluate, lp.latch);
    b.SetInsertPoint(evaluate);
    llvm::Value *crossed = b.CreateCall(condFunction, {data, i, b.getInt32(0)});
    b.CreateCondBr(b.CreateAnd(b.CreateNot(refractory), b.CreateICmpNE(crossed, b.getInt32(0))),
                   fires, lp.latch);
    b.SetInsertPoint(fires);
    b.CreateCall(fireFunction, {data, i, b.CreateZExt(refractory, i32), out});
    auto element = [&](unsigned k) {
      return b.CreateLoad(t, b.CreateConstInBoundsGEP2_32(out->getAllocatedType(), out, 0, k));
    };
    llvm::Value *refractoryMs = element(0);
    llvm::Value *newUntil =
        b.CreateSelect(b.CreateFCmpOGE(refractoryMs, llvm::ConstantFP::get(t, 0)),
                       b.CreateFAdd(now, refractoryMs), b.CreateLoad(t, untilPtr));
    b.CreateStore(newUntil, untilPtr);
    llvm::Value *firedPtr = b.CreateInBoundsGEP(i8, f->getArg(11), i);
    b.CreateStore(b.CreateAdd(b.CreateLoad(i8, firedPtr), b.getInt8(1)), firedPtr);
    llvm::Value *burst = b.CreateInBoundsGEP(t, f->getArg(12), b.CreateShl(i, 1));
    b.CreateStore(element(1), burst);
    b.CreateStore(element(2), b.CreateConstInBoundsGEP1_32(t, burst, 1));
    b.CreateBr(lp.latch);
    close(*fr);
  }

  /// One spike's row of synapses into this population, with the input handler inlined:
  /// deliver(data, column, begin, end, base, weights, weight, kind, refractoryUntil, step,
  ///         touched, fired); neuron = base + column[s], weight = weights ? weights[s] : weight.
  /// The step engines' loop over one spike's row: `name(data, column, begin, end, base,
  /// weights, weight, kind, extra...)` calls body(b, f, i, w) for s in [begin, end), with
  /// target i = base + column[s] and weight w = weights ? weights[s] : weight; `noalias`
  /// lists the pointer arguments no other one aliases.
  template <class Body>
  void emitRowLoop(const char *name, const std::vector<llvm::Type *> &extra,
                   std::initializer_list<unsigned> noalias, Body body) {
    std::vector<llvm::Type *> params = {ptr, ptr, i64, i64, i64, ptr, t, i32};
    params.insert(params.end(), extra.begin(), extra.end());
    auto *f = declare(name, llvm::Type::getVoidTy(ctx), params);
    for (unsigned a : noalias)
      f->addParamAttr(a, llvm::Attribute::NoAlias);
    auto fr = frame(f);
    Loop lp = loop(*fr, f->getArg(2), f->getArg(3));
    llvm::IRBuilder<> b(lp.body);
    llvm::Value *column = b.CreateLoad(i32, b.CreateInBoundsGEP(i32, f->getArg(1), lp.index));
    llvm::Value *i = b.CreateAdd(f->getArg(4), b.CreateZExt(column, i64));
    llvm::Value *w = rowWeight(b, f, lp, f->getArg(5), f->getArg(6), t);
    body(b, fr->entry, f, i, w);
    b.CreateBr(lp.latch);
    close(*fr);
  }

  /// One spike's row of synapses into this population, with the input handler inlined:
  /// deliver(data, column, begin, end, base, weights, weight, kind, refractoryUntil, step,
  ///         touched, fired); neuron = base + column[s], weight = weights ? weights[s] : weight.
  void emitDeliverLoop() {
    emitRowLoop("deliver", {ptr, i32, ptr, ptr}, {1u, 5u, 8u, 10u, 11u},
                [&](llvm::IRBuilder<> &b, llvm::IRBuilder<> &, llvm::Function *f, llvm::Value *i,
                    llvm::Value *w) {
                  llvm::Type *i8 = b.getInt8Ty();
                  llvm::Value *until = b.CreateLoad(i32, b.CreateInBoundsGEP(i32, f->getArg(8), i));
                  llvm::Value *refractory = b.CreateZExt(b.CreateICmpSLT(f->getArg(9), until), i32);
                  llvm::Value *fires =
                      b.CreateCall(inputFunction, {f->getArg(0), i, f->getArg(7), w, refractory});
                  llvm::Value *firedPtr = b.CreateInBoundsGEP(i8, f->getArg(11), i);
                  b.CreateStore(b.CreateOr(b.CreateLoad(i8, firedPtr), b.CreateTrunc(fires, i8)),
                                firedPtr);
                  b.CreateStore(b.getInt8(1), b.CreateInBoundsGEP(i8, f->getArg(10), i));
                });
  }

  /// Summed inputs (ir/Accumulate.h), step engines only; A is the accumulator count:
  ///   int32 accumulators()            A
  ///   void  accumulate(data, column, begin, end, base, weights, weight, kind, acc, stride,
  ///                    scale, touched)
  ///           for s in [begin, end): i = base + column[s], a = the accumulator the handler's
  ///           conditions on w choose (ir::Accumulation::route), or -1; when a >= 0,
  ///           acc[a stride + i] += (int64)(w * scale[i]), the float product truncated;
  ///           touched[i] = 1
  ///   void  apply(data, begin, end, refractoryUntil, step, acc, stride, unscale, touched)
  ///           a touched neuron runs `apply` with sum a = (T)((double)acc[a stride + i] *
  ///           unscale[i]); every acc[a stride + i] becomes 0
  void emitAccumulation(const ir::Accumulation &summed) {
    const auto count = static_cast<std::uint32_t>(summed.count);
    {
      auto *f = declare("accumulators", i32, {});
      llvm::IRBuilder<> b(llvm::BasicBlock::Create(ctx, "entry", f));
      b.CreateRet(b.getInt32(count));
    }
    auto routeOf = [&](llvm::IRBuilder<> &b, llvm::IRBuilder<> &entry, llvm::Value *kind,
                       llvm::Value *w) {
      llvm::Value *routes[2];
      for (int k = 0; k < 2; ++k) {
        const ir::Function &route = summed.route[k];
        Inputs in{nullptr, w, nullptr};
        BodyEmitter emitter(b, model, route, t, Access{}, in, kernel.liveStates);
        emitter.cacheDt = false;
        emitter.begin(entry);
        routes[k] = b.CreateFPToSI(emitter.expr(route.result), i32);
      }
      return b.CreateSelect(b.CreateICmpEQ(kind, b.getInt32(FLUX_INPUT_MODULATOR)), routes[1],
                            routes[0]);
    };
    emitRowLoop("accumulate", {ptr, i64, ptr, ptr}, {1u, 5u, 8u, 10u, 11u},
                [&](llvm::IRBuilder<> &b, llvm::IRBuilder<> &entry, llvm::Function *f,
                    llvm::Value *i, llvm::Value *w) {
                  llvm::Value *a = routeOf(b, entry, f->getArg(7), w);
                  auto *adds = llvm::BasicBlock::Create(ctx, "adds", f);
                  auto *next = llvm::BasicBlock::Create(ctx, "touched", f);
                  b.CreateCondBr(b.CreateICmpSGE(a, b.getInt32(0)), adds, next);
                  llvm::IRBuilder<> ab(adds);
                  llvm::Value *scale = ab.CreateLoad(t, ab.CreateInBoundsGEP(t, f->getArg(10), i));
                  llvm::Value *q = ab.CreateFPToSI(ab.CreateFMul(w, scale), i64);
                  llvm::Value *slot =
                      ab.CreateAdd(ab.CreateMul(ab.CreateZExt(a, i64), f->getArg(9)), i);
                  llvm::Value *at = ab.CreateInBoundsGEP(i64, f->getArg(8), slot);
                  ab.CreateStore(ab.CreateAdd(ab.CreateLoad(i64, at), q), at);
                  ab.CreateBr(next);
                  b.SetInsertPoint(next);
                  b.CreateStore(b.getInt8(1), b.CreateInBoundsGEP(b.getInt8Ty(), f->getArg(11), i));
                });
    // apply(data, begin, end, refractoryUntil, step, acc, stride, unscale, touched)
    emitNeuronLoop("apply", {i64, i64, ptr, i32, ptr, i64, ptr, ptr},
                   [&](llvm::IRBuilder<> &b, llvm::IRBuilder<> &entry, const Access &a,
                       llvm::Value *i, const ArgOf &arg) {
                     llvm::Value *until = b.CreateLoad(i32, b.CreateInBoundsGEP(i32, arg(2), i));
                     Inputs in{nullptr, nullptr, b.CreateICmpSLT(arg(3), until)};
                     llvm::Type *f64 = b.getDoubleTy();
                     llvm::Value *unscale = b.CreateLoad(f64, b.CreateInBoundsGEP(f64, arg(6), i));
                     for (std::uint32_t k = 0; k < count; ++k) {
                       llvm::Value *at = b.CreateInBoundsGEP(
                           i64, arg(4), b.CreateAdd(b.CreateMul(b.getInt64(k), arg(5)), i));
                       llvm::Value *sum =
                           b.CreateFMul(b.CreateSIToFP(b.CreateLoad(i64, at), f64), unscale);
                       in.acc.push_back(t == f64 ? sum : b.CreateFPTrunc(sum, t));
                       b.CreateStore(b.getInt64(0), at);
                     }
                     llvm::Value *keep = b.CreateICmpNE(
                         b.CreateLoad(b.getInt8Ty(), b.CreateInBoundsGEP(b.getInt8Ty(), arg(7), i)),
                         b.getInt8(0));
                     bodyOf(b, entry, summed.apply, a, in, keep);
                   });
  }

  void emitSynapseInit() {
    auto *f = declare("init", llvm::Type::getVoidTy(ctx), {ptr, i64});
    auto fr = frame(f);
    Access a = loadAccess(fr->entry, f->getArg(0));
    a.index = f->getArg(1);
    body(fr->b, fr->entry, ir::FunctionKind::Init, a, Inputs{nullptr, nullptr, nullptr});
    fr->b.CreateRetVoid();
    close(*fr);
  }

  void emitSynapseEvolve() {
    auto *f = declare("evolve", llvm::Type::getVoidTy(ctx), {ptr, i64, i64, t});
    auto fr = frame(f);
    Access a = loadAccess(fr->entry, f->getArg(0));
    a.index = f->getArg(1);
    a.postIndex = f->getArg(2);
    body(fr->b, fr->entry, ir::FunctionKind::Evolve, a, {f->getArg(3), nullptr, nullptr});
    fr->b.CreateRetVoid();
    close(*fr);
  }

  void emitSynapseEvent(const char *name, ir::FunctionKind kind) {
    bool pre = kind == ir::FunctionKind::Pre;
    std::vector<llvm::Type *> params = {ptr, i64, i64};
    if (pre)
      params.push_back(ptr);
    auto *f = declare(name, pre ? i32 : llvm::Type::getVoidTy(ctx), params);
    auto fr = frame(f);
    Access a = loadAccess(fr->entry, f->getArg(0));
    a.index = f->getArg(1);
    a.postIndex = f->getArg(2);
    auto emitted = body(fr->b, fr->entry, kind, a, Inputs{nullptr, nullptr, nullptr});
    if (pre) {
      fr->b.CreateStore(fr->b.CreateLoad(t, emitted->delivered), f->getArg(3));
      fr->b.CreateRet(
          fr->b.CreateZExt(fr->b.CreateLoad(fr->b.getInt1Ty(), emitted->didDeliver), i32));
    } else {
      fr->b.CreateRetVoid();
    }
    close(*fr);
  }

  llvm::Module &m;
  llvm::LLVMContext &ctx;
  const ir::Program &program;
  const ir::Kernel &kernel;
  const ir::Model &model;
  std::uint32_t kernelIndex;
  Precision precision;
  llvm::TargetMachine &tm;
  llvm::Type *t = nullptr;
  llvm::PointerType *ptr = nullptr;
  llvm::Type *i64 = nullptr;
  llvm::Type *i32 = nullptr;
  llvm::StructType *dataTy = nullptr;
  llvm::Function *inputFunction = nullptr;
  llvm::Function *evolveFunction = nullptr;
  llvm::Function *condFunction = nullptr;
  llvm::Function *fireFunction = nullptr;
};

} // namespace

std::string kernelSymbol(std::uint32_t kernel, const char *function, Precision precision) {
  return "flux_k" + std::to_string(kernel) + "_" + function +
         (precision == Precision::Double ? "_e" : "_s");
}

std::unique_ptr<llvm::Module> buildModule(const std::vector<EngineProgram> &programs,
                                          llvm::LLVMContext &context, llvm::TargetMachine &tm) {
  auto module = std::make_unique<llvm::Module>("flux", context);
  module->setDataLayout(tm.createDataLayout());
  module->setTargetTriple(tm.getTargetTriple().str());
  for (const auto &engine : programs) {
    // Kernels with the same code are compiled once (see kernelSymbol's callers).
    auto canonical = ir::canonicalKernels(*engine.program);
    for (std::uint32_t k = 0; k < engine.program->kernels.size(); ++k)
      if (canonical[k] == k)
        KernelEmitter(*module, *engine.program, k, engine.precision, tm).emit();
  }
  tagAccessTypes(*module);
  std::string problems;
  llvm::raw_string_ostream os(problems);
  if (llvm::verifyModule(*module, &os)) {
    os.flush();
    llvm::errs() << "internal compiler error: invalid LLVM IR generated:\n" << problems << "\n";
    std::abort();
  }
  return module;
}

} // namespace flux::llvmgen
