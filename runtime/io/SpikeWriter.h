// Streams the spikes of a run to a file while the run goes on: text (.csv) or compact binary
// (.fspk), both described in docs/recording.md. A crash loses at most the last 64 KiB or half
// second of spikes (StreamFile); readSpikeFile (io/ReadSpikeFile.h) reads both formats back.
#pragma once

#include "io/PopulationIndex.h"
#include "io/PopulationInfo.h"
#include "io/SpikeFormat.h"
#include "io/StreamFile.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace flux::rt {

/// Not thread-safe: one engine thread writes, or the engine merges its threads' spikes first.
class SpikeWriter {
public:
  /// Creates `path` (format from the extension) and writes its header; nullptr and a message in
  /// `error` for an unknown extension, overlapping populations or a file that cannot be created.
  static std::unique_ptr<SpikeWriter>
  open(const std::string &path, std::vector<PopulationInfo> populations, std::string &error);

  /// Buffers one spike; a neuron outside every population is written with an empty population
  /// name and index in CSV. Errors surface in finish().
  void write(double timeMs, std::uint32_t neuron);
  /// Writes the buffer to the OS now.
  void flush() { file->flush(); }
  /// Flushes when the buffer holds spikes older than half a second: call it once per step (it
  /// reads the clock only while spikes are buffered) so quiet stretches of a run reach the disk.
  void poll() { file->flushIfOld(); }
  /// Writes what is buffered, completes the header (.fspk) and closes; false and a message in
  /// `error` if any write failed since open.
  bool finish(std::string &error);

  [[nodiscard]] std::uint64_t spikesWritten() const { return written; }

private:
  SpikeWriter(SpikeFormat format, std::unique_ptr<StreamFile> file,
              std::vector<PopulationInfo> populations);
  void writeHeader();
  void writeCsvLine(double timeMs, std::uint32_t neuron);

  SpikeFormat format;
  std::unique_ptr<StreamFile> file;
  std::vector<PopulationInfo> populations;
  PopulationIndex index;
  std::vector<std::string> csvNames; // population names quoted for CSV where they need it
  std::uint64_t written = 0;
  bool finished = false;
};

} // namespace flux::rt
