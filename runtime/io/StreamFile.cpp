// StreamFile: buffered POSIX writes with the errors kept until close().
#include "io/StreamFile.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace flux::rt {

std::unique_ptr<StreamFile> StreamFile::create(const std::string &path, std::string &error) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (fd < 0) {
    error = "cannot create '" + path + "': " + std::strerror(errno);
    return nullptr;
  }
  std::unique_ptr<StreamFile> file(new StreamFile(fd, path));
  file->pending.reserve(kFlushBytes + 4096);
  return file;
}

StreamFile::~StreamFile() {
  if (fd >= 0) {
    flush();
    ::close(fd);
  }
}

void StreamFile::recordError(const char *what, int error) {
  if (firstError.empty())
    firstError = std::string("cannot ") + what + " '" + path + "': " + std::strerror(error);
}

void StreamFile::flush() {
  // The age of buffered data counts from the last flush: an upper bound on the oldest byte's age.
  lastFlush = std::chrono::steady_clock::now();
  if (failed() || fd < 0) {
    pending.clear();
    return;
  }
  std::string_view rest = pending;
  while (!rest.empty()) {
    const ssize_t written = ::write(fd, rest.data(), rest.size());
    if (written < 0) {
      if (errno == EINTR)
        continue;
      recordError("write", errno);
      break;
    }
    rest.remove_prefix(static_cast<std::size_t>(written));
  }
  pending.clear();
}

void StreamFile::flushIfOld() {
  if (!pending.empty() && std::chrono::steady_clock::now() - lastFlush >= kMaxAge)
    flush();
}

void StreamFile::writeAt(std::uint64_t offset, std::string_view bytes) {
  flush();
  if (failed() || fd < 0)
    return;
  while (!bytes.empty()) {
    const ssize_t written = ::pwrite(fd, bytes.data(), bytes.size(), static_cast<off_t>(offset));
    if (written < 0) {
      if (errno == EINTR)
        continue;
      recordError("write", errno);
      return;
    }
    bytes.remove_prefix(static_cast<std::size_t>(written));
    offset += static_cast<std::uint64_t>(written);
  }
}

bool StreamFile::close(std::string &error) {
  if (fd >= 0) {
    flush();
    if (::close(fd) != 0)
      recordError("close", errno);
    fd = -1;
  }
  if (failed()) {
    error = firstError;
    return false;
  }
  return true;
}

} // namespace flux::rt
