#include "io/SpikeWriter.h"
#include "io/ReadSpikeFile.h"

#include "ScratchDir.h"

#include <gtest/gtest.h>

#include <filesystem>

using namespace flux::rt;
using flux::test::readFile;
using flux::test::ScratchDir;
using flux::test::writeFile;

namespace {

const std::vector<PopulationInfo> kPopulations = {{"E", 0, 3}, {"I", 3, 2}};

// Times that only survive a shortest round-trip spelling, or one with all 17 digits.
const std::vector<SpikeRecord> kSpikes = {{0.1, 0},       {0.1 + 0.2, 4}, {1e-300, 2},
                                          {12345.678, 3}, {1e6, 1},       {2.5, 7}};

void writeSpikes(const std::string &path, const std::vector<SpikeRecord> &spikes,
                 bool finish = true) {
  std::string error;
  std::unique_ptr<SpikeWriter> writer = SpikeWriter::open(path, kPopulations, error);
  ASSERT_TRUE(writer) << error;
  for (const SpikeRecord &spike : spikes)
    writer->write(spike.timeMs, spike.neuron);
  if (finish) {
    ASSERT_TRUE(writer->finish(error)) << error;
  }
}

/// The error readSpikeFile gives for `path`, or "" when it reads.
std::string readError(const std::string &path) {
  std::string error;
  return readSpikeFile(path, error) ? "" : error;
}

void truncateBy(const std::string &path, std::uintmax_t bytes) {
  std::filesystem::resize_file(path, std::filesystem::file_size(path) - bytes);
}

} // namespace

TEST(RuntimeSpikeWriter, CsvHasTheHeaderAndOneLinePerSpike) {
  ScratchDir dir;
  writeSpikes(dir.path("spikes.csv"), {{0.1, 0}, {0.25, 4}, {2, 9}});
  EXPECT_EQ(readFile(dir.path("spikes.csv")), "time_ms,neuron,population,index\n"
                                              "0.1,0,E,0\n"
                                              "0.25,4,I,1\n"
                                              "2,9,,\n");
}

TEST(RuntimeSpikeWriter, CsvQuotesPopulationNamesThatNeedIt) {
  ScratchDir dir;
  std::string error;
  auto writer = SpikeWriter::open(dir.path("s.csv"), {{"a,\"b\"", 0, 1}}, error);
  ASSERT_TRUE(writer) << error;
  writer->write(1, 0);
  ASSERT_TRUE(writer->finish(error)) << error;
  EXPECT_EQ(readFile(dir.path("s.csv")),
            "time_ms,neuron,population,index\n1,0,\"a,\"\"b\"\"\",0\n");
}

TEST(RuntimeSpikeWriter, CsvRoundTripsExactly) {
  ScratchDir dir;
  writeSpikes(dir.path("spikes.csv"), kSpikes);
  std::string error;
  EXPECT_EQ(readSpikeFile(dir.path("spikes.csv"), error), kSpikes) << error;
}

TEST(RuntimeSpikeWriter, BinaryRoundTripsExactly) {
  ScratchDir dir;
  writeSpikes(dir.path("spikes.fspk"), kSpikes);
  std::string error;
  EXPECT_EQ(readSpikeFile(dir.path("spikes.fspk"), error), kSpikes) << error;
}

TEST(RuntimeSpikeWriter, BinaryLayoutIsTheDocumentedOne) {
  ScratchDir dir;
  writeSpikes(dir.path("spikes.fspk"), {{1.5, 4}});
  using namespace std::string_literals;
  const std::string expected = "FLUXSPK1"
                               "\x01\0\0\0"s         // version
                               "\x02\0\0\0"s         // populations
                               "\x01\0\0\0\0\0\0\0"s // record count
                               "\x3a\0\0\0\0\0\0\0"s // records offset: 32 + 13 + 13 = 58
                               "\0\0\0\0\x03\0\0\0\x01\0\0\0E"s
                               "\x03\0\0\0\x02\0\0\0\x01\0\0\0I"s
                               "\0\0\0\0\0\0\xf8\x3f\x04\0\0\0"s; // 1.5, neuron 4
  EXPECT_EQ(readFile(dir.path("spikes.fspk")), expected);
}

