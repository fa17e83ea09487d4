#include "aot/SharedLibrary.h"

#include "io/AtomicFile.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char **environ; // NOLINT(readability-identifier-naming): POSIX's name

namespace flux::aot {
namespace {

/// Runs `argv` (searched in PATH) and waits; its output goes to fluxc's. The exit status, or
/// -1 when it could not start.
int runProgram(const std::vector<std::string> &argv) {
  std::vector<char *> args;
  for (const auto &a : argv)
    args.push_back(const_cast<char *>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid = 0;
  if (posix_spawnp(&pid, args[0], nullptr, nullptr, args.data(), environ) != 0)
    return -1;
  int status = 0;
  if (waitpid(pid, &status, 0) < 0 || !WIFEXITED(status))
    return -1;
  return WEXITSTATUS(status);
}

} // namespace

std::optional<std::string> findRuntimeArchive() {
  std::error_code ec;
  auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    auto installed = exe.parent_path().parent_path() / "lib" / "libfluxrt.a";
    if (std::filesystem::is_regular_file(installed, ec))
      return installed.string();
  }
  if (std::filesystem::is_regular_file(FLUX_BUILD_RUNTIME_ARCHIVE, ec))
    return std::string(FLUX_BUILD_RUNTIME_ARCHIVE);
  return std::nullopt;
}

std::optional<std::string> linkSharedLibrary(const std::string &archive, const std::string &runtime,
                                             const std::string &name, const std::string &output) {
  // Only the C API and the network's descriptor are visible; the runtime's C++ stays inside.
  const std::string script = output + ".exports";
  if (auto error = rt::writeFileAtomically(script, "{\n  global:\n    flux_*;\n    " + name +
                                                       "_network;\n  local:\n    *;\n};\n"))
    return error;
  const char *cc = std::getenv("CC");
  const std::string temp = output + ".tmp-" + std::to_string(getpid());
  std::vector<std::string> argv = {cc != nullptr && *cc != '\0' ? cc : "cc",
                                   "-shared",
                                   "-o",
                                   temp,
                                   "-Wl,--whole-archive",
                                   archive,
                                   runtime,
                                   "-Wl,--no-whole-archive",
                                   "-Wl,--version-script=" + script,
                                   "-Wl,-soname,lib" + name + ".so",
                                   "-Wl,--strip-debug",
                                   "-lstdc++",
                                   "-lm"};
  int status = runProgram(argv);
  std::remove(script.c_str());
  if (status != 0) {
    std::remove(temp.c_str());
    return status < 0 ? "cannot run the C compiler '" + argv[0] +
                            "' to link the shared library (install one, or set CC)"
                      : "linking the shared library '" + output + "' failed (" + argv[0] +
                            " exited with status " + std::to_string(status) + ")";
  }
  std::error_code ec;
  std::filesystem::rename(temp, output, ec);
  if (ec) {
    std::remove(temp.c_str());
    return "cannot write '" + output + "': " + ec.message();
  }
  return std::nullopt;
}

} // namespace flux::aot
