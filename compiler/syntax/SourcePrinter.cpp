// --emit=source: prints the AST back as canonical Flux (two-space indentation, one member per
// line, no semicolons, the fewest parentheses that keep the tree). Parsing the output yields
// the same AST, which tests check on every example.
#include "syntax/AstPrinter.h"

#include "support/Unreachable.h"

#include <sstream>

namespace flux::syntax {
namespace {

class SourceWriter {
public:
  explicit SourceWriter(std::ostream &out) : out(out) {}

  void module(const Module &m) {
    for (std::size_t i = 0; i < m.decls.size(); ++i) {
      // Consecutive imports stay together; everything else is separated by a blank line.
      bool bothImports = i > 0 && m.decls[i]->kind() == DeclKind::Import &&
                         m.decls[i - 1]->kind() == DeclKind::Import;
      if (i > 0 && !bothImports)
        out << '\n';
      decl(*m.decls[i]);
    }
  }

private:
  std::string pad() const { return std::string(std::size_t{indent} * 2, ' '); }
  void line(const std::string &text) { out << pad() << text << '\n'; }
  void doc(const Decl &d) {
    if (d.doc.empty())
      return;
    std::istringstream lines(d.doc);
    for (std::string l; std::getline(lines, l);)
      line(l.empty() ? "///" : "/// " + l);
  }
  template <typename List>
  void body(const List &decls) {
    ++indent;
    for (const auto &d : decls)
      decl(*d);
    --indent;
  }
  void block(const Block &b) {
    ++indent;
    for (const auto &s : b)
      stmt(*s);
    --indent;
  }

  void decl(const Decl &d);
  void stmt(const Stmt &s);

