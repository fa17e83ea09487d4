#include "syntax/Ast.h"

#include "support/Unreachable.h"

namespace flux::syntax {

std::string QualifiedName::str() const {
  std::string text;
  for (const auto &part : parts)
    text += (text.empty() ? "" : ".") + part.text;
  return text;
}

std::string Unit::str() const {
  if (denominator.empty())
    return numerator;
  if (numerator.empty())
    return "per " + denominator;
  return numerator + " per " + denominator;
}

void forEachSubexpression(const Expr &expr, const std::function<void(const Expr &)> &visit) {
  visit(expr);
  switch (expr.kind()) {
  case ExprKind::Member:
    forEachSubexpression(*cast<MemberExpr>(&expr)->base, visit);
    return;
  case ExprKind::Index: {
    const auto &i = *cast<IndexExpr>(&expr);
    forEachSubexpression(*i.base, visit);
    forEachSubexpression(*i.index, visit);
    if (i.last)
      forEachSubexpression(*i.last, visit);
    return;
  }
  case ExprKind::Call: {
    const auto &c = *cast<CallExpr>(&expr);
    forEachSubexpression(*c.callee, visit);
    for (const auto &a : c.args)
      forEachSubexpression(*a.value, visit);
    return;
  }
  case ExprKind::Unary:
    forEachSubexpression(*cast<UnaryExpr>(&expr)->operand, visit);
    return;
  case ExprKind::Binary:
    forEachSubexpression(*cast<BinaryExpr>(&expr)->lhs, visit);
    forEachSubexpression(*cast<BinaryExpr>(&expr)->rhs, visit);
    return;
  default:
    return;
  }
}

const char *spelling(UnaryOp op) {
  switch (op) {
  case UnaryOp::Negate:
    return "-";
  case UnaryOp::Plus:
    return "+";
  case UnaryOp::Not:
    return "not ";
  }
  unreachable("unary operator of an unknown kind");
}

const char *spelling(BinaryOp op) {
  switch (op) {
  case BinaryOp::Mul:
    return "*";
  case BinaryOp::Div:
    return "/";
  case BinaryOp::Mod:
    return "%";
  case BinaryOp::Add:
    return "+";
  case BinaryOp::Sub:
    return "-";
  case BinaryOp::Less:
    return "<";
  case BinaryOp::LessEq:
    return "<=";
  case BinaryOp::Greater:
    return ">";
  case BinaryOp::GreaterEq:
    return ">=";
  case BinaryOp::Eq:
    return "==";
  case BinaryOp::NotEq:
    return "!=";
  case BinaryOp::And:
    return "and";
  case BinaryOp::Or:
    return "or";
  }
  unreachable("binary operator of an unknown kind");
}

int precedence(BinaryOp op) {
  switch (op) {
  case BinaryOp::Mul:
  case BinaryOp::Div:
  case BinaryOp::Mod:
    return 6;
  case BinaryOp::Add:
  case BinaryOp::Sub:
    return 5;
  case BinaryOp::Less:
  case BinaryOp::LessEq:
  case BinaryOp::Greater:
  case BinaryOp::GreaterEq:
    return 4;
  case BinaryOp::Eq:
  case BinaryOp::NotEq:
    return 3;
  case BinaryOp::And:
    return 2;
  case BinaryOp::Or:
    return 1;
  }
  unreachable("binary operator of an unknown kind");
}

const char *spelling(AssignOp op) {
  switch (op) {
  case AssignOp::Set:
    return "=";
  case AssignOp::Add:
    return "+=";
  case AssignOp::Sub:
    return "-=";
  case AssignOp::Mul:
    return "*=";
  case AssignOp::Div:
    return "/=";
  }
  unreachable("assignment operator of an unknown kind");
}

} // namespace flux::syntax
