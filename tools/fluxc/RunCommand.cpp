// `fluxc run`: compile a network to native code, simulate it, and report. Everything recorded
// is on disk before fluxc exits, whether the run finished, hit a run-time error or was
// interrupted with Ctrl-C.
#include "RunCommand.h"

#include "Inject.h"

#include "Control.h"
#include "DistributedRun.h"
#include "distributed/MpiExchange.h"
#include "driver/Executable.h"
#include "driver/GpuProgram.h"
#include "driver/Pipeline.h"
#include "io/AtomicFile.h"
#include "io/Checkpoint.h"
#include "io/NumberText.h"
#include "io/PeakRss.h"
#include "io/ProbeWriter.h"
#include "io/Progress.h"
#include "io/Raster.h"
#include "io/Report.h"
#include "io/RunSummary.h"
#include "io/SpikeStats.h"
#include "io/SpikeWriter.h"
#include "io/StopSignal.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <fnmatch.h>
#include <iostream>

namespace flux::tool {
namespace {

/// `extern fn`s have no host under `fluxc run`: they answer 0 (docs/running.md).
double noHost(void * /*host*/, std::uint32_t /*function*/, std::uint32_t /*argc*/,
              const double * /*args*/) {
  return 0;
}

/// Where spikes and samples go while the run goes on.
class Recorder final : public rt::RunObserver {
public:
  Recorder(const std::vector<rt::PopulationInfo> &populations, std::uint32_t neuronCount,
           bool keepSpikes)
      : stats(populations, neuronCount), keepSpikes(keepSpikes), populationOf(neuronCount, 0),
        windowSpikes(populations.size(), 0) {
    for (std::uint32_t p = 0; p < populations.size(); ++p)
      for (std::uint32_t i = 0; i < populations[p].size; ++i)
        populationOf[populations[p].first + i] = p;
  }

  void onSpike(double timeMs, std::uint32_t neuron) override {
    stats.onSpike(timeMs, neuron);
    ++windowSpikes[populationOf[neuron]];
    if (spikes && (recorded.empty() || recorded[populationOf[neuron]] != 0))
      spikes->write(timeMs, neuron);
    if (keepSpikes && kept.size() < kMaxKept)
      kept.push_back({timeMs, neuron});
    if (report)
      report->onSpike(timeMs, neuron);
  }
  void onProbe(double timeMs, std::span<const double> values) override {
    if (probes)
      probes->sample(timeMs, values);
  }
  void poll() {
    if (spikes)
      spikes->poll();
    if (probes)
      probes->poll();
  }