  std::ostream &out;
  unsigned indent = 0;
};

std::string expr(const Expr &e);

std::string typed(const std::string &name, const std::optional<Ident> &type) {
  return type ? name + ": " + type->text : name;
}

std::string args(const std::vector<Argument> &list) {
  std::string text;
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (i > 0)
      text += ", ";
    if (list[i].name)
      text += list[i].name->text + " = ";
    text += expr(*list[i].value);
  }
  return text;
}

std::string spec(const Spec &s) {
  std::string text = s.name.str();
  if (s.hasParens)
    text += "(" + args(s.args) + ")";
  return text;
}

std::string sizeSuffix(const ExprPtr &size) {
  return size ? "[" + expr(*size) + "]" : "";
}

std::string overrideList(const std::vector<std::unique_ptr<const OverrideDecl>> &list) {
  if (list.empty())
    return "";
  std::string text = " {";
  for (std::size_t i = 0; i < list.size(); ++i)
    text += (i ? "; " : " ") + list[i]->name.text + " = " + expr(*list[i]->value);
  return text + " }";
}

void SourceWriter::decl(const Decl &d) {
  doc(d);
  switch (d.kind()) {
  case DeclKind::Import: {
    auto &i = *cast<ImportDecl>(&d);
    std::string text = "import " + (i.module ? i.module->str() : quoted(i.path->text));
    if (i.alias)
      text += " as " + i.alias->text;
    line(text);
    return;
  }
  case DeclKind::Model: {
    auto &m = *cast<ModelDecl>(&d);
    std::string text = (m.modelKind == ModelKind::Neuron ? "neuron " : "synapse ") + m.name.text;
    if (m.base)
      text += " extends " + m.base->str();
    line(text + " {");
    body(m.members);
    line("}");
    return;
  }
  case DeclKind::Circuit: {
    auto &c = *cast<CircuitDecl>(&d);
    std::string text = "circuit " + c.name.text;
    if (!c.params.empty()) {
      text += "(";
      for (std::size_t i = 0; i < c.params.size(); ++i) {
        const auto &p = c.params[i];
        text += (i ? ", " : "") + typed(p.name.text, p.type);
        if (p.defaultValue)
          text += " = " + expr(*p.defaultValue);
      }
      text += ")";
    }
    if (c.base)
      text += " extends " + c.base->str();
    line(text + " {");
    body(c.members);
    line("}");
    return;
  }
  case DeclKind::ExternPort: {
    auto &e = *cast<ExternPortDecl>(&d);
    line(std::string(e.direction == PortDirection::In ? "extern input " : "extern output ") +
         e.name.text + sizeSuffix(e.size));
    return;
  }
  case DeclKind::ExternFn: {
    auto &f = *cast<ExternFnDecl>(&d);
    std::string text = "extern fn " + f.name.text + "(";
    for (std::size_t i = 0; i < f.params.size(); ++i)
      text += (i ? ", " : "") + f.params[i].name.text + ": " + f.params[i].type.text;
    text += ")";
    if (f.result)
      text += " -> " + f.result->text;
    line(text);
    return;
  }
  case DeclKind::Let: {
    auto &l = *cast<LetDecl>(&d);
    line("let " + typed(l.name.text, l.type) + " = " + expr(*l.value));
    return;
  }
  case DeclKind::Override: {
    auto &o = *cast<OverrideDecl>(&d);
    line(o.name.text + " = " + expr(*o.value));
    return;
  }
  case DeclKind::Param: {
    auto &p = *cast<ParamDecl>(&d);
    std::string text = "param " + typed(p.name.text, p.type);
    if (p.defaultValue)
      text += " = " + expr(*p.defaultValue);
    line(text);
    return;
  }
  case DeclKind::State: {
    auto &s = *cast<StateDecl>(&d);
    line("state " + typed(s.name.text, s.type) + " = " + expr(*s.initial));
    return;
  }
  case DeclKind::Evolve: {
    auto &e = *cast<EvolveDecl>(&d);
    line("evolve(" + e.interval.text + ") {");
    block(e.body);
    line("}");
    return;
  }
  case DeclKind::Handler: {
    auto &h = *cast<HandlerDecl>(&d);
    std::string text = "on " + h.event.text;
    if (!h.params.empty()) {
      text += "(";
      for (std::size_t i = 0; i < h.params.size(); ++i)
        text += (i ? ", " : "") + h.params[i].text;
      text += ")";
    }
    line(text + " {");
    block(h.body);
    line("}");
    return;
  }
  case DeclKind::FireWhen: {
    auto &f = *cast<FireWhenDecl>(&d);
    std::string text = "fire when " + expr(*f.condition);
    if (f.checkEvery)
      text += " checked every " + expr(*f.checkEvery);
    line(text);
    return;
  }
  case DeclKind::Port: {
    auto &p = *cast<PortDecl>(&d);
    line(std::string(p.direction == PortDirection::In ? "in " : "out ") + p.name.text +
         sizeSuffix(p.size));
    return;
  }
  case DeclKind::Neuron: {
    auto &n = *cast<NeuronDecl>(&d);
    std::string text = "neuron ";
    for (std::size_t i = 0; i < n.names.size(); ++i)
      text += (i ? ", " : "") + n.names[i].text;
    line(text + " : " + n.model.str() + overrideList(n.overrides));
    return;
  }
  case DeclKind::Population: {
    auto &p = *cast<PopulationDecl>(&d);
    line("population " + p.name.text + "[" + expr(*p.size) + "] : " + p.model.str() +
         overrideList(p.overrides));
    return;
  }
  case DeclKind::Instance: {
    auto &i = *cast<InstanceDecl>(&d);
    line("instance " + i.name.text + sizeSuffix(i.count) + " : " + spec(i.circuit));
    return;
  }
  case DeclKind::Input: {
    auto &i = *cast<InputDecl>(&d);
    line("input " + i.name.text + sizeSuffix(i.size) + " : " + spec(i.source));
    return;
  }
  case DeclKind::Connect: {
    auto &c = *cast<ConnectDecl>(&d);
    std::string text =
        std::string(c.keyword ? "connect " : "") + expr(*c.source) + " -> " + expr(*c.target);
    if (c.synapse)
      text += " : " + spec(*c.synapse);
    if (c.rule)
      text += " with " + spec(*c.rule);
    line(text);
    return;
  }
  case DeclKind::For: {
    auto &f = *cast<ForDecl>(&d);
    line("for " + f.var.text + " in " + expr(*f.first) + " .. " + expr(*f.last) + " {");
    body(f.body);
    line("}");
    return;
  }
  case DeclKind::If: {
    auto &i = *cast<IfDecl>(&d);
    for (std::size_t k = 0; k < i.branches.size(); ++k) {
      std::string head = k == 0 ? "if " : "} else if ";
      line(head + expr(*i.branches[k].condition) + " {");
      body(i.branches[k].body);
    }
    if (i.elseBody) {
      line("} else {");
      body(*i.elseBody);
    }
    line("}");
    return;
  }
  }
  unreachable("declaration of an unknown kind");
}

void SourceWriter::stmt(const Stmt &s) {
  switch (s.kind()) {
  case StmtKind::Let: {
    auto &l = *cast<LetStmt>(&s);
    line("let " + l.name.text + " = " + expr(*l.value));
    return;
  }
  case StmtKind::Assign: {
    auto &a = *cast<AssignStmt>(&s);
    line(expr(*a.target) + " " + spelling(a.op) + " " + expr(*a.value));
    return;
  }
  case StmtKind::If: {
    auto &i = *cast<IfStmt>(&s);
    for (std::size_t k = 0; k < i.branches.size(); ++k) {
      std::string head = k == 0 ? "if " : "} else if ";
      line(head + expr(*i.branches[k].condition) + " {");
      block(i.branches[k].body);
    }
    if (i.elseBody) {
      line("} else {");
      block(*i.elseBody);
    }
    line("}");
    return;
  }
  case StmtKind::Fire:
    line("fire");
    return;
  case StmtKind::Refractory:
    line("refractory for " + expr(*cast<RefractoryStmt>(&s)->duration));
    return;
  case StmtKind::Expr:
    line(expr(*cast<ExprStmt>(&s)->expr));
    return;
  }
  unreachable("statement of an unknown kind");
}

/// Binding strength of an expression as an operand: postfix and primaries bind tightest.
int strength(const Expr &e) {
  if (auto *b = dynCast<BinaryExpr>(&e))
    return precedence(b->op);
  if (isa<UnaryExpr>(&e))
    return 7;
  return 8;
}

std::string operand(const Expr &e, int minimum) {
  std::string text = expr(e);
  return strength(e) < minimum ? "(" + text + ")" : text;
}

std::string expr(const Expr &e) {
  switch (e.kind()) {
  case ExprKind::Number: {
    auto &n = *cast<NumberExpr>(&e);
    return n.unit ? n.spelling + " " + n.unit->str() : n.spelling;
  }
  case ExprKind::Bool:
    return cast<BoolExpr>(&e)->value ? "true" : "false";
  case ExprKind::String:
    return quoted(cast<StringExpr>(&e)->value);
  case ExprKind::Name:
    return cast<NameExpr>(&e)->name;
  case ExprKind::Member: {
    auto &m = *cast<MemberExpr>(&e);
    return operand(*m.base, 8) + "." + m.member.text;
  }
  case ExprKind::Index: {
    auto &i = *cast<IndexExpr>(&e);
    std::string text = operand(*i.base, 8) + "[" + expr(*i.index);
    if (i.last)
      text += " .. " + expr(*i.last);
    return text + "]";
  }
  case ExprKind::Call: {
    auto &c = *cast<CallExpr>(&e);
    return operand(*c.callee, 8) + "(" + args(c.args) + ")";
  }
  case ExprKind::Unary: {
    auto &u = *cast<UnaryExpr>(&e);
    // `- -x` must not print as `--x`, and `-(2 ms)` keeps the unit on the number.
    std::string inner = operand(*u.operand, 7);
    std::string op = spelling(u.op);
    if (!inner.empty() && (inner[0] == '-' || inner[0] == '+') && op != "not ")
      op += ' ';
    return op + inner;
  }
  case ExprKind::Binary: {
    auto &b = *cast<BinaryExpr>(&e);
    int p = precedence(b.op);
    // Left-associative: an equal-precedence right operand needs parentheses.
    return operand(*b.lhs, p) + " " + spelling(b.op) + " " + operand(*b.rhs, p + 1);
  }
  }
  unreachable("expression of an unknown kind");
}

} // namespace

void printSource(const Ast &ast, std::ostream &out) {
  SourceWriter(out).module(ast.module());
}

std::string printExpr(const Expr &e) {
  return expr(e);
}

} // namespace flux::syntax
