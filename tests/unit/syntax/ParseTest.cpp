#include "Helpers.h"

#include <gtest/gtest.h>

using namespace flux;
using flux::test::parseSource;

namespace {

std::string firstMessage(const test::ParseResult &r) {
  return r.diagnostics.empty() ? "" : r.diagnostics.front().message;
}

} // namespace

TEST(Parse, EmptyFileIsAnEmptyModule) {
  auto r = parseSource("");
  ASSERT_TRUE(r.ast);
  EXPECT_TRUE(r.ast->module().decls.empty());
}

TEST(Parse, MultiplicationBindsTighterThanAddition) {
  auto r = parseSource("let x = 1 + 2 * 3");
  ASSERT_TRUE(r.ast) << r.rendered;
  EXPECT_NE(r.dump.find("Binary +\n      Int 1\n      Binary *\n"), std::string::npos) << r.dump;
}

TEST(Parse, UnaryMinusBindsTighterThanMultiplication) {
  auto r = parseSource("let x = -a * b");
  ASSERT_TRUE(r.ast) << r.rendered;
  EXPECT_NE(r.dump.find("Binary *\n      Unary -\n        Name a\n"), std::string::npos) << r.dump;
}

TEST(Parse, UnitsAttachToNumbers) {
  auto r = parseSource("let a = 2 ms\nlet b = 0.05 per ms\nlet c = 0.5 mV per ms");
  ASSERT_TRUE(r.ast) << r.rendered;
  EXPECT_NE(r.dump.find("Int 2 [ms]"), std::string::npos);
  EXPECT_NE(r.dump.find("Real 0.05 [per ms]"), std::string::npos);
  EXPECT_NE(r.dump.find("Real 0.5 [mV per ms]"), std::string::npos);
}

TEST(Parse, StatementsNeedNoSemicolons) {
  auto r = parseSource("neuron N extends M {\n  threshold = 0.6\n  refractory = 1 ms\n}\n");
  ASSERT_TRUE(r.ast) << r.rendered;
  EXPECT_NE(r.dump.find("Override threshold\n      Real 0.6\n    Override refractory\n"),
            std::string::npos)
      << r.dump;
}

TEST(Parse, SoftKeywordsAreNames) {
  auto r = parseSource("neuron N { param refractory = 2 ms\n on fire { refractory for refractory } "
                       "on direct(w) { if refractory { fire } } }");
  ASSERT_TRUE(r.ast) << r.rendered;
  EXPECT_NE(r.dump.find("Param refractory"), std::string::npos);
  EXPECT_NE(r.dump.find("RefractoryFor\n        Name refractory"), std::string::npos) << r.dump;
}

TEST(Parse, DocCommentsAttachToDeclarations) {
  auto r = parseSource("/// First line.\n/// Second line.\nneuron N {\n  /** A parameter. */\n"
                       "  param p = 1\n}\n");
  ASSERT_TRUE(r.ast) << r.rendered;
  EXPECT_NE(r.dump.find("Doc \"First line.\\nSecond line.\""), std::string::npos) << r.dump;
  EXPECT_NE(r.dump.find("Doc \"A parameter.\""), std::string::npos) << r.dump;
}

TEST(Parse, ReportsEveryIndependentSyntaxError) {
  auto r = parseSource("neuron A { param = 1 }\n"
                       "circuit B { population E[10 : M }\n"
                       "neuron C { on direct(w) { w += } }\n");
  EXPECT_FALSE(r.ast);
  ASSERT_EQ(r.diagnostics.size(), 3u) << r.rendered;
  EXPECT_EQ(r.diagnostics[0].message, "expected an identifier before '='");
}

TEST(Parse, InvalidUtf8IsOneClearError) {
  auto r = parseSource("neuron A {}\n\xFF\xFE");
  EXPECT_FALSE(r.ast);
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(firstMessage(r), "invalid UTF-8 byte 0xFF; Flux source files must be UTF-8 text");
}

TEST(Parse, NulByteIsReportedAsBinary) {
  auto r = parseSource(std::string("neuron A {}\n\0x", 14));
  EXPECT_FALSE(r.ast);
  EXPECT_EQ(firstMessage(r), "unexpected NUL byte; is this a binary file?");
}

TEST(Parse, DeepParenthesesAreRefusedNotACrash) {
  std::string text = "let x = " + std::string(10000, '(') + "1" + std::string(10000, ')');
  auto r = parseSource(text);
  EXPECT_FALSE(r.ast);
  EXPECT_NE(firstMessage(r).find("nesting is too deep"), std::string::npos);
}

TEST(Parse, LongPrefixOperatorChainsAreRefused) {
  auto r = parseSource("let x = " + std::string(5000, '-') + "1");
  EXPECT_FALSE(r.ast);
  EXPECT_NE(firstMessage(r).find("nesting is too deep"), std::string::npos);
}

TEST(Parse, LongFlatExpressionsParseUntilTheDepthLimit) {
  std::string sum = "let x = 0";
  for (int i = 0; i < 900; ++i)
    sum += " + 1";
  EXPECT_TRUE(parseSource(sum).ast);
  for (int i = 0; i < 200; ++i)
    sum += " + 1";
  auto r = parseSource(sum);
  EXPECT_FALSE(r.ast);
  EXPECT_NE(firstMessage(r).find("expression is too deeply nested"), std::string::npos);
}

TEST(Parse, LongElseIfChainsDoNotNest) {
  std::string text = "neuron A { on fire { if a { fire }";
  for (int i = 0; i < 3000; ++i)
    text += " else if a { fire }";
  text += " } }";
  auto r = parseSource(text);
  ASSERT_TRUE(r.ast) << r.rendered;
}

TEST(Parse, FilesOverTheSizeLimitAreRefused) {
  syntax::ParseOptions options;
  options.maxFileBytes = 64;
  auto r = parseSource(std::string(100, ' '), options);
  EXPECT_FALSE(r.ast);
  EXPECT_NE(firstMessage(r).find("file is too large"), std::string::npos);
}

TEST(Parse, NonAsciiColumnsAreBytes) {
  // 'é' is two bytes: the '@' after it is at byte column 17.
  auto r = parseSource("// café\nlet é_x = 1\nlet y = @");
  ASSERT_FALSE(r.diagnostics.empty());
  EXPECT_NE(r.rendered.find("test.flux:2:5: error: unexpected character 'é'"), std::string::npos)
      << r.rendered;
}
