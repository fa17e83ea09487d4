// fluxc's command line, parsed by Boost.Program_options into plain data for the driver.
#pragma once

#include "driver/Pipeline.h"

#include <optional>
#include <string>
#include <vector>

namespace flux::tool {

enum class Command { Check, Run, Build, Help, Version };
enum class ColorMode { Auto, Always, Never };

struct CommandLine {
  Command command = Command::Check;
  std::vector<std::string> files;
  driver::PipelineOptions pipeline;
  ColorMode color = ColorMode::Auto;
  unsigned errorLimit = 20;
  bool verify = false;
  std::string output; // -o: write the emitted stage here instead of standard output
  std::string helpText;
};

/// Parses argv. On a usage error returns nullopt and sets `error`.
std::optional<CommandLine> parseCommandLine(int argc, const char *const *argv, std::string &error);

} // namespace flux::tool
