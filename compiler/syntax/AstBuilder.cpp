// Turns an error-free ANTLR parse tree into the Flux AST. It reads contexts directly (no
// antlrcpp::Any visitor) and checks what the grammar cannot say: string escapes, number
// ranges, which expressions may stand alone or be assigned to, and expression depth.
#include "syntax/AstBuilder.h"

#include "support/Unreachable.h"

#include "FluxLexer.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>

namespace flux::syntax {
namespace {

using P = fluxgen::FluxParser;

class Builder {
public:
  Builder(const TokenLocator &locator, antlr4::BufferedTokenStream &tokens, DiagnosticEngine &diags,
          const ParseOptions &options)
      : loc(locator), tokens(tokens), diags(diags), options(options) {}

  std::unique_ptr<Module> module(P::SourceFileContext *ctx);

private:
  // Names
  Ident ident(P::NameContext *ctx) const { return {ctx->getText(), loc.range(ctx)}; }
  Ident ident(antlr4::Token *token) const { return {token->getText(), loc.range(token)}; }
  std::optional<Ident> optIdent(P::NameContext *ctx) const {
    return ctx ? std::optional(ident(ctx)) : std::nullopt;
  }
  QualifiedName qualified(P::QualifiedNameContext *ctx) const;
  std::optional<QualifiedName> optQualified(P::QualifiedNameContext *ctx) const {
    return ctx ? std::optional(qualified(ctx)) : std::nullopt;
  }
  std::string docBefore(antlr4::ParserRuleContext *ctx) const;

  // Declarations
  DeclPtr topLevel(P::TopLevelContext *ctx);
  DeclPtr import(P::ImportDeclContext *ctx);
  DeclPtr model(P::ModelDeclContext *ctx);
  DeclPtr modelMember(P::ModelMemberContext *ctx);
  DeclPtr circuit(P::CircuitDeclContext *ctx);
  void circuitMember(P::CircuitMemberContext *ctx, DeclList &out);
  DeclList memberBlock(P::MemberBlockContext *ctx);
  DeclPtr externDecl(P::ExternDeclContext *ctx);
  DeclPtr let(P::LetDeclContext *ctx);
  std::unique_ptr<OverrideDecl> override(P::OverrideContext *ctx);
  std::vector<std::unique_ptr<const OverrideDecl>> overrides(P::OverridesContext *ctx);
  Spec spec(P::SpecContext *ctx);
  ExprPtr path(P::PathContext *ctx);

  // Statements
  Block block(P::BlockContext *ctx);
  StmtPtr statement(P::StatementContext *ctx);

  // Expressions
  ExprPtr expr(P::ExprContext *ctx);
  ExprPtr exprAt(P::ExprContext *ctx);
  ExprPtr optExpr(P::ExprContext *ctx) { return ctx ? expr(ctx) : nullptr; }
  ExprPtr primary(P::PrimaryContext *ctx);
  ExprPtr number(P::NumberLitContext *ctx);
  ExprPtr string(antlr4::Token *token);
  std::vector<Argument> arguments(P::ArgumentsContext *ctx);

  template <typename T>
  DeclPtr withDoc(std::unique_ptr<T> decl, antlr4::ParserRuleContext *ctx) const {
    decl->doc = docBefore(ctx);
    return decl;
  }

