#include "support/Diagnostic.h"
#include "support/TextDiagnosticPrinter.h"

#include <gtest/gtest.h>

#include <sstream>

using namespace flux;

namespace {

struct Fixture {
  SourceManager sources;
  const SourceFile &file = sources.addBuffer("m.flux", "neuron A {\n\tparam x = 2 mV\n}\n");
  std::ostringstream out;
  DiagnosticEngine diags{sources};
  Fixture() { diags.addConsumer(std::make_shared<TextDiagnosticPrinter>(out, sources, false)); }
  SourceRange range(std::uint32_t begin, std::uint32_t end) {
    return {file.location(begin), file.location(end)};
  }
};

} // namespace

TEST(Diagnostic, PrintsLocationLineAndUnderline) {
  Fixture f;
  f.diags.error(f.range(22, 26)) << "'x' expects a time, got a voltage [mV]";
  EXPECT_EQ(f.out.str(), "m.flux:2:12: error: 'x' expects a time, got a voltage [mV]\n"
                         "        param x = 2 mV\n"
                         "                  ^~~~\n");
}

TEST(Diagnostic, NotesAndFixItsFollowTheError) {
  Fixture f;
  f.diags.error(f.range(7, 8)).note(f.range(0, 6), "declared here").fixIt(f.range(7, 7), "B")
      << "bad name";
  std::string text = f.out.str();
  EXPECT_NE(text.find("m.flux:1:8: error: bad name\n"), std::string::npos);
  EXPECT_NE(text.find("m.flux:1:1: note: declared here\n"), std::string::npos);
  EXPECT_NE(text.find("\n       B\n"), std::string::npos);
}

TEST(Diagnostic, ErrorLimitStopsReporting) {
  Fixture f;
  f.diags.setErrorLimit(2);
  for (int i = 0; i < 5; ++i)
    f.diags.error(f.range(0, 1)) << "e" << i;
  EXPECT_EQ(f.diags.errorCount(), 2u);
  EXPECT_TRUE(f.diags.limitReached());
  EXPECT_NE(f.out.str().find("too many errors emitted"), std::string::npos);
  EXPECT_EQ(f.out.str().find("e2"), std::string::npos);
}

TEST(Diagnostic, SummaryCountsErrorsAndWarnings) {
  Fixture f;
  f.diags.error(f.range(0, 1)) << "one";
  f.diags.warning(f.range(0, 1)) << "two";
  f.diags.finish();
  EXPECT_NE(f.out.str().find("1 warning and 1 error generated.\n"), std::string::npos);
}

TEST(Diagnostic, ColourWrapsSeverityAndCaret) {
  SourceManager sources;
  const SourceFile &file = sources.addBuffer("c.flux", "x\n");
  std::ostringstream out;
  DiagnosticEngine diags(sources);
  diags.addConsumer(std::make_shared<TextDiagnosticPrinter>(out, sources, true));
  diags.error({file.location(0), file.location(1)}) << "oops";
  EXPECT_NE(out.str().find("\033[1;31merror: "), std::string::npos);
  EXPECT_NE(out.str().find("\033[1;32m^"), std::string::npos);
}

TEST(Diagnostic, LongLinesShowAWindowAroundTheCaret) {
  SourceManager sources;
  std::string line(500, 'a');
  line[300] = 'X';
  const SourceFile &file = sources.addBuffer("long.flux", line);
  std::ostringstream out;
  DiagnosticEngine diags(sources);
  diags.addConsumer(std::make_shared<TextDiagnosticPrinter>(out, sources, false));
  diags.error({file.location(300), file.location(301)}) << "here";
  std::istringstream lines(out.str());
  std::string header, text, caret;
  std::getline(lines, header);
  std::getline(lines, text);
  std::getline(lines, caret);
  EXPECT_LE(text.size(), 170u);
  EXPECT_EQ(text.substr(0, 3), "...");
  ASSERT_EQ(caret.size(), text.find('X') + 1);
  EXPECT_EQ(caret.back(), '^');
}
