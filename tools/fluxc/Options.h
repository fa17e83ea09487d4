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

/// "0.1ms", "20 s", "500us", "2min" or a bare number of ms; nullopt when not a duration.
std::optional<double> parseDuration(const std::string &text);

/// Parses argv. On a usage error returns nullopt and sets `error`.
std::optional<CommandLine> parseCommandLine(int argc, const char *const *argv, std::string &error);

} // namespace flux::tool
