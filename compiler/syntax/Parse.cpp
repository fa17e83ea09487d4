// The parser driver: checks the raw bytes, lexes, rejects bad tokens and runaway nesting, then
// parses in two stages (fast SLL, then full LL with error recovery only if SLL fails) and
// hands an error-free tree to the AST builder. Syntax errors are phrased here, in Flux's words.
#include "syntax/Parse.h"

#include "syntax/AntlrTokens.h"
#include "syntax/AstBuilder.h"

#include "FluxLexer.h"
#include "FluxParser.h"

#include "support/Utf8.h"

#include <algorithm>
#include <cstdio>
#include <sstream>

namespace flux::syntax {

using fluxgen::FluxLexer;
using fluxgen::FluxParser;

// ---------------------------------------------------------------------------------------------
// Token positions
// ---------------------------------------------------------------------------------------------

TokenLocator::TokenLocator(const SourceFile &file) : source(file) {
  const std::string &text = file.text();
  bool ascii = std::all_of(text.begin(), text.end(),
                           [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (ascii)
    return;
  // ANTLR's input stream drops a UTF-8 byte order mark: its code point 0 is the next one.
  std::uint32_t start = text.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;
  for (std::uint32_t i = start; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80)
      byteOfCodePoint.push_back(i);
  }
  byteOfCodePoint.push_back(static_cast<std::uint32_t>(text.size()));
}

SourceLocation TokenLocator::at(std::size_t codePoint) const {
  std::uint32_t size = static_cast<std::uint32_t>(source.text().size());
  std::uint32_t offset;
  if (byteOfCodePoint.empty())
    offset = static_cast<std::uint32_t>(std::min<std::size_t>(codePoint, size));
  else
    offset = codePoint < byteOfCodePoint.size() ? byteOfCodePoint[codePoint] : size;
  return source.location(offset);
}

SourceRange TokenLocator::range(const antlr4::Token *first, const antlr4::Token *last) const {
  if (first->getType() == antlr4::Token::EOF) {
    auto end = at(source.text().size());
    return {end, end};
  }
  std::size_t stop =
      last->getType() == antlr4::Token::EOF ? last->getStartIndex() : last->getStopIndex() + 1;
  return {at(first->getStartIndex()), at(std::max(stop, first->getStartIndex()))};
}

SourceRange TokenLocator::range(const antlr4::Token *token) const {
  return range(token, token);
}

SourceRange TokenLocator::range(antlr4::ParserRuleContext *ctx) const {
  return range(ctx->getStart(), ctx->getStop() ? ctx->getStop() : ctx->getStart());
}

namespace {

// ---------------------------------------------------------------------------------------------
// Syntax errors in Flux's words
// ---------------------------------------------------------------------------------------------

std::string describeToken(const antlr4::Token *token) {
  switch (token->getType()) {
  case antlr4::Token::EOF:
    return "end of file";
  case FluxLexer::ID:
    return "identifier '" + token->getText() + "'";
  case FluxLexer::NUMBER:
    return "number '" + token->getText() + "'";
  case FluxLexer::STRING:
    return "string " + token->getText();
  default:
    return "'" + token->getText() + "'";
  }
}

std::string describeTokenType(const antlr4::dfa::Vocabulary &vocabulary, std::size_t type) {
  switch (type) {
  case antlr4::Token::EOF:
    return "end of file";
  case FluxLexer::ID:
    return "an identifier";
  case FluxLexer::NUMBER:
    return "a number";
  case FluxLexer::STRING:
    return "a string";
  default:
    return vocabulary.getLiteralName(type);
  }
}

/// What the parser was looking for, phrased by the construct it was in when the expected
/// set is too long to list.
std::string describeExpected(antlr4::Parser *parser, const antlr4::misc::IntervalSet &set) {
  std::vector<std::size_t> types;
  for (auto t : set.toList()) {
    if (t == -1)
      types.push_back(antlr4::Token::EOF); // IntervalSet stores EOF as -1
    else if (t >= 0)
      types.push_back(static_cast<std::size_t>(t));
  }
  // An identifier is accepted wherever the soft keywords are: list it once.
  bool hasId = std::find(types.begin(), types.end(), FluxLexer::ID) != types.end();
  if (hasId) {
    std::erase_if(types, [](std::size_t t) {
      return t == FluxLexer::REFRACTORY || t == FluxLexer::EVOLVE || t == FluxLexer::CHECKED ||
             t == FluxLexer::EVERY || t == FluxLexer::WHEN || t == FluxLexer::AS;
    });
  }
  if (!types.empty() && types.size() <= 4) {
    std::string text;
    for (std::size_t i = 0; i < types.size(); ++i) {
      if (i > 0)
        text += i + 1 == types.size() ? " or " : ", ";
      text += describeTokenType(parser->getVocabulary(), types[i]);
    }
    return text;
  }
  for (auto *ctx = parser->getContext(); ctx;
       ctx = dynamic_cast<antlr4::ParserRuleContext *>(ctx->parent)) {
    switch (ctx->getRuleIndex()) {
    case FluxParser::RuleExpr:
    case FluxParser::RulePrimary:
    case FluxParser::RuleArgument:
    case FluxParser::RuleArguments:
      return "an expression";
    case FluxParser::RuleBlock:
    case FluxParser::RuleStatement:
      return "a statement (an assignment such as 'v += w', a call, 'let', 'if', 'fire' or "
             "'refractory for') or '}'";
    case FluxParser::RuleModelDecl:
    case FluxParser::RuleModelMember:
      return "a model member ('param', 'state', 'evolve', 'on', 'fire when', an override) "
             "or '}'";
    case FluxParser::RuleCircuitDecl:
    case FluxParser::RuleCircuitMember:
      return "a circuit member ('in', 'out', 'neuron', 'population', 'instance', 'input', "
             "'connect', 'for', 'if', 'let', a connection) or '}'";
    case FluxParser::RuleSourceFile:
    case FluxParser::RuleTopLevel:
      return "a declaration ('import', 'neuron', 'synapse', 'circuit', 'extern' or 'let')";
    default:
      break;
    }
  }
  return "something else";
}

bool isBinaryOperator(std::size_t type) {
  switch (type) {
  case FluxLexer::PLUS:
  case FluxLexer::MINUS:
  case FluxLexer::STAR:
  case FluxLexer::SLASH:
  case FluxLexer::PERCENT:
  case FluxLexer::LESS:
  case FluxLexer::LESS_EQ:
  case FluxLexer::GREATER:
  case FluxLexer::GREATER_EQ:
  case FluxLexer::EQ_EQ:
  case FluxLexer::BANG_EQ:
  case FluxLexer::AND:
  case FluxLexer::OR:
  case FluxLexer::AMP_AMP:
  case FluxLexer::PIPE_PIPE:
    return true;
  default:
    return false;
  }
}

bool startsExpression(std::size_t type) {
  switch (type) {
  case FluxLexer::NUMBER:
  case FluxLexer::STRING:
  case FluxLexer::ID:
  case FluxLexer::TRUE:
  case FluxLexer::FALSE:
  case FluxLexer::LPAREN:
  case FluxLexer::MINUS:
  case FluxLexer::PLUS:
  case FluxLexer::NOT:
  case FluxLexer::BANG:
  case FluxLexer::REFRACTORY:
  case FluxLexer::EVOLVE:
  case FluxLexer::CHECKED:
  case FluxLexer::EVERY:
  case FluxLexer::WHEN:
  case FluxLexer::AS:
    return true;
  default:
    return false;
  }
}

/// DefaultErrorStrategy's recovery with Flux's messages, reported to the DiagnosticEngine.
class FluxErrorStrategy : public antlr4::DefaultErrorStrategy {
public:
  FluxErrorStrategy(const TokenLocator &locator, DiagnosticEngine &diags)
      : locator(locator), diags(diags) {}

  unsigned errors = 0;

protected:
  void reportNoViableAlternative(antlr4::Parser *parser,
                                 const antlr4::NoViableAltException &e) override {
    report(e.getOffendingToken(), "unexpected " + describeToken(e.getOffendingToken()) +
                                      "; expected " +
                                      describeExpected(parser, parser->getExpectedTokens()));
  }

  void reportInputMismatch(antlr4::Parser *parser,
                           const antlr4::InputMismatchException &e) override {
    report(e.getOffendingToken(), "unexpected " + describeToken(e.getOffendingToken()) +
                                      "; expected " +
                                      describeExpected(parser, e.getExpectedTokens()));
  }

  void reportFailedPredicate(antlr4::Parser *, const antlr4::FailedPredicateException &e) override {
    report(e.getOffendingToken(), "unexpected " + describeToken(e.getOffendingToken()));
  }

  void reportUnwantedToken(antlr4::Parser *parser) override {
    if (inErrorRecoveryMode(parser))
      return;
    beginErrorCondition(parser);
    antlr4::Token *token = parser->getCurrentToken();
    report(token, "unexpected " + describeToken(token) + "; expected " +
                      describeExpected(parser, getExpectedTokens(parser)));
  }

  void reportMissingToken(antlr4::Parser *parser) override {
    if (inErrorRecoveryMode(parser))
      return;
    beginErrorCondition(parser);
    antlr4::Token *token = parser->getCurrentToken();
    report(token, "expected " + describeExpected(parser, getExpectedTokens(parser)) + " before " +
                      describeToken(token));
  }

private:
  void report(const antlr4::Token *token, const std::string &message) {
    ++errors;
    // `1 + *`, `(1 + )`, `v = 1 +` at the end: the parser stopped before the operator, but
    // what is missing is the operand after it. Say so, at the token that is not one.
    if (isBinaryOperator(token->getType())) {
      const antlr4::Token *next = nextOnChannel(token);
      if (next && !startsExpression(next->getType())) {
        diags.error(locator.range(next))
            << "unexpected " << describeToken(next) << "; expected an expression after '"
            << token->getText() << "'";
        return;
      }
    }
    // After `else` only a block or `if` can follow, whatever the enclosing rule expected.
    const antlr4::Token *before = previousOnChannel(token);
    if (before && before->getType() == FluxLexer::ELSE && token->getType() != FluxLexer::LBRACE &&
        token->getType() != FluxLexer::IF) {
      diags.error(locator.range(token))
          << "unexpected " << describeToken(token) << "; expected '{' or 'if' after 'else'";
      return;
    }
    diags.error(locator.range(token)) << message;
  }

  const antlr4::Token *previousOnChannel(const antlr4::Token *token) const {
    if (!tokens)
      return nullptr;
    for (std::size_t i = token->getTokenIndex(); i-- > 0;) {
      antlr4::Token *t = tokens->get(i);
      if (t->getChannel() == antlr4::Token::DEFAULT_CHANNEL)
        return t;
    }
    return nullptr;
  }

  const antlr4::Token *nextOnChannel(const antlr4::Token *token) const {
    if (!tokens)
      return nullptr;
    for (std::size_t i = token->getTokenIndex() + 1; i < tokens->size(); ++i) {
      antlr4::Token *t = tokens->get(i);
      if (t->getChannel() == antlr4::Token::DEFAULT_CHANNEL)
        return t;
    }
    return nullptr;
  }

public:
  antlr4::BufferedTokenStream *tokens = nullptr;

private:
  const TokenLocator &locator;
  DiagnosticEngine &diags;
};

// ---------------------------------------------------------------------------------------------
// Checks before the parser runs
// ---------------------------------------------------------------------------------------------

std::string formatSize(std::size_t bytes) {
  char buffer[32];
  if (bytes < 1024)
    std::snprintf(buffer, sizeof buffer, "%zu bytes", bytes);
  else if (bytes < (1 << 20))
    std::snprintf(buffer, sizeof buffer, "%.1f KiB", static_cast<double>(bytes) / 1024);
  else
    std::snprintf(buffer, sizeof buffer, "%.1f MiB", static_cast<double>(bytes) / (1 << 20));
  return buffer;
}

/// Size, encoding and NUL bytes: problems that make lexing pointless.
bool checkBytes(const SourceFile &file, DiagnosticEngine &diags, const ParseOptions &options) {
  const std::string &text = file.text();
  SourceRange start = SourceRange::at(file.location(0));
  if (text.size() > options.maxFileBytes) {
    diags.error(start) << "file is too large (" << formatSize(text.size()) << "; the limit is "
                       << formatSize(options.maxFileBytes)
                       << "); keep large connectivity in a table(\"file.csv\") and raise the "
                          "limit with --max-file-size if you must";
    return false;
  }
  if (auto bad = findInvalidUtf8(text)) {
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(text[*bad]));
    auto loc = file.location(static_cast<std::uint32_t>(*bad));
    diags.error({loc, file.location(static_cast<std::uint32_t>(*bad + 1))})
        << "invalid UTF-8 byte " << hex << "; Flux source files must be UTF-8 text";
    return false;
  }
  if (auto nul = text.find('\0'); nul != std::string::npos) {
    auto loc = file.location(static_cast<std::uint32_t>(nul));
    diags.error(SourceRange::at(loc)) << "unexpected NUL byte; is this a binary file?";
    return false;
  }
  return true;
}

std::string describeCodePoint(const antlr4::Token *token) {
  std::string text = token->getText();
  auto c = static_cast<unsigned char>(text.empty() ? 0 : text[0]);
  if (c < 0x20 || c == 0x7F) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "U+%04X", c);
    return std::string("control character ") + buffer;
  }
  return "character '" + text + "'";
}

