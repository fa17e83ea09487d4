// fluxc: the Flux compiler's command-line tool. Parses options and hands over to the driver.
#include "BuildCommand.h"
#include "Options.h"
#include "RunCommand.h"
#include "distributed/MpiExchange.h"

#include "codegen/llvm/HostTarget.h"
#include "support/TextDiagnosticPrinter.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <unistd.h>

namespace {

using namespace flux;

bool useColor(tool::ColorMode mode) {
  if (mode != tool::ColorMode::Auto)
    return mode == tool::ColorMode::Always;
  const char *term = std::getenv("TERM");
  return isatty(STDERR_FILENO) && std::getenv("NO_COLOR") == nullptr && term &&
         std::string(term) != "dumb";
}

int printVersion() {
  auto host = llvmgen::detectHostTarget();
  std::cout << "fluxc 0.1.0\n"
            << "LLVM " << host.llvmVersion << ", host " << host.triple << " (" << host.cpu << ", "
            << host.vectorBits << "-bit vectors)\n";
  return 0;
}

/// Writes `text` to `path` through a temporary file and a rename, so a failed run never leaves
/// a half-written output behind.
bool writeAtomically(const std::string &path, const std::string &text, std::string &error) {
  std::string temp = path + ".tmp";
  errno = 0;
  {
    std::ofstream out(temp, std::ios::binary);
    out << text;
    out.flush();
    if (!out) {
      error = "cannot write '" + path + "': " + (errno ? std::strerror(errno) : "write failed");
      std::remove(temp.c_str());
      return false;
    }
  }
  if (std::rename(temp.c_str(), path.c_str()) != 0) {
    error = "cannot write '" + path + "': " + std::strerror(errno);
    std::remove(temp.c_str());
    return false;
  }
  return true;
}

} // namespace

int main(int argc, char **argv) {
  std::string usageError;
  auto cl = tool::parseCommandLine(argc, argv, usageError);
  if (!cl) {
    std::cerr << "fluxc: error: " << usageError << '\n';
    return 1;
  }
  switch (cl->command) {
  case tool::Command::Help:
    std::cout << cl->helpText;
    return 0;
  case tool::Command::Version:
    return printVersion();
  case tool::Command::Build:
  case tool::Command::Run: {
    SourceManager sources;
    DiagnosticEngine diags(sources);
    diags.setErrorLimit(cl->errorLimit);
    diags.addConsumer(
        std::make_shared<TextDiagnosticPrinter>(std::cerr, sources, useColor(cl->color)));
    int status = cl->command == tool::Command::Run ? tool::runCommand(*cl, sources, diags)
                                                   : tool::buildCommand(*cl, sources, diags);
    diags.finish();
    rt::finishMpi(); // a distributed run (no-op otherwise)
    return status;
  }
  case tool::Command::Check:
    break;
  }

  SourceManager sources;
  if (cl->verify) {
    bool ok = true;
    for (const auto &file : cl->files)
      ok = driver::verifyFile(file, cl->pipeline, sources, std::cerr) && ok;
    return ok ? 0 : 1;
  }

  DiagnosticEngine diags(sources);
  diags.setErrorLimit(cl->errorLimit);
  diags.addConsumer(
      std::make_shared<TextDiagnosticPrinter>(std::cerr, sources, useColor(cl->color)));
  std::ostringstream emitted;
  bool ok = true;
  for (const auto &file : cl->files) {
    ok = driver::compileFile(file, cl->pipeline, sources, diags, emitted) && ok;
    if (diags.limitReached())
      break;
  }
  diags.finish();
  if (!ok)
    return 1;
  if (cl->output.empty()) {
    std::cout << emitted.str();
    std::cout.flush();
    return std::cout ? 0 : 1;
  }
  std::string error;
  if (!writeAtomically(cl->output, emitted.str(), error)) {
    std::cerr << "fluxc: error: " << error << '\n';
    return 1;
  }
  return 0;
}
