#include "io/ProbeWriter.h"

#include "ScratchDir.h"

#include <gtest/gtest.h>

#include <limits>

using namespace flux::rt;
using flux::test::readFile;
using flux::test::ScratchDir;

TEST(RuntimeProbeWriter, WritesTheHeaderAndOneRowPerSample) {
  ScratchDir dir;
  std::string error;
  auto writer = ProbeWriter::open(dir.path("probes.csv"), {"E[0].v", "I[3].g,exc"}, error);
  ASSERT_TRUE(writer) << error;
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double inf = std::numeric_limits<double>::infinity();
  writer->sample(0, std::vector<double>{-65, 0});
  writer->sample(0.1, std::vector<double>{-64.98765432109876, 1e-9});
  writer->sample(0.2, std::vector<double>{nan, -inf});
  ASSERT_TRUE(writer->finish(error)) << error;
  EXPECT_EQ(writer->samplesWritten(), 3u);
  EXPECT_EQ(readFile(dir.path("probes.csv")), "time_ms,E[0].v,\"I[3].g,exc\"\n"
                                              "0,-65,0\n"
                                              "0.1,-64.98765432109876,1e-09\n"
                                              "0.2,nan,-inf\n");
}

TEST(RuntimeProbeWriter, WithoutProbesWritesTimesOnly) {
  ScratchDir dir;
  std::string error;
  auto writer = ProbeWriter::open(dir.path("probes.csv"), {}, error);
  ASSERT_TRUE(writer) << error;
  writer->sample(1.5, {});
  writer->flush();
  EXPECT_EQ(readFile(dir.path("probes.csv")), "time_ms\n1.5\n");
}

TEST(RuntimeProbeWriter, UncreatableFileIsAnError) {
  std::string error;
  EXPECT_FALSE(ProbeWriter::open("/nonexistent-dir/probes.csv", {"v"}, error));
  EXPECT_EQ(error, "cannot create '/nonexistent-dir/probes.csv': No such file or directory");
}