/// Reports stray characters and unterminated strings or comments (lexed onto the hidden
/// channel by the grammar). Returns false if there were any.
bool checkTokens(const std::vector<antlr4::Token *> &tokens, const TokenLocator &locator,
                 DiagnosticEngine &diags) {
  bool ok = true;
  for (const antlr4::Token *token : tokens) {
    switch (token->getType()) {
    case FluxLexer::ERROR_CHAR:
      diags.error(locator.range(token)) << "unexpected " << describeCodePoint(token);
      ok = false;
      break;
    case FluxLexer::UNTERMINATED_STRING:
      diags.error(locator.range(token))
          << "unterminated string; add the closing '\"' on the same line";
      ok = false;
      break;
    case FluxLexer::UNTERMINATED_COMMENT: {
      auto begin = locator.at(token->getStartIndex());
      diags.error({begin, locator.at(token->getStartIndex() + 2)})
          << "unterminated comment; add '*/' to close it";
      ok = false;
      break;
    }
    default:
      break;
    }
    if (diags.limitReached())
      break;
  }
  return ok;
}

bool isPrefixOperator(std::size_t type) {
  return type == FluxLexer::MINUS || type == FluxLexer::PLUS || type == FluxLexer::BANG ||
         type == FluxLexer::NOT;
}

