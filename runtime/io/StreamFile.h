// A file written while a run goes on (spikes, probes). Output gathers in memory and goes to the
// OS once 64 KiB have gathered or the oldest buffered byte is half a second old, so a crash or a
// kill loses at most that much, and the run makes one write call per 64 KiB, not one per spike.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

namespace flux::rt {

class StreamFile {
public:
  static constexpr std::size_t kFlushBytes = std::size_t{64} * 1024;
  static constexpr std::chrono::milliseconds kMaxAge{500};

  /// Creates or truncates `path`; nullptr and a message in `error` when that fails.
  static std::unique_ptr<StreamFile> create(const std::string &path, std::string &error);
  ~StreamFile(); // writes what is buffered, best effort, so unwinding keeps the data
  StreamFile(const StreamFile &) = delete;
  StreamFile &operator=(const StreamFile &) = delete;

  /// The bytes not yet written: append to it, then call appended().
  std::string &buffer() { return pending; }

  void appended() {
    if (pending.size() >= kFlushBytes) {
      flush();
    } else if (++appendsSinceClockCheck >= kAppendsPerClockCheck) {
      appendsSinceClockCheck = 0;
      flushIfOld();
    }
  }

  /// Writes the buffer to the OS (not to the disk: no fsync, that is the OS's job).
  void flush();
  /// Flushes when the oldest buffered byte is older than kMaxAge. Reads the clock once.
  void flushIfOld();
  /// Overwrites bytes already written (a header field), after flushing the buffer.
  void writeAt(std::uint64_t offset, std::string_view bytes);
  /// Flushes and closes; false and the first error of the file's life in `error` on failure.
  bool close(std::string &error);

  [[nodiscard]] bool failed() const { return !firstError.empty(); }

private:
  StreamFile(int fd, std::string path) : fd(fd), path(std::move(path)) {}
  void recordError(const char *what, int error);

  // Reading the clock costs ~20 ns; every 256 appends it is free next to the formatting.
  static constexpr int kAppendsPerClockCheck = 256;

  int fd;
  std::string path;
  std::string pending;
  std::chrono::steady_clock::time_point lastFlush = std::chrono::steady_clock::now();
  int appendsSinceClockCheck = 0;
  std::string firstError; // once set, later output is dropped: the file is already incomplete
};

} // namespace flux::rt
