#include "codegen/glsl/BodyGlsl.h"

#include "ir/StepExp.h"

#include <bit>
#include <cmath>
#include <cstdio>
#include <iomanip>
#include <set>

namespace flux::glsl {
namespace {

void collectAssigned(const ir::Block &block, std::set<std::uint32_t> &out) {
  for (const auto &s : block) {
    if (s.op == ir::StmtOp::SetState)
      out.insert(s.index);
    collectAssigned(s.thenBody, out);
    collectAssigned(s.elseBody, out);
  }
}

void collectLocalTypes(const ir::Function &fn, const ir::Block &block,
                       std::vector<ir::Type> &types) {
  for (const auto &s : block) {
    if (s.op == ir::StmtOp::SetLocal)
      types[s.index] = fn.at(s.value).type;
    collectLocalTypes(fn, s.thenBody, types);
    collectLocalTypes(fn, s.elseBody, types);
  }
}

const char *binaryOperator(ir::Op op) {
  switch (op) {
  case ir::Op::Add:
    return " + ";
  case ir::Op::Sub:
    return " - ";
  case ir::Op::Mul:
    return " * ";
  case ir::Op::Lt:
    return " < ";
  case ir::Op::Le:
    return " <= ";
  case ir::Op::Gt:
    return " > ";
  case ir::Op::Ge:
    return " >= ";
  case ir::Op::Eq:
    return " == ";
  case ir::Op::Ne:
    return " != ";
  case ir::Op::And:
    return " && ";
  case ir::Op::Or:
    return " || ";
  default:
    return nullptr;
  }
}

} // namespace

std::string floatLiteral(float value) {
  if (!std::isfinite(value))
    return "uintBitsToFloat(0x" + [&] {
      char buffer[16];
      std::snprintf(buffer, sizeof buffer, "%08x", std::bit_cast<std::uint32_t>(value));
      return std::string(buffer);
    }() + "u)";
  // Nine significant digits name a float uniquely, and the decimal lies next to the float, far
  // from a midpoint, so glslang's decimal -> double -> float parse gives the same bits.
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.9g", static_cast<double>(value));
  std::string text = buffer;
  if (text.find_first_of(".e") == std::string::npos)
    text += ".0";
  return value < 0 || (value == 0 && std::signbit(value)) ? "(" + text + ")" : text;
}

std::string doubleLiteral(double value) {
  char buffer[40];
  std::snprintf(buffer, sizeof buffer, "%.17g", value);
  std::string text = buffer;
  if (text.find_first_of(".e") == std::string::npos)
    text += ".0";
  return (value < 0 ? "(" + text + "LF)" : text + "LF");
}

void BodyGlsl::line(const std::string &text) {
  out << std::string(static_cast<std::size_t>(indent) * 2, ' ') << text << "\n";
}

std::string BodyGlsl::temp(ir::Type type, const std::string &value) {
  std::string name = "t" + std::to_string(counter++);
  line((type == ir::Type::Bool ? "bool " : "precise float ") + name + " = " + value + ";");
  return name;
}

void BodyGlsl::declareLocals() {
  prefix = "l" + std::to_string(counter++) + "_";
  std::vector<ir::Type> types(fn.locals.size(), ir::Type::Real);
  collectLocalTypes(fn, fn.body, types);
  for (std::size_t i = 0; i < fn.locals.size(); ++i)
    line((types[i] == ir::Type::Bool ? "bool " : "precise float ") + prefix + std::to_string(i) +
         (types[i] == ir::Type::Bool ? " = false;" : " = 0.0;"));
}

bool BodyGlsl::emitBody(std::string &error) {
  line("{");
  ++indent;
  declareLocals();
  block(fn.body);
  // The CPU's single-precision kernels store assigned state with denormals flushed to zero
  // (GPUs may flush them, and Vulkan guarantees neither way).
  std::set<std::uint32_t> assigned;
  collectAssigned(fn.body, assigned);
  for (std::uint32_t s : assigned)
    if (s < names.state.size() && !names.state[s].empty())
      line(names.state[s] + " = flux_flush(" + names.state[s] + ");");
  --indent;
  line("}");
  error = failure;
  return failure.empty();
}

bool BodyGlsl::emitResult(std::string &name, std::string &error) {
  declareLocals();
  name = fn.result == ir::kNoExpr ? "false" : expr(fn.result);
  error = failure;
  return failure.empty();
}

void BodyGlsl::block(const ir::Block &stmts) {
  for (const auto &s : stmts)
    stmt(s);
}

void BodyGlsl::stmt(const ir::Stmt &s) {
  switch (s.op) {
  case ir::StmtOp::SetState:
    if (s.index < names.state.size() && !names.state[s.index].empty())
      line(names.state[s.index] + " = " + expr(s.value) + ";");
    return;
  case ir::StmtOp::SetLocal:
    line(prefix + std::to_string(s.index) + " = " + expr(s.value) + ";");
    return;
  case ir::StmtOp::If: {
    std::string condition = expr(s.value);
    line("if (" + condition + ") {");
    ++indent;
    block(s.thenBody);
    --indent;
    if (!s.elseBody.empty()) {
      line("} else {");
      ++indent;
      block(s.elseBody);
      --indent;
    }
    line("}");
    return;
  }
  case ir::StmtOp::Fire:
    line(names.fired + " = true;");
    return;
  case ir::StmtOp::Refractory:
    line(names.refractoryMs + " = " + expr(s.value) + ";");
    return;
  case ir::StmtOp::Burst: {
    std::string count = expr(s.value);
    std::string gap = expr(s.value2);
    line(names.burstCount + " = " + count + ";");
    line(names.burstGap + " = " + gap + ";");
    return;
  }
  case ir::StmtOp::Deliver:
    if (names.delivered.empty()) {
      if (failure.empty())
        failure = context + ": internal error: `deliver` outside `on pre`";
      return;
    }
    line(names.delivered + " = " + (s.value == ir::kNoExpr ? std::string("0.0") : expr(s.value)) +
         ";");
    line(names.didDeliver + " = true;");
    return;
  }
}

std::string BodyGlsl::stepExp(const std::string &x) {
  // ir/StepExp.h, operation by operation as the LLVM backend emits it.
  namespace e = ir::stepexp;
  const ir::Type real = ir::Type::Real;
  std::string xc =
      temp(real, x + " > " + floatLiteral(e::kHigh) + " ? " + floatLiteral(e::kHigh) + " : " + x);
  xc = temp(real, xc + " < " + floatLiteral(e::kLow) + " ? " + floatLiteral(e::kLow) + " : " + xc);
  std::string n = temp(real, xc + " * " + floatLiteral(e::kLog2e));
  n = temp(real, n + " + 0.5");
  n = temp(real, "floor(" + n + ")");
  std::string r = temp(real, n + " * " + floatLiteral(e::kLn2High));
  r = temp(real, xc + " - " + r);
  const std::string low = temp(real, n + " * " + floatLiteral(e::kLn2Low));
  r = temp(real, r.append(" - ").append(low));
  std::string p = floatLiteral(e::kP[0]);
  for (std::size_t k = 1; k < e::kP.size(); ++k) {
    p = temp(real, std::string(p).append(" * ").append(r));
    p = temp(real, std::string(p).append(" + ").append(floatLiteral(e::kP[k])));
  }
  std::string z = temp(real, r + " * " + r);
  std::string y = temp(real, p + " * " + z);
  y = temp(real, y + " + " + r);
  y = temp(real, y + " + 1.0");
  std::string scale = temp(real, "uintBitsToFloat(uint(int(" + n + ") + 126) << 23)");
  std::string result = temp(real, y + " * " + scale);
  result = temp(real, result + " * 2.0");
  result = temp(real, x + " < " + floatLiteral(e::kLow) + " ? 0.0 : " + result);
  result = temp(real,
                x + " > " + floatLiteral(e::kHigh) + " ? uintBitsToFloat(0x7f800000u) : " + result);
  return temp(real, "isnan(" + x + ") ? " + x + " : " + result);
}

std::string BodyGlsl::expr(ir::ExprId id) {
  const ir::Expr &e = fn.at(id);
  auto operand = [&](int i) { return expr(e.operands[static_cast<std::size_t>(i)]); };
  auto refuse = [&](const std::string &what) {
    if (failure.empty())
      failure = context + ": " + what;
    return std::string("0.0");
  };
  switch (e.op) {
  case ir::Op::Const:
    if (e.type == ir::Type::Bool)
      return e.value != 0 ? "true" : "false";
    return floatLiteral(static_cast<float>(e.value));
  case ir::Op::Param:
    if (e.index >= names.param.size() || names.param[e.index].empty())
      return refuse("internal error: parameter " + std::to_string(e.index) + " has no value");
    return e.type == ir::Type::Bool ? "(" + names.param[e.index] + " != 0.0)"
                                    : names.param[e.index];
  case ir::Op::State:
    // A dead state's value never reaches a result: any value will do.
    return e.index < names.state.size() && !names.state[e.index].empty() ? names.state[e.index]
                                                                         : "0.0";
  case ir::Op::Local:
    return prefix + std::to_string(e.index);
  case ir::Op::Arg:
    return names.arg;
  case ir::Op::Acc:
    if (e.index >= names.acc.size())
      return refuse("internal error: accumulator " + std::to_string(e.index) + " has no sum");
    return names.acc[e.index];
  case ir::Op::Dt:
    return names.dtExpr.empty() ? floatLiteral(names.dt) : names.dtExpr;
  case ir::Op::Refractory:
    return names.refractory;
  case ir::Op::PostState:
    if (e.index >= names.postState.size())
      return refuse("internal error: the target's state " + std::to_string(e.index) +
                    " is out of reach");
    return names.postState[e.index];
  case ir::Op::PostParam:
    return refuse("internal error: a target parameter was not folded");
  case ir::Op::HostCall:
    return refuse("`extern fn` calls reach the host program, which the GPU cannot call; run "
                  "this network with --target cpu");
  case ir::Op::Neg:
    return temp(e.type, "-" + operand(0));
  case ir::Op::Not:
    return temp(e.type, "!" + operand(0));
  case ir::Op::Div: {
    // Rounded once from double: the correctly rounded float quotient, as on the CPU.
    std::string x = operand(0);
    std::string y = operand(1);
    return temp(e.type, "float(double(" + x + ") / double(" + y + "))");
  }
  case ir::Op::Mod: {
    // a - b * floor(a / b), each operation as the LLVM backend does it.
    std::string x = operand(0);
    std::string y = operand(1);
    std::string q = temp(ir::Type::Real, "float(double(" + x + ") / double(" + y + "))");
    std::string f = temp(ir::Type::Real, "floor(" + q + ")");
    std::string m = temp(ir::Type::Real, y + " * " + f);
    return temp(ir::Type::Real, x + " - " + m);
  }
  case ir::Op::Select: {
    std::string c = operand(0);
    std::string a = operand(1);
    std::string b = operand(2);
    return temp(e.type, c + " ? " + a + " : " + b);
  }
  case ir::Op::Abs:
    return temp(e.type, "abs(" + operand(0) + ")");
  case ir::Op::Floor:
    return temp(e.type, "floor(" + operand(0) + ")");
  case ir::Op::Ceil:
    return temp(e.type, "ceil(" + operand(0) + ")");
  case ir::Op::Round: {
    // Halves away from zero (C's roundf, LLVM's llvm.round); GLSL's round() leaves halves
    // to the implementation. x - trunc(x) is exact.
    std::string x = operand(0);
    std::string t = temp(ir::Type::Real, "trunc(" + x + ")");
    std::string d = temp(ir::Type::Real, "abs(" + x + " - " + t + ")");
    std::string s = temp(ir::Type::Real, t + " + sign(" + x + ")");
    return temp(ir::Type::Real, d + " >= 0.5 ? " + s + " : " + t);
  }
  case ir::Op::Min: {
    // GLSL's definition, y < x ? y : x, as the LLVM backend.
    std::string x = operand(0);
    std::string y = operand(1);
    return temp(e.type, y + " < " + x + " ? " + y + " : " + x);
  }
  case ir::Op::Max: {
    std::string x = operand(0);
    std::string y = operand(1);
    return temp(e.type, x + " < " + y + " ? " + y + " : " + x);
  }
  case ir::Op::Exp:
    return stepExp(operand(0));
  case ir::Op::Log:
  case ir::Op::Sin:
  case ir::Op::Cos:
  case ir::Op::Tanh:
  case ir::Op::Sqrt:
  case ir::Op::Pow:
    return refuse(std::string(ir::name(e.op)) +
                  "() of a value that changes while the network runs: GPUs compute it with a "
                  "few ULP of error, so the GPU target cannot match the CPU step engine bit "
                  "for bit (exp() can; functions of `dt` and of parameters that are equal "
                  "across a population are computed once on the host and are fine)");
  default:
    break;
  }
  if (const char *op = binaryOperator(e.op)) {
    std::string x = operand(0);
    std::string y = operand(1);
    return temp(e.type, x + op + y);
  }
  return refuse(std::string("internal error: unhandled operation ") + ir::name(e.op));
}

} // namespace flux::glsl
