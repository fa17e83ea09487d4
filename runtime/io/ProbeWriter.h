// Streams sampled state values (membrane potentials, conductances, ...) to a CSV file while a
// run goes on: one row per sample time, one column per probe. Same flushing discipline as
// SpikeWriter: a crash loses at most the last 64 KiB or half second of rows.
#pragma once

#include "io/StreamFile.h"

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace flux::rt {

/// Not thread-safe: one thread samples.
class ProbeWriter {
public:
  /// Creates `path` and writes the header `time_ms,<probe names...>` (names quoted for CSV
  /// where needed); nullptr and a message in `error` when the file cannot be created.
  static std::unique_ptr<ProbeWriter>
  open(const std::string &path, const std::vector<std::string> &probeNames, std::string &error);

  /// One row: `values` holds one value per probe, in the order of the names given to open().
  void sample(double timeMs, std::span<const double> values);
  void flush() { file->flush(); }
  /// Flushes when buffered rows are older than half a second; cheap enough for every step.
  void poll() { file->flushIfOld(); }
  /// Writes what is buffered and closes; false and a message if any write failed since open.
  bool finish(std::string &error) { return file->close(error); }

  [[nodiscard]] std::size_t probeCount() const { return columns; }
  [[nodiscard]] std::uint64_t samplesWritten() const { return rows; }

private:
  ProbeWriter(std::unique_ptr<StreamFile> file, std::size_t columns)
      : file(std::move(file)), columns(columns) {}

  std::unique_ptr<StreamFile> file;
  std::size_t columns;
  std::uint64_t rows = 0;
};

} // namespace flux::rt