TEST(RuntimeSpikeWriter, UnfinishedBinaryFileReadsAsFarAsItsWholeRecords) {
  ScratchDir dir;
  writeSpikes(dir.path("spikes.fspk"), kSpikes, /*finish=*/false);
  std::string error;
  EXPECT_EQ(readSpikeFile(dir.path("spikes.fspk"), error), kSpikes) << error;
}

TEST(RuntimeSpikeWriter, FlushesToTheFileOnceTheBufferPasses64KiB) {
  ScratchDir dir;
  std::string error;
  auto writer = SpikeWriter::open(dir.path("spikes.fspk"), kPopulations, error);
  ASSERT_TRUE(writer) << error;
  for (int i = 0; i < 6000; ++i) // 72,000 bytes of records
    writer->write(i * 0.1, i % 5);
  EXPECT_GE(std::filesystem::file_size(dir.path("spikes.fspk")), 64u * 1024);
  ASSERT_TRUE(writer->finish(error)) << error;
  EXPECT_EQ(writer->spikesWritten(), 6000u);
  auto spikes = readSpikeFile(dir.path("spikes.fspk"), error);
  ASSERT_TRUE(spikes) << error;
  EXPECT_EQ(spikes->size(), 6000u);
}

TEST(RuntimeSpikeWriter, FlushMakesSpikesVisibleBeforeFinish) {
  ScratchDir dir;
  std::string error;
  auto writer = SpikeWriter::open(dir.path("spikes.csv"), kPopulations, error);
  ASSERT_TRUE(writer) << error;
  writer->write(1, 0);
  writer->flush();
  EXPECT_EQ(readFile(dir.path("spikes.csv")), "time_ms,neuron,population,index\n1,0,E,0\n");
}

TEST(RuntimeSpikeWriter, UnknownExtensionNamesTheAllowedOnes) {
  std::string error;
  EXPECT_FALSE(SpikeWriter::open("/tmp/spikes.txt", kPopulations, error));
  EXPECT_EQ(error, "cannot tell the spike file format of '/tmp/spikes.txt' from its extension "
                   "'.txt'; use .csv (text) or .fspk (binary)");
}

TEST(RuntimeSpikeWriter, OverlappingPopulationsAreAnError) {
  ScratchDir dir;
  std::string error;
  EXPECT_FALSE(SpikeWriter::open(dir.path("s.csv"), {{"E", 0, 4}, {"I", 3, 2}}, error));
  EXPECT_NE(error.find("populations 'E' and 'I' share neuron 3"), std::string::npos) << error;
}

TEST(RuntimeSpikeWriter, UnwritablePathIsAnError) {
  std::string error;
  EXPECT_FALSE(SpikeWriter::open("/nonexistent-dir/spikes.csv", kPopulations, error));
  EXPECT_EQ(error, "cannot create '/nonexistent-dir/spikes.csv': No such file or directory");
}

TEST(RuntimeReadSpikeFile, BinaryCutInsideARecord) {
  ScratchDir dir;
  writeSpikes(dir.path("s.fspk"), kSpikes);
  truncateBy(dir.path("s.fspk"), 5);
  EXPECT_EQ(readError(dir.path("s.fspk")),
            dir.path("s.fspk") + ": truncated: the file ends 7 bytes into a record, after 5 whole "
                                 "records");
}

TEST(RuntimeReadSpikeFile, FinishedBinaryCutAtARecordBoundary) {
  ScratchDir dir;
  writeSpikes(dir.path("s.fspk"), kSpikes);
  truncateBy(dir.path("s.fspk"), 24);
  EXPECT_EQ(readError(dir.path("s.fspk")),
            dir.path("s.fspk") +
                ": truncated or corrupt: the header counts 6 spikes but the file holds 4");
}