  static constexpr std::size_t kMaxKept = 20'000'000; // for the raster: ~320 MB at most
  rt::SpikeStats stats;
  std::unique_ptr<rt::SpikeWriter> spikes;
  std::vector<std::uint8_t> recorded; // per population, with --record-only: written to `spikes`
  std::unique_ptr<rt::ProbeWriter> probes;
  std::unique_ptr<rt::ReportRecorder> report; // --report: bounded, whatever the run's length
  bool keepSpikes;
  std::vector<rt::SpikeRecord> kept;
  std::vector<std::uint32_t> populationOf;
  std::vector<std::uint64_t> windowSpikes; // per population, since the last rate check
};

/// --record-only: which populations the spike file gets, as a flag per population; empty when
/// every population is recorded. A glob that matches nothing is an error (a typo would
/// otherwise record nothing, silently), and the message lists the populations.
std::optional<std::vector<std::uint8_t>>
recordedPopulations(const std::vector<std::string> &globs,
                    const std::vector<rt::PopulationInfo> &populations, std::string &error) {
  std::vector<std::uint8_t> recorded;
  if (globs.empty())
    return recorded;
  recorded.assign(populations.size(), 0);
  for (const std::string &glob : globs) {
    bool matched = false;
    for (std::size_t p = 0; p < populations.size(); ++p)
      if (fnmatch(glob.c_str(), populations[p].name.c_str(), 0) == 0) {
        recorded[p] = 1;
        matched = true;
      }
    if (!matched) {
      error = "--record-only '" + glob + "' matches no population; the populations are:";
      for (const auto &pop : populations)
        error += " " + pop.name;
      return std::nullopt;
    }
  }
  return recorded;
}

} // namespace

int runCommand(const CommandLine &cl, SourceManager &sources, DiagnosticEngine &diags) {
  if (cl.files.size() != 1) {
    std::cerr << "fluxc: error: 'fluxc run' takes one file, got " << cl.files.size() << "\n";
    return 1;
  }
  RunSettings settings = cl.run;
  const double dtMs = cl.pipeline.dtMs.value_or(driver::kDefaultDtMs);
  // Distributed (docs/distributed.md): each process elaborates the synapses onto its own
  // neurons only, and process 0 writes every file and the summary.
  const bool distributed = settings.processes > 1;
  DistributedRun dist;
  driver::PipelineOptions pipeline = cl.pipeline;
  if (distributed) {
    joinMpiJob(dist);
    pipeline.elab.partition = {dist.exchange->rank(), dist.exchange->size(),
                               settings.partition == "by-population"
                                   ? rt::PartitionMode::ByPopulation
                                   : rt::PartitionMode::RoundRobin};
    if (!dist.leader()) {
      diags.silence(); // every process elaborates alike: process 0 tells
      settings.record.clear();
      settings.recordOnly.clear();
      settings.raster.clear();
      settings.statsJson.clear();
      settings.report.clear();
      settings.quiet = true;
    }
  }
  auto elaborated = driver::elaborateFile(cl.files[0], pipeline, sources, diags);
  if (!elaborated)
    return 1;
  elab::Network &network = elaborated->network;
  std::vector<Injection> injections;
  if (!settings.inject.empty()) {
    std::string problem;
    auto loaded = loadInjections(settings.inject, network, problem);
    if (!loaded) {
      std::cerr << "fluxc: error: " << problem << "\n";
      return 1;
    }
    injections = std::move(*loaded);
  }
  driver::ExecutableOptions exeOptions;
  for (const auto &injection : injections)
    (injection.parameter ? exeOptions.variableParams : exeOptions.keptStates)
        .emplace_back(injection.population, injection.index);
  exeOptions.dtMs = dtMs;
  exeOptions.probes = settings.probes;
  exeOptions.hostCall = noHost;
  exeOptions.eventEngine = settings.engine == "event";
  exeOptions.stepEngine = settings.engine == "step";
  const bool gpu = cl.target == "gpu";
  if (gpu) {
    // The GPU runs a shader generated from the step engine's IR: no native code needed.
    exeOptions.compileNative = false;
    std::string unsupported = !settings.control.empty()             ? "--control"
                              : !settings.saveCheckpoint.empty()    ? "--save-checkpoint"
                              : !settings.restoreCheckpoint.empty() ? "--restore-checkpoint"
                                                                    : "";
    if (!unsupported.empty()) {
      std::cerr << "fluxc: error: " << unsupported
                << " is not supported with --target gpu yet; use --target cpu --engine step\n";
      return 1;
    }
  }
  std::unique_ptr<ControlChannel> control;
  if (!settings.control.empty()) {
    std::string problem;
    control = ControlChannel::open(settings.control, problem);
    if (!control) {
      std::cerr << "fluxc: error: " << problem << "\n";
      return 1;
    }
    // Any parameter or state may be set while running.
    exeOptions.keepEverything(network, true);
  }
  auto exe = driver::makeExecutable(network, exeOptions, diags);
  if (!exe)
    return 1;
  // Past this point an error that only this process meets (a file it cannot write) must end
  // the others too, or they would wait for it forever.
  auto failAlone = [&]() {
    if (distributed)
      rt::abortMpiJob(1);
    return 1;
  };

  std::vector<rt::PopulationInfo> populations;
  for (const auto &p : exe->image.populations)
    populations.push_back({p.name, p.first, p.size});
  rt::RunOptions runOptions;
  runOptions.dtMs = dtMs;
  runOptions.probes = exe->probes;
  runOptions.probeEveryMs = settings.probeEveryMs;
  std::string error;
  std::unique_ptr<rt::Simulator> simulator;
  double gpuCompileS = 0;
  if (gpu) {
    auto program = driver::buildGpuProgram(*exe, runOptions, error);
    if (program) {
      gpuCompileS = program->compileSeconds;
      rt::gpu::GpuEngineOptions gpuOptions;
      gpuOptions.device = settings.device;
      simulator =
          rt::gpu::makeGpuEngine(exe->image, runOptions, program->program, gpuOptions, error);
    }
  } else if (distributed) {
    simulator = rt::startDistributed(exe->image, pipeline.elab.partition, runOptions,
                                     *dist.exchange, dist.part, error);
  } else {
    simulator = settings.engine == "step" ? rt::makeStepEngine(exe->image, runOptions, error)
                                          : rt::makeEventEngine(exe->image, runOptions, error);
  }
  if (!simulator) {
    if (dist.leader()) // distributed, every process has the same error
      std::cerr << "fluxc: error: " << error << "\n";
    return 1;
  }
  if (distributed && dist.leader() && dist.part.sliceSteps == 1 && !settings.quiet)
    // Exact all the same, but every step waits for every process: say why it may be slow.
    std::cerr << "fluxc: note: the processes exchange spikes at every step ("
              << (exe->image.projections.empty() ? "no projections"
                  : std::any_of(dist.part.image.projections.begin(),
                                dist.part.image.projections.end(),
                                [](const rt::ProjectionImage &p) { return p.model; })
                      ? "synapse models run `on pre` when a spike is emitted"
                      : "the shortest delay is one step")
              << "), so the run is bound by their latency; see docs/distributed.md\n";
  // Before any output file is opened: a rejected checkpoint leaves nothing behind.
  if (!settings.restoreCheckpoint.empty()) {
    if (auto e = rt::readCheckpoint(settings.restoreCheckpoint, *simulator, &exe->image)) {
      std::cerr << "fluxc: error: " << *e << "\n";
      return 1;
    }
  }
  // A restored run goes on from the checkpoint's time for --time more; what it reports (the
  // summary, rates, progress) covers this run only.
  const double startMs = simulator->now();
  const double endMs = startMs + settings.timeMs;
  const rt::RunCounters startCounters = simulator->counters();
  Recorder recorder(populations, exe->image.neuronCount, !settings.raster.empty());
  if (!settings.report.empty())
    // Rate bins no finer than the time resolution: one step, or 0.1 ms for the event engine.
    recorder.report = std::make_unique<rt::ReportRecorder>(populations, startMs, settings.timeMs,
                                                           settings.engine == "step" ? dtMs : 0.1);
  if (!settings.recordOnly.empty() && settings.record.empty()) {
    std::cerr << "fluxc: error: --record-only chooses what --record writes; add --record FILE\n";
    return failAlone();
  }
  if (!settings.record.empty()) {
    auto recorded = recordedPopulations(settings.recordOnly, populations, error);
    if (!recorded) {
      std::cerr << "fluxc: error: " << error << "\n";
      return failAlone();
    }
    recorder.recorded = std::move(*recorded);
    recorder.spikes = rt::SpikeWriter::open(settings.record, populations, error);
    if (!recorder.spikes) {
      std::cerr << "fluxc: error: " << error << "\n";
      return failAlone();
    }
  }
  if (!exe->probes.empty() && dist.leader()) {
    std::vector<std::string> names;
    for (const auto &p : exe->probes)
      names.push_back(p.name);
    recorder.probes = rt::ProbeWriter::open(settings.probeOutput, names, error);
    if (!recorder.probes) {
      std::cerr << "fluxc: error: " << error << "\n";
      return failAlone();
    }
  }

  rt::installStopOnSignal();
  rt::ProgressBar progress(settings.timeMs, !settings.quiet && rt::stderrIsTerminal());
  const auto start = std::chrono::steady_clock::now();
  std::string failure;
  // The GPU engine submits a command buffer per chunk: longer chunks, fewer waits.
  const double chunkMs = std::max(dtMs, gpu ? 100.0 : 1.0);
  const double rateWindowMs = 100;
  double windowStart = startMs;
  double t = startMs;
  // Injections before the checkpoint took effect in the run that saved it.
  std::size_t nextInjection = 0;
  while (nextInjection < injections.size() && injections[nextInjection].timeMs < startMs)
    ++nextInjection;
  while (t < endMs) {
    // Injections due now take effect before the run goes on; the run stops at the next one.
    for (; nextInjection < injections.size() && injections[nextInjection].timeMs <= t;
         ++nextInjection) {
      const Injection &in = injections[nextInjection];
      simulator->setValue(in.population, in.begin, in.end, in.parameter, in.index, in.value);
    }
    double until = std::min(endMs, t + chunkMs);
    if (nextInjection < injections.size())
      until = std::min(until, injections[nextInjection].timeMs);
    if (!simulator->advance(until, recorder)) {
      failure = simulator->error();
      break;
    }
    t = until;
    recorder.poll();
    if (control)
      control->poll(network, exe->image, *simulator, recorder, std::cerr);
    const auto &c = simulator->counters();
    progress.update(t - startMs, c.spikes - startCounters.spikes,
                    c.synapticEvents - startCounters.synapticEvents);
    // Distributed, the engine stops every process together when any is interrupted.
    if (!distributed && rt::stopRequested()) {
      failure = "interrupted at t = " + rt::shortestText(t) + " ms; what was recorded is kept";
      break;
    }
    if (t - windowStart >= rateWindowMs || t >= endMs) {
      for (std::size_t p = 0; p < populations.size() && failure.empty(); ++p) {
        // Only neurons can run away: a source fires at the rate it was given, and an extern
        // output channel merges many neurons' spikes.
        if (exe->image.populations[p].kind != rt::PopulationKind::Neurons)
          continue;
        double seconds = (t - windowStart) / 1000;
        double rate =
            populations[p].size == 0 || seconds <= 0
                ? 0
                : static_cast<double>(recorder.windowSpikes[p]) / populations[p].size / seconds;
        if (rate > settings.maxRateHz)
          failure = "population " + populations[p].name + " fired at " +
                    std::to_string(static_cast<long long>(rate)) +
                    " Hz on average between t = " + rt::shortestText(windowStart) + " ms and " +
                    rt::shortestText(t) + " ms, above --max-rate " +
                    rt::shortestText(settings.maxRateHz) +
                    " Hz; the network is unstable (check weights and inhibition)";
      }
      std::fill(recorder.windowSpikes.begin(), recorder.windowSpikes.end(), 0);
      windowStart = t;
      if (!failure.empty())
        break;
    }
  }
  if (failure.empty() && !simulator->checkState())
    failure = simulator->error();
  progress.finish();
  // After a finished run, Ctrl-C or --max-rate the state is whole (the last chunk ran to its
  // end); after an engine error (NaN) it is not worth resuming, and an older file is kept.
  std::string checkpointProblem;
  if (!settings.saveCheckpoint.empty()) {
    if (!simulator->error().empty())
      checkpointProblem = "no checkpoint written to '" + settings.saveCheckpoint +
                          "': the simulation stopped with an error";
    else if (auto e = rt::writeCheckpoint(settings.saveCheckpoint, *simulator, &exe->image))
      checkpointProblem = *e;
  }
  const double wallS =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  bool ok = failure.empty();
  if (!ok && dist.leader()) // distributed, every process stopped with the same failure
    std::cerr << "fluxc: error: " << failure << "\n";
  if (!checkpointProblem.empty()) {
    std::cerr << "fluxc: error: " << checkpointProblem << "\n";
    ok = false;
  }
  if (recorder.spikes && !recorder.spikes->finish(error)) {
    std::cerr << "fluxc: error: " << error << "\n";
    ok = false;
  }
  if (recorder.probes && !recorder.probes->finish(error)) {
    std::cerr << "fluxc: error: " << error << "\n";
    ok = false;
  }

  const auto &counters = simulator->counters();
  rt::RunSummary summary;
  summary.simTimeS = (t - startMs) / 1000;
  summary.wallS = wallS;
  summary.realtimeFactor = wallS > 0 ? summary.simTimeS / wallS : 0;
  summary.spikes = counters.spikes - startCounters.spikes;
  summary.synapticEvents = counters.synapticEvents - startCounters.synapticEvents;
  summary.synapticEventsPerS = wallS > 0 ? static_cast<double>(summary.synapticEvents) / wallS : 0;
  summary.peakRssBytes = rt::peakRssBytes();
  summary.engine = simulator->engineName();
  summary.dtMs = settings.engine == "step" ? dtMs : 0;
  summary.eventsProcessed = counters.eventsProcessed - startCounters.eventsProcessed;
  summary.populations = recorder.stats.summarize(t - startMs);
  summary.compileS = exe->jitSeconds + gpuCompileS;
  for (const auto &proj : exe->image.projections) {
    if (proj.output)
      continue;
    summary.synapses += proj.synapseCount();
    summary.synapseBytes += proj.bytes();
  }
  if (distributed) {
    summary.synapses = dist.part.wholeSynapses;
    summary.synapseBytes = dist.part.wholeSynapseBytes;
  }
  summary.synapseBytes += simulator->synapseStateBytes();
  if (!settings.quiet) {
    if (gpu)
      std::cout << network.top << ": " << network.neuronCount() << " neurons, " << summary.synapses
                << " synapses; GPU shader in " << static_cast<int>(std::lround(gpuCompileS * 1000))
                << " ms, on " << rt::gpu::gpuDeviceName(*simulator) << "\n";
    else
      std::cout << network.top << ": " << network.neuronCount() << " neurons, " << summary.synapses
                << " synapses; native code in "
                << static_cast<int>(std::lround(exe->jitSeconds * 1000)) << " ms\n";
    rt::printSummary(std::cout, summary);
    if (gpu) {
      // Where a step's wall time goes: the host recording command buffers (and input spikes),
      // waiting for the device, reading spikes and probes back (docs/gpu.md).
      const rt::gpu::GpuTimings g = rt::gpu::gpuTimings(*simulator);
      const double steps = std::max<double>(1, static_cast<double>(summary.eventsProcessed));
      auto us = [&](double s) { return rt::shortestText(std::round(s / steps * 1e8) / 100); };
      std::cout << "  gpu: " << g.batches << " batches; per step " << us(g.record)
                << " us recording, " << us(g.gpu) << " us on the device, " << us(g.readback)
                << " us reading back; tables uploaded in "
                << static_cast<int>(std::lround(g.upload * 1000)) << " ms\n";
    }
  }
  if (!settings.statsJson.empty()) {
    if (auto e = rt::writeFileAtomically(settings.statsJson, rt::toJson(summary))) {
      std::cerr << "fluxc: error: " << *e << "\n";
      ok = false;
    }
  }
  if (!settings.raster.empty()) {
    rt::RasterOptions rasterOptions;
    rasterOptions.title = network.top;
    std::string svg = rt::rasterSvg(populations, recorder.kept, t, rasterOptions);
    if (auto e = rt::writeFileAtomically(settings.raster, svg)) {
      std::cerr << "fluxc: error: " << *e << "\n";
      ok = false;
    }
  }
  if (recorder.report) {
    rt::ReportHeader header;
    header.file = cl.files[0];
    header.top = network.top;
    header.device = gpu ? rt::gpu::gpuDeviceName(*simulator) : "";
    header.seed = cl.pipeline.elab.seed;
    header.stopped = failure;
    std::string html = rt::reportHtml(header, summary, recorder.stats, *recorder.report);
    if (auto e = rt::writeFileAtomically(settings.report, html)) {
      std::cerr << "fluxc: error: " << *e << "\n";
      ok = false;
    }
  }
  return ok ? 0 : 1;
}

} // namespace flux::tool
