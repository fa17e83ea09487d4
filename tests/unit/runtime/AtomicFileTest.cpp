#include "io/AtomicFile.h"

#include "ScratchDir.h"

#include <gtest/gtest.h>

using namespace flux::rt;
using flux::test::readFile;
using flux::test::ScratchDir;

TEST(RuntimeAtomicFile, WritesContentAndLeavesNoTemporaryFile) {
  ScratchDir dir;
  EXPECT_EQ(writeFileAtomically(dir.path("stats.json"), "{}\n"), std::nullopt);
  EXPECT_EQ(readFile(dir.path("stats.json")), "{}\n");
  EXPECT_EQ(dir.files(), std::vector<std::string>{"stats.json"});
}

TEST(RuntimeAtomicFile, ReplacesAnExistingFile) {
  ScratchDir dir;
  ASSERT_EQ(writeFileAtomically(dir.path("out.txt"), "a much longer old content\n"), std::nullopt);
  ASSERT_EQ(writeFileAtomically(dir.path("out.txt"), "new\n"), std::nullopt);
  EXPECT_EQ(readFile(dir.path("out.txt")), "new\n");
  EXPECT_EQ(dir.files(), std::vector<std::string>{"out.txt"});
}

TEST(RuntimeAtomicFile, MissingDirectoryIsAnErrorWithTheReason) {
  ScratchDir dir;
  const std::optional<std::string> error =
      writeFileAtomically(dir.path("missing/stats.json"), "{}");
  ASSERT_TRUE(error);
  EXPECT_NE(error->find("missing/stats.json.tmp-"), std::string::npos) << *error;
  EXPECT_NE(error->find("No such file or directory"), std::string::npos) << *error;
  EXPECT_TRUE(dir.files().empty());
}

TEST(RuntimeAtomicFile, FailedRenameRemovesTheTemporaryFile) {
  // A directory in the target's place: the temporary file is written, the rename fails.
  ScratchDir dir;
  std::filesystem::create_directory(dir.path("taken"));
  const std::optional<std::string> error = writeFileAtomically(dir.path("taken"), "data");
  ASSERT_TRUE(error);
  EXPECT_NE(error->find("cannot replace"), std::string::npos) << *error;
  EXPECT_EQ(dir.files(), std::vector<std::string>{"taken"});
}