  const TokenLocator &loc;
  antlr4::BufferedTokenStream &tokens;
  DiagnosticEngine &diags;
  const ParseOptions &options;
  unsigned depth = 0;
  bool failed = false;
  bool depthReported = false;
};

// ---------------------------------------------------------------------------------------------
// Names and doc comments
// ---------------------------------------------------------------------------------------------

QualifiedName Builder::qualified(P::QualifiedNameContext *ctx) const {
  QualifiedName q;
  for (auto *n : ctx->name())
    q.parts.push_back(ident(n));
  q.range = loc.range(ctx);
  return q;
}

std::string trim(std::string_view text) {
  auto begin = text.find_first_not_of(" \t\r");
  if (begin == std::string_view::npos)
    return {};
  auto end = text.find_last_not_of(" \t\r");
  return std::string(text.substr(begin, end - begin + 1));
}

/// The doc comments (`///` lines or one `/** */` block) directly before a declaration.
std::string Builder::docBefore(antlr4::ParserRuleContext *ctx) const {
  std::string doc;
  for (antlr4::Token *token : tokens.getHiddenTokensToLeft(ctx->getStart()->getTokenIndex())) {
    std::string text = token->getText();
    if (token->getType() == fluxgen::FluxLexer::DOC_LINE_COMMENT) {
      if (text.rfind("////", 0) == 0)
        continue; // a ruler, not documentation
      doc += (doc.empty() ? "" : "\n") + trim(std::string_view(text).substr(3));
    } else if (token->getType() == fluxgen::FluxLexer::DOC_BLOCK_COMMENT) {
      // A lone '\r' ends a line for the lexer too: it must not survive inside a doc line,
      // which is printed back as a `///` comment (the fuzzer found it).
      std::string bodyText = text.substr(3, text.size() - 5);
      std::replace(bodyText.begin(), bodyText.end(), '\r', '\n');
      std::string_view body = bodyText;
      std::string lines;
      std::size_t start = 0;
      while (start <= body.size()) {
        std::size_t end = body.find('\n', start);
        std::string line = trim(body.substr(
            start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (line.rfind('*', 0) == 0)
          line = trim(std::string_view(line).substr(1));
        if (!line.empty())
          lines += (lines.empty() ? "" : "\n") + line;
        if (end == std::string_view::npos)
          break;
        start = end + 1;
      }
      doc += (doc.empty() ? "" : "\n") + lines;
    }
  }
  // Blank `///` lines before or after the text carry nothing (and could not be printed back).
  auto first = doc.find_first_not_of('\n');
  if (first == std::string::npos)
    return {};
  return doc.substr(first, doc.find_last_not_of('\n') - first + 1);
}

// ---------------------------------------------------------------------------------------------
// Declarations
// ---------------------------------------------------------------------------------------------

std::unique_ptr<Module> Builder::module(P::SourceFileContext *ctx) {
  auto m = std::make_unique<Module>();
  for (auto *t : ctx->topLevel()) {
    if (auto d = topLevel(t))
      m->decls.push_back(std::move(d));
  }
  if (failed)
    return nullptr;
  return m;
}

DeclPtr Builder::topLevel(P::TopLevelContext *ctx) {
  if (auto *c = ctx->importDecl())
    return import(c);
  if (auto *c = ctx->modelDecl())
    return model(c);
  if (auto *c = ctx->circuitDecl())
    return circuit(c);
  if (auto *c = ctx->externDecl())
    return externDecl(c);
  if (auto *c = ctx->letDecl())
    return let(c);
  unreachable("top-level declaration of an unknown kind");
}

DeclPtr Builder::import(P::ImportDeclContext *ctx) {
  std::optional<QualifiedName> module;
  std::optional<Ident> path;
  if (ctx->qualifiedName()) {
    module = qualified(ctx->qualifiedName());
  } else {
    auto str = string(ctx->STRING()->getSymbol());
    if (!str)
      return nullptr;
    path = Ident{cast<StringExpr>(str.get())->value, str->range};
  }
  return std::make_unique<ImportDecl>(loc.range(ctx), std::move(module), std::move(path),
                                      optIdent(ctx->name()));
}

DeclPtr Builder::model(P::ModelDeclContext *ctx) {
  DeclList members;
  for (auto *m : ctx->modelMember()) {
    if (auto d = modelMember(m))
      members.push_back(std::move(d));
  }
  auto kind =
      ctx->kind->getType() == fluxgen::FluxLexer::NEURON ? ModelKind::Neuron : ModelKind::Synapse;
  return withDoc(std::make_unique<ModelDecl>(loc.range(ctx), kind, ident(ctx->name()),
                                             optQualified(ctx->qualifiedName()),
                                             std::move(members)),
                 ctx);
}

DeclPtr Builder::modelMember(P::ModelMemberContext *ctx) {
  SourceRange range = loc.range(ctx);
  if (auto *c = dynamic_cast<P::ParamDeclContext *>(ctx)) {
    auto type = c->typeName() ? std::optional(ident(c->typeName()->name())) : std::nullopt;
    return withDoc(
        std::make_unique<ParamDecl>(range, ident(c->name()), std::move(type), optExpr(c->expr())),
        ctx);
  }
  if (auto *c = dynamic_cast<P::StateDeclContext *>(ctx)) {
    auto type = c->typeName() ? std::optional(ident(c->typeName()->name())) : std::nullopt;
    return withDoc(
        std::make_unique<StateDecl>(range, ident(c->name()), std::move(type), expr(c->expr())),
        ctx);
  }
  if (auto *c = dynamic_cast<P::EvolveDeclContext *>(ctx))
    return withDoc(std::make_unique<EvolveDecl>(range, ident(c->name()), block(c->block())), ctx);
  if (auto *c = dynamic_cast<P::HandlerDeclContext *>(ctx)) {
    auto *event = c->eventName();
    Ident name = event->name() ? ident(event->name()) : ident(event->getStart());
    std::vector<Ident> params;
    for (auto *n : c->name())
      params.push_back(ident(n));
    return withDoc(
        std::make_unique<HandlerDecl>(range, std::move(name), std::move(params), block(c->block())),
        ctx);
  }
  if (auto *c = dynamic_cast<P::FireWhenDeclContext *>(ctx)) {
    auto exprs = c->expr();
    ExprPtr condition = expr(exprs[0]);
    ExprPtr every = exprs.size() > 1 ? expr(exprs[1]) : nullptr;
    return withDoc(std::make_unique<FireWhenDecl>(range, std::move(condition), std::move(every)),
                   ctx);
  }
  if (auto *c = dynamic_cast<P::OverrideDeclContext *>(ctx)) {
    return withDoc(override(c->override()), ctx);
  }
  unreachable("model member of an unknown kind");
}

DeclPtr Builder::circuit(P::CircuitDeclContext *ctx) {
  std::vector<CircuitParam> params;
  for (auto *p : ctx->circuitParam()) {
    auto type = p->typeName() ? std::optional(ident(p->typeName()->name())) : std::nullopt;
    params.push_back({ident(p->name()), std::move(type), optExpr(p->expr()), loc.range(p)});
  }
  DeclList members;
  for (auto *m : ctx->circuitMember())
    circuitMember(m, members);
  return withDoc(
      std::make_unique<CircuitDecl>(loc.range(ctx), ident(ctx->name()), std::move(params),
                                    optQualified(ctx->qualifiedName()), std::move(members)),
      ctx);
}

DeclList Builder::memberBlock(P::MemberBlockContext *ctx) {
  DeclList members;
  for (auto *m : ctx->circuitMember())
    circuitMember(m, members);
  return members;
}

/// Appends the declarations of one member: `in a, b` declares two ports.
void Builder::circuitMember(P::CircuitMemberContext *ctx, DeclList &out) {
  SourceRange range = loc.range(ctx);
  auto push = [&](DeclPtr d) {
    if (d)
      out.push_back(std::move(d));
  };
  if (auto *c = dynamic_cast<P::PortDeclContext *>(ctx)) {
    auto dir = c->dir->getType() == fluxgen::FluxLexer::IN ? PortDirection::In : PortDirection::Out;
    std::string doc = docBefore(ctx);
    for (auto *item : c->portItem()) {
      auto port = std::make_unique<PortDecl>(loc.range(item), dir, ident(item->name()),
                                             optExpr(item->expr()));
      port->doc = doc;
      push(std::move(port));
    }
    return;
  }
  if (auto *c = dynamic_cast<P::NeuronDeclContext *>(ctx)) {
    std::vector<Ident> names;
    for (auto *n : c->name())
      names.push_back(ident(n));
    push(
        withDoc(std::make_unique<NeuronDecl>(range, std::move(names), qualified(c->qualifiedName()),
                                             overrides(c->overrides())),
                ctx));
    return;
  }
  if (auto *c = dynamic_cast<P::PopulationDeclContext *>(ctx)) {
    push(withDoc(std::make_unique<PopulationDecl>(range, ident(c->name()), expr(c->expr()),
                                                  qualified(c->qualifiedName()),
                                                  overrides(c->overrides())),
                 ctx));
    return;
  }
  if (auto *c = dynamic_cast<P::InstanceDeclContext *>(ctx)) {
    push(withDoc(std::make_unique<InstanceDecl>(range, ident(c->name()), optExpr(c->expr()),
                                                spec(c->spec())),
                 ctx));
    return;
  }
  if (auto *c = dynamic_cast<P::InputDeclContext *>(ctx)) {
    push(withDoc(
        std::make_unique<InputDecl>(range, ident(c->name()), optExpr(c->expr()), spec(c->spec())),
        ctx));
    return;
  }
  if (auto *c = dynamic_cast<P::ConnectDeclContext *>(ctx)) {
    auto source = path(c->path(0));
    auto target = path(c->path(1));
    auto synapse = c->synapse ? std::optional(spec(c->synapse)) : std::nullopt;
    auto rule = c->connectivity ? std::optional(spec(c->connectivity)) : std::nullopt;
    push(withDoc(std::make_unique<ConnectDecl>(range, c->CONNECT() != nullptr, std::move(source),
                                               std::move(target), std::move(synapse),
                                               std::move(rule)),
                 ctx));
    return;
  }
  if (auto *c = dynamic_cast<P::ForDeclContext *>(ctx)) {
    push(withDoc(std::make_unique<ForDecl>(range, ident(c->name()), expr(c->expr(0)),
                                           expr(c->expr(1)), memberBlock(c->memberBlock())),
                 ctx));
    return;
  }
  if (auto *c = dynamic_cast<P::IfDeclContext *>(ctx)) {
    auto conditions = c->expr();
    auto blocks = c->memberBlock();
    std::vector<IfDeclBranch> branches;
    branches.reserve(conditions.size());
    for (std::size_t i = 0; i < conditions.size(); ++i)
      branches.push_back({expr(conditions[i]), memberBlock(blocks[i])});
    std::optional<DeclList> elseBody;
    if (blocks.size() > conditions.size())
      elseBody = memberBlock(blocks.back());
    push(std::make_unique<IfDecl>(range, std::move(branches), std::move(elseBody)));
    return;
  }
  if (auto *c = dynamic_cast<P::CircuitLetContext *>(ctx)) {
    push(let(c->letDecl()));
    return;
  }
  if (auto *c = dynamic_cast<P::CircuitExternContext *>(ctx)) {
    push(externDecl(c->externDecl()));
    return;
  }
  if (auto *c = dynamic_cast<P::CircuitOverrideContext *>(ctx)) {
    push(override(c->override()));
    return;
  }
  unreachable("circuit member of an unknown kind");
}

DeclPtr Builder::externDecl(P::ExternDeclContext *ctx) {
  SourceRange range = loc.range(ctx);
  if (auto *c = dynamic_cast<P::ExternPortContext *>(ctx)) {
    auto dir =
        c->dir->getType() == fluxgen::FluxLexer::INPUT ? PortDirection::In : PortDirection::Out;
    return withDoc(
        std::make_unique<ExternPortDecl>(range, dir, ident(c->name()), optExpr(c->expr())), ctx);
  }
  auto *c = dynamic_cast<P::ExternFnContext *>(ctx);
  if (!c)
    unreachable("extern declaration of an unknown kind");
  std::vector<FnParam> params;
  for (auto *p : c->fnParam())
    params.push_back({ident(p->name()), ident(p->typeName()->name())});
  auto result = c->typeName() ? std::optional(ident(c->typeName()->name())) : std::nullopt;
  return withDoc(
      std::make_unique<ExternFnDecl>(range, ident(c->name()), std::move(params), std::move(result)),
      ctx);
}

DeclPtr Builder::let(P::LetDeclContext *ctx) {
  auto type = ctx->typeName() ? std::optional(ident(ctx->typeName()->name())) : std::nullopt;
  return withDoc(std::make_unique<LetDecl>(loc.range(ctx), ident(ctx->name()), std::move(type),
                                           expr(ctx->expr())),
                 ctx);
}

std::unique_ptr<OverrideDecl> Builder::override(P::OverrideContext *ctx) {
  return std::make_unique<OverrideDecl>(loc.range(ctx), ident(ctx->name()), expr(ctx->expr()));
}

std::vector<std::unique_ptr<const OverrideDecl>> Builder::overrides(P::OverridesContext *ctx) {
  std::vector<std::unique_ptr<const OverrideDecl>> result;
  if (ctx) {
    for (auto *o : ctx->override())
      result.push_back(override(o));
  }
  return result;
}

Spec Builder::spec(P::SpecContext *ctx) {
  Spec s;
  s.name = qualified(ctx->qualifiedName());
  s.hasParens = ctx->LPAREN() != nullptr;
  s.args = arguments(ctx->arguments());
  s.range = loc.range(ctx);
  return s;
}

/// A name followed by `.member`, `[index]` and `[first .. last]`, left to right.
ExprPtr Builder::path(P::PathContext *ctx) {
  antlr4::Token *first = ctx->getStart();
  ExprPtr result;
  for (std::size_t i = 0; i < ctx->children.size(); ++i) {
    auto *child = ctx->children[i];
    if (auto *n = dynamic_cast<P::NameContext *>(child)) {
      if (!result) {
        result = std::make_unique<NameExpr>(loc.range(n), n->getText());
        continue;
      }
      // `.name`: the '.' came just before.
      result =
          std::make_unique<MemberExpr>(loc.range(first, n->getStop()), std::move(result), ident(n));
      continue;
    }
    auto *token = dynamic_cast<antlr4::tree::TerminalNode *>(child);
    if (!token || token->getSymbol()->getType() != fluxgen::FluxLexer::LBRACKET)
      continue;
    // `[ expr ('..' expr)? ]`
    auto *index = dynamic_cast<P::ExprContext *>(ctx->children[i + 1]);
    P::ExprContext *last = nullptr;
    std::size_t close = i + 2;
    if (auto *range = dynamic_cast<antlr4::tree::TerminalNode *>(ctx->children[close]);
        range && range->getSymbol()->getType() == fluxgen::FluxLexer::RANGE) {
      last = dynamic_cast<P::ExprContext *>(ctx->children[close + 1]);
      close += 2;
    }
    auto *closing = dynamic_cast<antlr4::tree::TerminalNode *>(ctx->children[close]);
    auto indexExpr = expr(index);
    ExprPtr lastExpr = last ? expr(last) : nullptr;
    if (!result || !indexExpr || (last && !lastExpr))
      return nullptr;
    result = std::make_unique<IndexExpr>(loc.range(first, closing->getSymbol()), std::move(result),
                                         std::move(indexExpr), std::move(lastExpr));
    i = close;
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Statements
// ---------------------------------------------------------------------------------------------

Block Builder::block(P::BlockContext *ctx) {
  Block body;
  for (auto *s : ctx->statement()) {
    if (auto stmt = statement(s))
      body.push_back(std::move(stmt));
  }
  return body;
}

StmtPtr Builder::statement(P::StatementContext *ctx) {
  SourceRange range = loc.range(ctx);
  if (auto *c = dynamic_cast<P::LetStmtContext *>(ctx))
    return std::make_unique<LetStmt>(range, ident(c->name()), expr(c->expr()));
  if (auto *c = dynamic_cast<P::IfStmtContext *>(ctx)) {
    auto conditions = c->expr();
    auto blocks = c->block();
    std::vector<IfBranch> branches;
    branches.reserve(conditions.size());
    for (std::size_t i = 0; i < conditions.size(); ++i)
      branches.push_back({expr(conditions[i]), block(blocks[i])});
    std::optional<Block> elseBody;
    if (blocks.size() > conditions.size())
      elseBody = block(blocks.back());
    return std::make_unique<IfStmt>(range, std::move(branches), std::move(elseBody));
  }
  if (dynamic_cast<P::FireStmtContext *>(ctx))
    return std::make_unique<FireStmt>(range);
  if (auto *c = dynamic_cast<P::RefractoryStmtContext *>(ctx))
    return std::make_unique<RefractoryStmt>(range, expr(c->expr()));
  if (auto *c = dynamic_cast<P::AssignStmtContext *>(ctx)) {
    auto target = path(c->path());
    AssignOp op = AssignOp::Set;
    switch (c->op->getType()) {
    case fluxgen::FluxLexer::PLUS_EQ:
      op = AssignOp::Add;
      break;
    case fluxgen::FluxLexer::MINUS_EQ:
      op = AssignOp::Sub;
      break;
    case fluxgen::FluxLexer::STAR_EQ:
      op = AssignOp::Mul;
      break;
    case fluxgen::FluxLexer::SLASH_EQ:
      op = AssignOp::Div;
      break;
    default:
      break;
    }
    return std::make_unique<AssignStmt>(range, op, std::move(target), expr(c->expr()));
  }
  if (auto *c = dynamic_cast<P::ExprStmtContext *>(ctx)) {
    auto callee = path(c->path());
    if (!c->LPAREN()) {
      failed = true;
      diags.error(loc.range(c->path()))
          << "this expression does nothing on its own; only a call can stand alone as a "
             "statement (did you mean to assign it?)";
      return nullptr;
    }
    auto call =
        std::make_unique<CallExpr>(loc.range(c->path()->getStart(), c->RPAREN()->getSymbol()),
                                   std::move(callee), arguments(c->arguments()));
    return std::make_unique<ExprStmt>(range, std::move(call));
  }
  unreachable("statement of an unknown kind");
}

// ---------------------------------------------------------------------------------------------
// Expressions
// ---------------------------------------------------------------------------------------------

ExprPtr Builder::expr(P::ExprContext *ctx) {
  if (depth >= options.maxExpressionDepth) {
    failed = true;
    if (!depthReported) {
      depthReported = true;
      diags.error(loc.range(ctx)) << "expression is too deeply nested (more than "
                                  << options.maxExpressionDepth << " levels); split it with 'let'";
    }
    return nullptr;
  }
  ++depth;
  ExprPtr result = exprAt(ctx);
  --depth;
  return result;
}

UnaryOp unaryOp(std::size_t type) {
  switch (type) {
  case fluxgen::FluxLexer::MINUS:
    return UnaryOp::Negate;
  case fluxgen::FluxLexer::PLUS:
    return UnaryOp::Plus;
  default:
    return UnaryOp::Not;
  }
}

BinaryOp binaryOp(std::size_t type) {
  using L = fluxgen::FluxLexer;
  switch (type) {
  case L::STAR:
    return BinaryOp::Mul;
  case L::SLASH:
    return BinaryOp::Div;
  case L::PERCENT:
    return BinaryOp::Mod;
  case L::PLUS:
    return BinaryOp::Add;
  case L::MINUS:
    return BinaryOp::Sub;
  case L::LESS:
    return BinaryOp::Less;
  case L::LESS_EQ:
    return BinaryOp::LessEq;
  case L::GREATER:
    return BinaryOp::Greater;
  case L::GREATER_EQ:
    return BinaryOp::GreaterEq;
  case L::EQ_EQ:
    return BinaryOp::Eq;
  case L::BANG_EQ:
    return BinaryOp::NotEq;
  case L::AND:
  case L::AMP_AMP:
    return BinaryOp::And;
  case L::OR:
  case L::PIPE_PIPE:
    return BinaryOp::Or;
  default:
    unreachable("binary operator of an unknown kind");
  }
}

ExprPtr Builder::exprAt(P::ExprContext *ctx) {
  SourceRange range = loc.range(ctx);
  if (auto *c = dynamic_cast<P::PrimaryExprContext *>(ctx))
    return primary(c->primary());
  if (auto *c = dynamic_cast<P::MemberExprContext *>(ctx)) {
    auto base = expr(c->expr());
    return base ? std::make_unique<MemberExpr>(range, std::move(base), ident(c->name())) : nullptr;
  }
  if (auto *c = dynamic_cast<P::IndexExprContext *>(ctx)) {
    auto parts = c->expr();
    auto base = expr(parts[0]);
    auto index = expr(parts[1]);
    ExprPtr last = parts.size() > 2 ? expr(parts[2]) : nullptr;
    if (!base || !index || (parts.size() > 2 && !last))
      return nullptr;
    return std::make_unique<IndexExpr>(range, std::move(base), std::move(index), std::move(last));
  }
  if (auto *c = dynamic_cast<P::CallExprContext *>(ctx)) {
    auto callee = expr(c->expr());
    auto args = arguments(c->arguments());
    return callee ? std::make_unique<CallExpr>(range, std::move(callee), std::move(args)) : nullptr;
  }
  if (auto *c = dynamic_cast<P::UnaryExprContext *>(ctx)) {
    auto operand = expr(c->expr());
    return operand
               ? std::make_unique<UnaryExpr>(range, unaryOp(c->op->getType()), std::move(operand))
               : nullptr;
  }
  if (auto *c = dynamic_cast<P::BinaryExprContext *>(ctx)) {
    auto lhs = expr(c->expr(0));
    auto rhs = expr(c->expr(1));
    if (!lhs || !rhs)
      return nullptr;
    return std::make_unique<BinaryExpr>(range, binaryOp(c->op->getType()), std::move(lhs),
                                        std::move(rhs));
  }
  unreachable("expression of an unknown kind");
}

ExprPtr Builder::primary(P::PrimaryContext *ctx) {
  SourceRange range = loc.range(ctx);
  if (auto *c = dynamic_cast<P::NumberLitContext *>(ctx))
    return number(c);
  if (auto *c = dynamic_cast<P::BoolLitContext *>(ctx))
    return std::make_unique<BoolExpr>(range, c->val->getType() == fluxgen::FluxLexer::TRUE);
  if (auto *c = dynamic_cast<P::StringLitContext *>(ctx))
    return string(c->STRING()->getSymbol());
  if (auto *c = dynamic_cast<P::NameRefContext *>(ctx))
    return std::make_unique<NameExpr>(range, c->name()->getText());
  if (auto *c = dynamic_cast<P::ParenExprContext *>(ctx))
    return expr(c->expr());
  unreachable("primary expression of an unknown kind");
}

ExprPtr Builder::number(P::NumberLitContext *ctx) {
  std::string spelling = ctx->NUMBER()->getText();
  std::string digits;
  for (char c : spelling) {
    if (c != '_')
      digits += c;
  }
  bool isInteger = digits.find_first_of(".eE") == std::string::npos;
  double value = std::strtod(digits.c_str(), nullptr);
  SourceRange numberRange = loc.range(ctx->NUMBER()->getSymbol());
  if (!std::isfinite(value)) {
    failed = true;
    diags.error(numberRange) << "number '" << spelling
                             << "' is too large; the largest number is about 1.8e308";
    return nullptr;
  }
  std::uint64_t exact = 0;
  auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), exact);
  if (isInteger && (ec != std::errc() || exact > (std::uint64_t{1} << 53))) {
    failed = true;
    diags.error(numberRange) << "integer '" << spelling
                             << "' is too large to be exact; the largest is 2^53 "
                                "(9007199254740992); write it as a real number such as '1e16'";
    return nullptr;
  }
  std::optional<Unit> unit;
  if (auto *u = ctx->unit()) {
    Unit parsed;
    if (u->num) {
      parsed.numerator = u->num->getText();
      parsed.numeratorRange = loc.range(u->num);
    }
    if (u->den) {
      parsed.denominator = u->den->getText();
      parsed.denominatorRange = loc.range(u->den);
    }
    parsed.range = loc.range(u);
    unit = std::move(parsed);
  }
  return std::make_unique<NumberExpr>(loc.range(ctx), std::move(spelling), value, isInteger,
                                      std::move(unit));
}

ExprPtr Builder::string(antlr4::Token *token) {
  std::string text = token->getText();
  SourceRange range = loc.range(token);
  std::string value;
  for (std::size_t i = 1; i + 1 < text.size(); ++i) {
    if (text[i] != '\\') {
      value += text[i];
      continue;
    }
    char next = text[++i];
    switch (next) {
    case 'n':
      value += '\n';
      break;
    case 't':
      value += '\t';
      break;
    case '"':
    case '\\':
      value += next;
      break;
    default: {
      failed = true;
      // The escape's byte position: the token is one line, so byte offsets follow the text.
      auto at = range.begin;
      at.offset += static_cast<std::uint32_t>(i - 1);
      auto end = at;
      end.offset += 2;
      diags.error({at, end}) << "unknown escape sequence '\\" << next
                             << "' in string; the escapes are \\n, \\t, \\\" and \\\\";
      return nullptr;
    }
    }
  }
  return std::make_unique<StringExpr>(range, std::move(value));
}

std::vector<Argument> Builder::arguments(P::ArgumentsContext *ctx) {
  std::vector<Argument> args;
  if (!ctx)
    return args;
  for (auto *a : ctx->argument())
    args.push_back({optIdent(a->name()), expr(a->expr()), loc.range(a)});
  return args;
}

} // namespace

std::unique_ptr<Module> buildAst(P::SourceFileContext *tree, const TokenLocator &locator,
                                 antlr4::BufferedTokenStream &tokens, DiagnosticEngine &diags,
                                 const ParseOptions &options) {
  return Builder(locator, tokens, diags, options).module(tree);
}

} // namespace flux::syntax
