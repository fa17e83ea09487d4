// writeFileAtomically: write a temporary file beside the target, fsync, rename. rename() within
// one directory is atomic on POSIX file systems, which is the whole point of the temporary name.
#include "io/AtomicFile.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace flux::rt {

namespace {

std::string systemError(const std::string &what, const std::string &path, int error) {
  return "cannot " + what + " '" + path + "': " + std::strerror(error);
}

/// Writes all of `content`, retrying short writes and interrupted calls; false sets errno.
bool writeAll(int fd, std::string_view content) {
  while (!content.empty()) {
    const ssize_t written = ::write(fd, content.data(), content.size());
    if (written < 0) {
      if (errno == EINTR)
        continue;
      return false;
    }
    content.remove_prefix(static_cast<std::size_t>(written));
  }
  return true;
}

} // namespace

std::optional<std::string> writeFileAtomically(const std::string &path, std::string_view content) {
  const std::string temporary = path + ".tmp-" + std::to_string(::getpid());
  const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (fd < 0)
    return systemError("create", temporary, errno);
  // fsync before rename: otherwise a power cut can leave the new name pointing at an empty file.
  if (!writeAll(fd, content) || ::fsync(fd) != 0) {
    const int error = errno;
    ::close(fd);
    ::unlink(temporary.c_str());
    return systemError("write", temporary, error);
  }
  if (::close(fd) != 0) {
    const int error = errno;
    ::unlink(temporary.c_str());
    return systemError("write", temporary, error);
  }
  if (::rename(temporary.c_str(), path.c_str()) != 0) {
    const int error = errno;
    ::unlink(temporary.c_str());
    return systemError("replace", path, error);
  }
  return std::nullopt;
}

} // namespace flux::rt
