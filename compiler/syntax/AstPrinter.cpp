// --emit=ast and --emit=tokens. The output is stable (no addresses, source order) so that it
// can be a FileCheck oracle.
#include "syntax/AstPrinter.h"

#include "support/Unreachable.h"

namespace flux::syntax {
namespace {

class TreePrinter {
public:
  TreePrinter(const SourceManager &sources, std::ostream &out, const AstPrintOptions &options)
      : sources(sources), out(out), options(options) {}

  void module(const Module &m) {
    out << "Module " << quoted(m.path) << '\n';
    ++indent;
    for (const auto &d : m.decls)
      decl(*d);
    --indent;
  }

private:
  /// Starts a node line; the caller writes attributes, then calls end(range).
  std::ostream &begin(const char *kind) {
    out << std::string(std::size_t{indent} * 2, ' ') << kind;
    return out;
  }
  void end(SourceRange range) {
    if (options.locations && range.valid()) {
      LineColumn lc = sources.lineColumn(range.begin);
      out << " <" << lc.line << ':' << lc.column << '>';
    }
    out << '\n';
  }
  void child(const Expr *e) {
    ++indent;
    if (e)
      expr(*e);
    --indent;
  }
  void children(const DeclList &decls) {
    ++indent;
    for (const auto &d : decls)
      decl(*d);
    --indent;
  }
  void doc(const Decl &d) {
    if (d.doc.empty())
      return;
    ++indent;
    begin("Doc ") << quoted(d.doc);
    end({});
    --indent;
  }
  static std::string typeSuffix(const std::optional<Ident> &type) {
    return type ? " : " + type->text : "";
  }

  void decl(const Decl &d);
  void stmt(const Stmt &s);
  void block(const Block &b) {
    ++indent;
    for (const auto &s : b)
      stmt(*s);
    --indent;
  }
  void expr(const Expr &e);
  void args(const std::vector<Argument> &args) {
    ++indent;
    for (const auto &a : args) {
      begin("Arg");
      if (a.name)
        out << ' ' << a.name->text;
      end(a.range);
      child(a.value.get());
    }
    --indent;
  }
  void spec(const char *kind, const Spec &s) {
    begin(kind) << ' ' << s.name.str() << (s.hasParens ? "()" : "");
    end(s.range);
    args(s.args);
  }