/// The parser recurses once per bracket and per prefix operator: refuse input that would
/// exhaust the stack, pointing at the first token past the limit.
bool checkNesting(const std::vector<antlr4::Token *> &tokens, const TokenLocator &locator,
                  DiagnosticEngine &diags, unsigned limit) {
  unsigned depth = 0;
  unsigned prefixRun = 0;
  for (const antlr4::Token *token : tokens) {
    if (token->getChannel() != antlr4::Token::DEFAULT_CHANNEL)
      continue;
    std::size_t type = token->getType();
    prefixRun = isPrefixOperator(type) ? prefixRun + 1 : 0;
    if (type == FluxLexer::LPAREN || type == FluxLexer::LBRACKET || type == FluxLexer::LBRACE)
      ++depth;
    else if ((type == FluxLexer::RPAREN || type == FluxLexer::RBRACKET ||
              type == FluxLexer::RBRACE) &&
             depth > 0)
      --depth;
    if (depth + prefixRun > limit) {
      diags.error(locator.range(token))
          << "nesting is too deep (more than " << limit
          << " levels of brackets and prefix operators); split the expression with 'let'";
      return false;
    }
  }
  return true;
}

/// Everything before parsing proper: bytes, tokens, nesting.
struct Lexed {
  std::unique_ptr<antlr4::ANTLRInputStream> input;
  std::unique_ptr<FluxLexer> lexer;
  std::unique_ptr<antlr4::CommonTokenStream> tokens;
};

