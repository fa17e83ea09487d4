#include "support/SourceManager.h"

#include <gtest/gtest.h>

using namespace flux;

TEST(SourceManager, MapsOffsetsToLinesAndColumns) {
  SourceManager sources;
  const SourceFile &file = sources.addBuffer("a.flux", "ab\ncd\r\n\nx");
  EXPECT_EQ(file.lineColumn(0).line, 1u);
  EXPECT_EQ(file.lineColumn(1).column, 2u);
  EXPECT_EQ(file.lineColumn(3).line, 2u);
  EXPECT_EQ(file.lineColumn(3).column, 1u);
  EXPECT_EQ(file.lineColumn(7).line, 3u);
  EXPECT_EQ(file.lineColumn(8).line, 4u);
  EXPECT_EQ(file.lineColumn(9).column, 2u);
  EXPECT_EQ(file.lineCount(), 4u);
}

TEST(SourceManager, LineTextDropsTerminators) {
  SourceManager sources;
  const SourceFile &file = sources.addBuffer("a.flux", "ab\ncd\r\n\nx");
  EXPECT_EQ(file.lineText(1), "ab");
  EXPECT_EQ(file.lineText(2), "cd");
  EXPECT_EQ(file.lineText(3), "");
  EXPECT_EQ(file.lineText(4), "x");
  EXPECT_EQ(file.lineText(5), "");
}

TEST(SourceManager, OffsetPastTheEndIsTheLastPosition) {
  SourceManager sources;
  const SourceFile &file = sources.addBuffer("a.flux", "ab\n");
  LineColumn lc = file.lineColumn(100);
  EXPECT_EQ(lc.line, 2u);
  EXPECT_EQ(lc.column, 1u);
}

TEST(SourceManager, MissingFileAndDirectoryAreErrors) {
  SourceManager sources;
  std::string error;
  EXPECT_EQ(sources.loadFile("/nonexistent/file.flux", error), nullptr);
  EXPECT_NE(error.find("No such file"), std::string::npos);
  EXPECT_EQ(sources.loadFile("/", error), nullptr);
  EXPECT_EQ(error, "is a directory");
}