  const SourceManager &sources;
  std::ostream &out;
  const AstPrintOptions &options;
  unsigned indent = 0;
};

void TreePrinter::decl(const Decl &d) {
  switch (d.kind()) {
  case DeclKind::Import: {
    auto &i = *cast<ImportDecl>(&d);
    begin("Import ") << (i.module ? i.module->str() : quoted(i.path->text));
    if (i.alias)
      out << " as " << i.alias->text;
    end(d.range);
    return;
  }
  case DeclKind::Model: {
    auto &m = *cast<ModelDecl>(&d);
    begin(m.modelKind == ModelKind::Neuron ? "Neuron " : "Synapse ") << m.name.text;
    if (m.base)
      out << " extends " << m.base->str();
    end(d.range);
    doc(d);
    children(m.members);
    return;
  }
  case DeclKind::Circuit: {
    auto &c = *cast<CircuitDecl>(&d);
    begin("Circuit ") << c.name.text;
    if (c.base)
      out << " extends " << c.base->str();
    end(d.range);
    doc(d);
    ++indent;
    for (const auto &p : c.params) {
      begin("CircuitParam ") << p.name.text << typeSuffix(p.type);
      end(p.range);
      child(p.defaultValue.get());
    }
    --indent;
    children(c.members);
    return;
  }
  case DeclKind::ExternPort: {
    auto &e = *cast<ExternPortDecl>(&d);
    begin(e.direction == PortDirection::In ? "ExternInput " : "ExternOutput ") << e.name.text;
    end(d.range);
    doc(d);
    child(e.size.get());
    return;
  }
  case DeclKind::ExternFn: {
    auto &f = *cast<ExternFnDecl>(&d);
    begin("ExternFn ") << f.name.text << '(';
    for (std::size_t i = 0; i < f.params.size(); ++i)
      out << (i ? ", " : "") << f.params[i].name.text << " : " << f.params[i].type.text;
    out << ')';
    if (f.result)
      out << " -> " << f.result->text;
    end(d.range);
    doc(d);
    return;
  }
  case DeclKind::Let: {
    auto &l = *cast<LetDecl>(&d);
    begin("Let ") << l.name.text << typeSuffix(l.type);
    end(d.range);
    doc(d);
    child(l.value.get());
    return;
  }
  case DeclKind::Override: {
    auto &o = *cast<OverrideDecl>(&d);
    begin("Override ") << o.name.text;
    end(d.range);
    doc(d);
    child(o.value.get());
    return;
  }
  case DeclKind::Param: {
    auto &p = *cast<ParamDecl>(&d);
    begin("Param ") << p.name.text << typeSuffix(p.type);
    end(d.range);
    doc(d);
    child(p.defaultValue.get());
    return;
  }
  case DeclKind::State: {
    auto &s = *cast<StateDecl>(&d);
    begin("State ") << s.name.text << typeSuffix(s.type);
    end(d.range);
    doc(d);
    child(s.initial.get());
    return;
  }
  case DeclKind::Evolve: {
    auto &e = *cast<EvolveDecl>(&d);
    begin("Evolve ") << e.interval.text;
    end(d.range);
    doc(d);
    block(e.body);
    return;
  }
  case DeclKind::Handler: {
    auto &h = *cast<HandlerDecl>(&d);
    begin("Handler ") << h.event.text;
    if (!h.params.empty()) {
      out << '(';
      for (std::size_t i = 0; i < h.params.size(); ++i)
        out << (i ? ", " : "") << h.params[i].text;
      out << ')';
    }
    end(d.range);
    doc(d);
    block(h.body);
    return;
  }
  case DeclKind::FireWhen: {
    auto &f = *cast<FireWhenDecl>(&d);
    begin("FireWhen");
    end(d.range);
    doc(d);
    child(f.condition.get());
    if (f.checkEvery) {
      ++indent;
      begin("CheckedEvery");
      end(f.checkEvery->range);
      child(f.checkEvery.get());
      --indent;
    }
    return;
  }
  case DeclKind::Port: {
    auto &p = *cast<PortDecl>(&d);
    begin(p.direction == PortDirection::In ? "Port in " : "Port out ") << p.name.text;
    end(d.range);
    doc(d);
    child(p.size.get());
    return;
  }
  case DeclKind::Neuron: {
    auto &n = *cast<NeuronDecl>(&d);
    begin("Neuron");
    for (std::size_t i = 0; i < n.names.size(); ++i)
      out << (i ? ", " : " ") << n.names[i].text;
    out << " : " << n.model.str();
    end(d.range);
    doc(d);
    ++indent;
    for (const auto &o : n.overrides)
      decl(*o);
    --indent;
    return;
  }
  case DeclKind::Population: {
    auto &p = *cast<PopulationDecl>(&d);
    begin("Population ") << p.name.text << " : " << p.model.str();
    end(d.range);
    doc(d);
    child(p.size.get());
    ++indent;
    for (const auto &o : p.overrides)
      decl(*o);
    --indent;
    return;
  }
  case DeclKind::Instance: {
    auto &i = *cast<InstanceDecl>(&d);
    begin("Instance ") << i.name.text;
    end(d.range);
    doc(d);
    child(i.count.get());
    ++indent;
    spec("Circuit", i.circuit);
    --indent;
    return;
  }
  case DeclKind::Input: {
    auto &i = *cast<InputDecl>(&d);
    begin("Input ") << i.name.text;
    end(d.range);
    doc(d);
    child(i.size.get());
    ++indent;
    spec("Source", i.source);
    --indent;
    return;
  }
  case DeclKind::Connect: {
    auto &c = *cast<ConnectDecl>(&d);
    begin(c.keyword ? "Connect" : "Connect shorthand");
    end(d.range);
    doc(d);
    child(c.source.get());
    child(c.target.get());
    ++indent;
    if (c.synapse)
      spec("Synapse", *c.synapse);
    if (c.rule)
      spec("Rule", *c.rule);
    --indent;
    return;
  }
  case DeclKind::For: {
    auto &f = *cast<ForDecl>(&d);
    begin("For ") << f.var.text;
    end(d.range);
    doc(d);
    child(f.first.get());
    child(f.last.get());
    children(f.body);
    return;
  }
  case DeclKind::If: {
    auto &i = *cast<IfDecl>(&d);
    begin("If");
    end(d.range);
    ++indent;
    for (const auto &b : i.branches) {
      begin("Branch");
      end(b.condition->range);
      child(b.condition.get());
      children(b.body);
    }
    if (i.elseBody) {
      begin("Else");
      end({});
      children(*i.elseBody);
    }
    --indent;
    return;
  }
  }
  unreachable("declaration of an unknown kind");
}

void TreePrinter::stmt(const Stmt &s) {
  switch (s.kind()) {
  case StmtKind::Let: {
    auto &l = *cast<LetStmt>(&s);
    begin("Let ") << l.name.text;
    end(s.range);
    child(l.value.get());
    return;
  }
  case StmtKind::Assign: {
    auto &a = *cast<AssignStmt>(&s);
    begin("Assign ") << spelling(a.op);
    end(s.range);
    child(a.target.get());
    child(a.value.get());
    return;
  }
  case StmtKind::If: {
    auto &i = *cast<IfStmt>(&s);
    begin("If");
    end(s.range);
    ++indent;
    for (const auto &b : i.branches) {
      begin("Branch");
      end(b.condition->range);
      child(b.condition.get());
      block(b.body);
    }
    if (i.elseBody) {
      begin("Else");
      end({});
      block(*i.elseBody);
    }
    --indent;
    return;
  }
  case StmtKind::Fire:
    begin("Fire");
    end(s.range);
    return;
  case StmtKind::Refractory:
    begin("RefractoryFor");
    end(s.range);
    child(cast<RefractoryStmt>(&s)->duration.get());
    return;
  case StmtKind::Expr:
    begin("ExprStmt");
    end(s.range);
    child(cast<ExprStmt>(&s)->expr.get());
    return;
  }
  unreachable("statement of an unknown kind");
}

void TreePrinter::expr(const Expr &e) {
  switch (e.kind()) {
  case ExprKind::Number: {
    auto &n = *cast<NumberExpr>(&e);
    begin(n.isInteger ? "Int " : "Real ") << n.spelling;
    if (n.unit)
      out << " [" << n.unit->str() << ']';
    end(e.range);
    return;
  }
  case ExprKind::Bool:
    begin("Bool ") << (cast<BoolExpr>(&e)->value ? "true" : "false");
    end(e.range);
    return;
  case ExprKind::String:
    begin("String ") << quoted(cast<StringExpr>(&e)->value);
    end(e.range);
    return;
  case ExprKind::Name:
    begin("Name ") << cast<NameExpr>(&e)->name;
    end(e.range);
    return;
  case ExprKind::Member: {
    auto &m = *cast<MemberExpr>(&e);
    begin("Member .") << m.member.text;
    end(e.range);
    child(m.base.get());
    return;
  }
  case ExprKind::Index: {
    auto &i = *cast<IndexExpr>(&e);
    begin(i.last ? "Slice" : "Index");
    end(e.range);
    child(i.base.get());
    child(i.index.get());
    child(i.last.get());
    return;
  }
  case ExprKind::Call: {
    auto &c = *cast<CallExpr>(&e);
    begin("Call");
    end(e.range);
    child(c.callee.get());
    args(c.args);
    return;
  }
  case ExprKind::Unary: {
    auto &u = *cast<UnaryExpr>(&e);
    begin("Unary ") << (u.op == UnaryOp::Not ? "not" : spelling(u.op));
    end(e.range);
    child(u.operand.get());
    return;
  }
  case ExprKind::Binary: {
    auto &b = *cast<BinaryExpr>(&e);
    begin("Binary ") << spelling(b.op);
    end(e.range);
    child(b.lhs.get());
    child(b.rhs.get());
    return;
  }
  }
  unreachable("expression of an unknown kind");
}

std::string escapedForDisplay(const std::string &text) {
  std::string result;
  for (char c : text) {
    if (c == '\n')
      result += "\\n";
    else if (c == '\t')
      result += "\\t";
    else if (c == '\r')
      result += "\\r";
    else
      result += c;
  }
  return result;
}

} // namespace

std::string quoted(const std::string &value) {
  std::string text = "\"";
  for (char c : value) {
    switch (c) {
    case '"':
      text += "\\\"";
      break;
    case '\\':
      text += "\\\\";
      break;
    case '\n':
      text += "\\n";
      break;
    case '\t':
      text += "\\t";
      break;
    default:
      text += c;
    }
  }
  return text + "\"";
}

void printAst(const Ast &ast, const SourceManager &sources, std::ostream &out,
              const AstPrintOptions &options) {
  TreePrinter(sources, out, options).module(ast.module());
}

void printTokens(const std::vector<Token> &tokens, const SourceManager &sources,
                 std::ostream &out) {
  for (const Token &t : tokens) {
    LineColumn lc = sources.lineColumn(t.range.begin);
    out << lc.line << ':' << lc.column << ' ' << t.kind;
    if (t.kind != "EOF")
      out << " '" << escapedForDisplay(t.text) << '\'';
    if (t.hidden)
      out << " hidden";
    out << '\n';
  }
}

} // namespace flux::syntax