std::optional<Lexed> lexChecked(const SourceFile &file, const TokenLocator &locator,
                                DiagnosticEngine &diags, const ParseOptions &options) {
  if (!checkBytes(file, diags, options))
    return std::nullopt;
  Lexed lexed;
  lexed.input = std::make_unique<antlr4::ANTLRInputStream>(file.text());
  lexed.input->name = file.path();
  lexed.lexer = std::make_unique<FluxLexer>(lexed.input.get());
  lexed.lexer->removeErrorListeners(); // every character matches a rule: nothing to report
  lexed.tokens = std::make_unique<antlr4::CommonTokenStream>(lexed.lexer.get());
  lexed.tokens->fill();
  if (!checkTokens(lexed.tokens->getTokens(), locator, diags))
    return std::nullopt;
  return lexed;
}

} // namespace

std::optional<std::vector<Token>> lex(const SourceFile &file, DiagnosticEngine &diags,
                                      const ParseOptions &options) {
  TokenLocator locator(file);
  auto lexed = lexChecked(file, locator, diags, options);
  if (!lexed)
    return std::nullopt;
  const auto &vocabulary = lexed->lexer->getVocabulary();
  std::vector<Token> result;
  for (const antlr4::Token *token : lexed->tokens->getTokens()) {
    Token t;
    t.kind = token->getType() == antlr4::Token::EOF
                 ? "EOF"
                 : std::string(vocabulary.getSymbolicName(token->getType()));
    t.text = token->getType() == antlr4::Token::EOF ? "" : token->getText();
    t.range = locator.range(token);
    t.hidden = token->getChannel() != antlr4::Token::DEFAULT_CHANNEL;
    result.push_back(std::move(t));
  }
  return result;
}