TEST(RuntimeReadSpikeFile, BinaryCutInsideTheHeader) {
  ScratchDir dir;
  writeFile(dir.path("s.fspk"), std::string("FLUXSPK1\x01\0\0\0", 12));
  EXPECT_EQ(readError(dir.path("s.fspk")),
            dir.path("s.fspk") + ": truncated: 12 bytes, shorter than the 32-byte header");
  writeFile(dir.path("empty.fspk"), "");
  EXPECT_NE(readError(dir.path("empty.fspk")).find("truncated: 0 bytes"), std::string::npos);
}

TEST(RuntimeReadSpikeFile, BinaryCutInsideThePopulationTable) {
  ScratchDir dir;
  writeSpikes(dir.path("s.fspk"), {});
  truncateBy(dir.path("s.fspk"), 3);
  EXPECT_EQ(readError(dir.path("s.fspk")),
            dir.path("s.fspk") + ": truncated: the records should start at byte 58 but the file "
                                 "has 55 bytes");
}

TEST(RuntimeReadSpikeFile, BinaryWithAnOverlongPopulationName) {
  ScratchDir dir;
  writeSpikes(dir.path("s.fspk"), kSpikes);
  std::string bytes = readFile(dir.path("s.fspk"));
  bytes[32 + 8] = '\x7f'; // the first population's name length
  writeFile(dir.path("s.fspk"), bytes);
  EXPECT_EQ(readError(dir.path("s.fspk")),
            dir.path("s.fspk") + ": corrupt population table (the name of entry 0 overruns the "
                                 "records offset)");
}

TEST(RuntimeReadSpikeFile, BinaryOfAnotherVersionOrKind) {
  ScratchDir dir;
  writeSpikes(dir.path("s.fspk"), kSpikes);
  std::string bytes = readFile(dir.path("s.fspk"));
  bytes[8] = 2;
  writeFile(dir.path("v2.fspk"), bytes);
  EXPECT_EQ(readError(dir.path("v2.fspk")),
            dir.path("v2.fspk") + ": format version 2; this reader knows version 1");
  writeFile(dir.path("text.fspk"), "time_ms,neuron\n");
  EXPECT_EQ(readError(dir.path("text.fspk")), dir.path("text.fspk") +
                                                  ": not a Flux spike file (it does not start with "
                                                  "\"FLUXSPK1\")");
}

TEST(RuntimeReadSpikeFile, CsvCutInsideALine) {
  ScratchDir dir;
  writeSpikes(dir.path("s.csv"), kSpikes);
  truncateBy(dir.path("s.csv"), 2);
  EXPECT_EQ(readError(dir.path("s.csv")),
            dir.path("s.csv") + ":7: the file ends inside this line: it is truncated");
}

TEST(RuntimeReadSpikeFile, CsvWithABadHeaderOrLine) {
  ScratchDir dir;
  writeFile(dir.path("empty.csv"), "");
  EXPECT_EQ(readError(dir.path("empty.csv")),
            dir.path("empty.csv") +
                ": the file is empty; expected the header 'time_ms,neuron,population,index'");
  writeFile(dir.path("header.csv"), "t,n\n");
  EXPECT_EQ(readError(dir.path("header.csv")),
            dir.path("header.csv") +
                ":1: expected the header 'time_ms,neuron,population,index', got 't,n'");
  writeFile(dir.path("line.csv"), "time_ms,neuron,population,index\n1,0,E,0\n1.5,x,E,1\n");
  EXPECT_EQ(readError(dir.path("line.csv")),
            dir.path("line.csv") + ":3: expected a time in ms and a neuron index, got '1.5,x,E,1'");
  writeFile(dir.path("big.csv"), "time_ms,neuron,population,index\n1,4294967296,E,0\n");
  EXPECT_NE(readError(dir.path("big.csv")).find(":2: expected a time"), std::string::npos);
}

TEST(RuntimeReadSpikeFile, MissingFile) {
  ScratchDir dir;
  EXPECT_EQ(readError(dir.path("none.csv")),
            "cannot open '" + dir.path("none.csv") + "': No such file or directory");
}
