#include "Options.h"

#include <boost/program_options.hpp>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <sstream>

namespace flux::tool {
namespace po = boost::program_options;

namespace {

std::optional<Command> commandNamed(const std::string &word) {
  if (word == "check")
    return Command::Check;
  if (word == "run")
    return Command::Run;
  if (word == "build")
    return Command::Build;
  return std::nullopt;
}

} // namespace

/// How many processes the MPI launcher that started this one started in all (1 without one):
/// Open MPI's mpirun sets OMPI_COMM_WORLD_SIZE, MPICH's and Intel's PMI_SIZE.
std::uint64_t mpiProcesses() {
  for (const char *name : {"OMPI_COMM_WORLD_SIZE", "PMI_SIZE"}) {
    const char *value = std::getenv(name);
    if (value != nullptr && *value != '\0')
      return std::strtoull(value, nullptr, 10);
  }
  return 1;
}

std::optional<double> parseDuration(const std::string &text) {
  std::size_t end = 0;
  double value = 0;
  try {
    value = std::stod(text, &end);
  } catch (const std::exception &) {
    return std::nullopt;
  }
  std::string unit = text.substr(end);
  unit.erase(0, unit.find_first_not_of(' '));
  if (unit == "ms" || unit.empty())
    return value;
  if (unit == "s")
    return value * 1000;
  if (unit == "us")
    return value / 1000;
  if (unit == "min")
    return value * 60000;
  return std::nullopt;
}

std::optional<CommandLine> parseCommandLine(int argc, const char *const *argv, std::string &error) {
  CommandLine cl;
  std::vector<std::string> args(argv + 1, argv + argc);
  if (!args.empty()) {
    if (auto command = commandNamed(args.front())) {
      cl.command = *command;
      args.erase(args.begin());
    }
  }

  std::string emit;
  std::string color = "auto";
  std::string dt;
  std::string time;
  std::string probeEvery;
  double maxFileMiB = static_cast<double>(cl.pipeline.parse.maxFileBytes) / (1 << 20);
  double maxMemoryGiB = static_cast<double>(cl.pipeline.elab.maxBytes) / (1 << 30);
  po::options_description visible(
      "Usage: fluxc [check|run|build] [options] FILE...\n"
      "\n"
      "Compiles Flux spiking-network programs. 'check' (the default) reports every error in\n"
      "the files; --emit prints one stage of the compiler. Use '-' to read standard input.\n"
      "\n"
      "Options");
  // clang-format off
  visible.add_options()
    ("help,h", "print this help and exit")
    ("version", "print the version, LLVM's version and the host CPU, and exit")
    ("emit", po::value<std::string>(&emit)->value_name("STAGE"),
     ("print one stage: " + driver::stageList()).c_str())
    ("output,o", po::value<std::string>(&cl.output)->value_name("FILE"),
     "write --emit output to FILE instead of standard output; 'fluxc build': the output "
     "folder (default: build-<name>)")
    ("include,I", po::value<std::vector<std::string>>(&cl.pipeline.includeDirs)
                      ->value_name("DIR")->composing(),
     "search DIR for imported modules (after stdlib/)")
    ("stdlib", po::value<std::string>(&cl.pipeline.stdlibDir)->value_name("DIR"),
     "the standard library folder (default: $FLUX_STDLIB, else the one fluxc was built with)")
    ("color", po::value<std::string>(&color)->value_name("WHEN"),
     "colour diagnostics: auto (default, on a terminal), always, never")
    ("error-limit", po::value<unsigned>(&cl.errorLimit)->value_name("N"),
     "stop after N errors (default 20, 0 = no limit)")
    ("verify", po::bool_switch(&cl.verify),
     "check diagnostics against 'expected-error {{...}}' comments in the files (for tests)")
    ("no-locations", "omit <line:col> from --emit=ast")
    ("top", po::value<std::string>(&cl.pipeline.elab.top)->value_name("CIRCUIT"),
     "the circuit to elaborate (default: the last one in the file)")
    ("seed", po::value<std::uint64_t>(&cl.pipeline.elab.seed)->value_name("N"),
     "the network's random seed (default 1)")
    ("full", po::bool_switch(&cl.pipeline.network.full),
     "with --emit=network: every neuron's parameters and every synapse")
    ("max-memory", po::value<double>(&maxMemoryGiB)->value_name("GIB"),
     "refuse networks whose synapses need more than this (default 8 GiB)")
    ("max-file-size", po::value<double>(&maxFileMiB)->value_name("MIB"),
     "refuse source files larger than this many MiB (default 16)")
    ("dt", po::value<std::string>(&dt)->value_name("TIME"),
     "the step engine's time step, e.g. 0.1ms (default 0.1ms); with --emit=ir-opt, fold dt");
  po::options_description runOptions("Options of 'fluxc run'");
  runOptions.add_options()
    ("time,t", po::value<std::string>(&time)->value_name("TIME"),
     "simulated time, e.g. 10s or 500ms (default 1s)")
    ("engine", po::value<std::string>(&cl.run.engine)->value_name("ENGINE"),
     "event (default: exact, event-driven) or step (fixed --dt, the GPU's reference)")
    ("record", po::value<std::string>(&cl.run.record)->value_name("FILE"),
     "write every spike to FILE: .csv (time_ms,neuron,population,index) or .fspk (binary)")
    ("record-only", po::value<std::vector<std::string>>(&cl.run.recordOnly)
                        ->value_name("POPULATIONS")->composing(),
     "with --record: only the populations whose names match this glob, e.g. 'Net.*E' "
     "(repeatable)")
    ("probe", po::value<std::vector<std::string>>(&cl.run.probes)->value_name("NEURON.STATE")
                  ->composing(),
     "sample a state variable, e.g. 'Cpg.osc.a.level' (repeatable)")
    ("probe-every", po::value<std::string>(&probeEvery)->value_name("TIME"),
     "probe sampling interval (default 1ms)")
    ("probe-output", po::value<std::string>(&cl.run.probeOutput)->value_name("FILE"),
     "where probe samples go (default probes.csv)")
    ("raster", po::value<std::string>(&cl.run.raster)->value_name("FILE"),
     "draw the spike raster and population rates as SVG")
    ("stats-json", po::value<std::string>(&cl.run.statsJson)->value_name("FILE"),
     "write the run's summary as JSON")
    ("report", po::value<std::string>(&cl.run.report)->value_name("FILE"),
     "write a self-contained HTML report: figures, populations, raster, rates and "
     "histograms")
    ("inject", po::value<std::string>(&cl.run.inject)->value_name("FILE"),
     "set parameters (e.g. a bias current i_e) or state at given times: CSV "
     "time_ms,target,value")
    ("save-checkpoint", po::value<std::string>(&cl.run.saveCheckpoint)->value_name("FILE"),
     "save the simulation's whole state to FILE at the end of the run (also on Ctrl-C)")
    ("restore-checkpoint",
     po::value<std::string>(&cl.run.restoreCheckpoint)->value_name("FILE"),
     "start from the state saved in FILE; --time is then how much longer to run")
    ("control", po::value<std::string>(&cl.run.control)->value_name("FIFO"),
     "read live changes from FIFO (or a file) while running, a command a line: 'set "
     "Cpg.osc.a.threshold 0.9', 'weight PROJ SYNAPSE W', 'enable|disable PROJ', 'spike INPUT "
     "CHANNEL'")
    ("target", po::value<std::string>(&cl.target)->value_name("TARGET"),
     "run: cpu (default) or gpu (Vulkan: the step engine's results, spike for spike; "
     "docs/gpu.md); build: cpu (both CPU engines), gpu or both")
    ("device", po::value<int>(&cl.run.device)->value_name("N"),
     "with --target gpu: the Vulkan device to run on (default: the first discrete GPU, else "
     "any, else Mesa's lavapipe on the CPU)")
    ("max-rate", po::value<double>(&cl.run.maxRateHz)->value_name("HZ"),
     "stop when a population's mean rate exceeds this (default 2000 Hz)")
    ("partition", po::value<std::string>(&cl.run.partition)->value_name("HOW"),
     "under mpirun: how neurons go to processes: round-robin (default: neuron i of each "
     "population to process i mod N) or by-population (population p to process p mod N); "
     "docs/distributed.md")
    ("quiet,q", po::bool_switch(&cl.run.quiet), "no progress bar and no summary");
  visible.add(runOptions);
  po::options_description buildOptions("Options of 'fluxc build' (docs/embedding.md)");
  buildOptions.add_options()
    ("name", po::value<std::string>(&cl.build.name)->value_name("NAME"),
     "the library's name, a C identifier: NAME.h, libNAME.a, NAME_create(), find_package(NAME) "
     "(default: the file's name)")
    ("embed-synapses", po::value<std::uint64_t>(&cl.build.embedSynapses)->value_name("N"),
     "store projections of up to N synapses as data (default 1000000); larger ones made by a "
     "rule alone are regenerated when the library loads")
    ("shared", po::bool_switch(&cl.build.shared),
     "also write libNAME.so: the network and the runtime, exporting the C API only (links "
     "with the system's cc, or $CC)")
    ("fold-params", po::bool_switch(&cl.build.foldParams),
     "fold parameters equal across a population into the code (faster; the host can then not "
     "change them)");
  visible.add(buildOptions);
  // clang-format on
  po::options_description hidden;
  hidden.add_options()("input", po::value<std::vector<std::string>>(&cl.files));
  po::options_description all;
  all.add(visible).add(hidden);
  po::positional_options_description positional;
  positional.add("input", -1);

  po::variables_map vm;
  try {
    po::store(po::command_line_parser(args).options(all).positional(positional).run(), vm);
    po::notify(vm);
  } catch (const po::error &e) {
    error = std::string(e.what()) + "; see 'fluxc --help'";
    return std::nullopt;
  }

  std::ostringstream help;
  help << visible;
  cl.helpText = help.str();
  if (vm.count("help")) {
    cl.command = Command::Help;
    return cl;
  }
  if (vm.count("version")) {
    cl.command = Command::Version;
    return cl;
  }
  if (!emit.empty()) {
    auto stage = driver::parseStage(emit);
    if (!stage) {
      error = "unknown stage '" + emit + "' for --emit; the stages are " + driver::stageList();
      return std::nullopt;
    }
    cl.pipeline.emit = stage;
  }
  if (color == "auto")
    cl.color = ColorMode::Auto;
  else if (color == "always")
    cl.color = ColorMode::Always;
  else if (color == "never")
    cl.color = ColorMode::Never;
  else {
    error = "unknown value '" + color + "' for --color; use auto, always or never";
    return std::nullopt;
  }
  if (!(maxFileMiB > 0)) {
    error = "--max-file-size must be a positive number of MiB";
    return std::nullopt;
  }
  cl.pipeline.parse.maxFileBytes = static_cast<std::size_t>(maxFileMiB * (1 << 20));
  if (!(maxMemoryGiB > 0)) {
    error = "--max-memory must be a positive number of GiB";
    return std::nullopt;
  }
  cl.pipeline.elab.maxBytes = static_cast<std::uint64_t>(maxMemoryGiB * (1 << 30));
  cl.pipeline.ast.locations = vm.count("no-locations") == 0;
  if (!dt.empty()) {
    auto ms = parseDuration(dt);
    if (!ms || !(*ms > 0)) {
      error = "--dt expects a positive duration such as 0.1ms, got '" + dt + "'";
      return std::nullopt;
    }
    cl.pipeline.dtMs = ms;
  }
  if (!time.empty()) {
    auto ms = parseDuration(time);
    if (!ms || !(*ms >= 0)) {
      error = "--time expects a duration such as 10s or 500ms, got '" + time + "'";
      return std::nullopt;
    }
    cl.run.timeMs = *ms;
  }
  if (!probeEvery.empty()) {
    auto ms = parseDuration(probeEvery);
    if (!ms || !(*ms > 0)) {
      error = "--probe-every expects a positive duration such as 0.1ms, got '" + probeEvery + "'";
      return std::nullopt;
    }
    cl.run.probeEveryMs = *ms;
  }
  if (cl.run.engine != "event" && cl.run.engine != "step") {
    error = "unknown engine '" + cl.run.engine + "'; use event or step";
    return std::nullopt;
  }
  if (cl.target != "cpu" && cl.target != "gpu" && cl.target != "both") {
    error = "unknown target '" + cl.target + "' for --target; use cpu, gpu or both";
    return std::nullopt;
  }
  if (cl.command == Command::Run && cl.target == "both") {
    error = "'fluxc run' runs on one target: --target cpu or --target gpu";
    return std::nullopt;
  }
  if (cl.command == Command::Run && cl.target == "gpu") {
    // The GPU computes what the CPU step engine computes, bit for bit.
    if (vm.count("engine") && cl.run.engine != "step") {
      error = "--target gpu runs the step engine (fixed --dt); drop --engine " + cl.run.engine +
              " or use --engine step";
      return std::nullopt;
    }
    cl.run.engine = "step";
  }
  if (cl.command == Command::Run) {
    cl.run.processes = mpiProcesses();
    if (cl.run.partition != "round-robin" && cl.run.partition != "by-population") {
      error = "--partition is round-robin or by-population, got '" + cl.run.partition + "'";
      return std::nullopt;
    }
    if (cl.run.processes > 1) {
      // A distributed run (docs/distributed.md): the step engine on the CPU, and what needs
      // the whole network's state in one process is refused with the way out.
      const RunSettings &r = cl.run;
      std::string refused = cl.target == "gpu"             ? "--target gpu"
                            : !r.inject.empty()            ? "--inject"
                            : !r.control.empty()           ? "--control"
                            : !r.saveCheckpoint.empty()    ? "--save-checkpoint"
                            : !r.restoreCheckpoint.empty() ? "--restore-checkpoint"
                                                           : "";
      if (!refused.empty()) {
        error = refused + " is not supported in a distributed run (" +
                std::to_string(cl.run.processes) +
                " processes, started by mpirun) yet; run it as one process (without mpirun)";
        return std::nullopt;
      }
      if (cl.run.engine != "step") {
        error = "a distributed run (" + std::to_string(cl.run.processes) +
                " processes, started by mpirun) runs the step engine: add --engine step";
        return std::nullopt;
      }
    }
  }
  if (cl.files.empty()) {
    error = "no input files; see 'fluxc --help'";
    return std::nullopt;
  }
  if (!cl.output.empty() && cl.files.size() > 1) {
    error = "-o takes one input file, got " + std::to_string(cl.files.size());
    return std::nullopt;
  }
  return cl;
}

} // namespace flux::tool