std::optional<Ast> parse(const SourceFile &file, DiagnosticEngine &diags,
                         const ParseOptions &options) {
  TokenLocator locator(file);
  auto lexed = lexChecked(file, locator, diags, options);
  if (!lexed || !checkNesting(lexed->tokens->getTokens(), locator, diags, options.maxNesting))
    return std::nullopt;

  FluxParser parser(lexed->tokens.get());
  parser.removeErrorListeners();
  FluxParser::SourceFileContext *tree = nullptr;
  try {
    // Stage 1: SLL prediction, bail out at the first error. Almost every file parses here.
    parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(
        antlr4::atn::PredictionMode::SLL);
    parser.setErrorHandler(std::make_shared<antlr4::BailErrorStrategy>());
    tree = parser.sourceFile();
  } catch (const antlr4::ParseCancellationException &) {
    tree = nullptr;
  }
  if (!tree) {
    // Stage 2: full LL with recovery, so every independent error is reported.
    auto strategy = std::make_shared<FluxErrorStrategy>(locator, diags);
    strategy->tokens = lexed->tokens.get();
    lexed->tokens->seek(0);
    parser.reset();
    parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(
        antlr4::atn::PredictionMode::LL);
    parser.setErrorHandler(strategy);
    tree = parser.sourceFile();
    if (strategy->errors > 0)
      return std::nullopt;
  }
  auto module = buildAst(tree, locator, *lexed->tokens, diags, options);
  if (!module)
    return std::nullopt;
  module->path = file.path();
  module->file = file.id();
  return Ast(std::move(module));
}

} // namespace flux::syntax
