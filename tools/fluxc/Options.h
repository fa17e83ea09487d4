// fluxc's command line, parsed by Boost.Program_options into plain data for the driver.
#pragma once

#include "driver/Pipeline.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace flux::tool {

enum class Command { Check, Run, Build, Help, Version };
enum class ColorMode { Auto, Always, Never };

/// `fluxc run`'s settings.
struct RunSettings {
  double timeMs = 1000;
  std::string engine = "event";        // event | step
  std::string record;                  // spikes file (.csv or .fspk)
  std::vector<std::string> recordOnly; // globs over population names; empty: every population
  std::vector<std::string> probes;
  double probeEveryMs = 1;
  std::string probeOutput = "probes.csv";
  std::string raster;            // SVG file
  std::string statsJson;         // summary for scripts
  std::string report;            // HTML report for people
  std::string inject;            // value and current injection (CSV: time_ms,target,value)
  std::string control;           // live changes, a command a line (a FIFO): Control.h
  std::string saveCheckpoint;    // the run's whole state at its end
  std::string restoreCheckpoint; // the state to start from
  bool quiet = false;            // no progress bar, no summary
  double maxRateHz = 2000;       // a population firing faster than this on average stops the run
  int device = -1;               // --target gpu: the Vulkan device; -1 chooses
  std::uint64_t processes = 1;   // started by mpirun as one of this many: a distributed run
  std::string partition = "round-robin"; // distributed: round-robin | by-population
};

/// `fluxc build`'s settings (the output folder is CommandLine::output).
struct BuildSettings {
  std::string name; // default: the file's stem
  bool foldParams = false;
  bool shared = false;
  std::uint64_t embedSynapses = 1'000'000; // larger projections are regenerated at load time
};

struct CommandLine {
  Command command = Command::Check;
  std::vector<std::string> files;
  driver::PipelineOptions pipeline;
  ColorMode color = ColorMode::Auto;
  unsigned errorLimit = 20;
  bool verify = false;
  std::string output; // -o: write the emitted stage here instead of standard output
  std::string helpText;
  std::string target = "cpu"; // cpu | gpu | both (both: fluxc build only)
  RunSettings run;
  BuildSettings build;
};

/// "0.1ms", "20 s", "500us", "2min" or a bare number of ms; nullopt when not a duration.
std::optional<double> parseDuration(const std::string &text);

/// Parses argv. On a usage error returns nullopt and sets `error`.
std::optional<CommandLine> parseCommandLine(int argc, const char *const *argv, std::string &error);

} // namespace flux::tool
