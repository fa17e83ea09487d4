// reportHtml: the document is built as one string, section by section. Every name that comes
// from the user's files (file, circuit, populations) goes through svg::escaped; the figures
// are inline SVG drawn with the raster's own code (rasterSvg, SvgPlot), so the report and
// --raster look alike.
#include "io/Report.h"

#include "io/Histogram.h"
#include "io/HumanText.h"
#include "io/NumberText.h"
#include "io/PopulationIndex.h"
#include "io/Raster.h"
#include "io/SvgPlot.h"

#include <algorithm>
#include <cmath>
#include <string_view>

namespace flux::rt {

namespace {

using svg::escaped;

// Beyond this many populations the report lists them all in the table but draws figures for
// the first ones only: each costs ~10 KB, and a page of hundreds is no longer read.
constexpr std::size_t kMaxDrawnPopulations = 100;
constexpr std::size_t kHistogramBins = 25;
constexpr double kMinCvBinWidth = 0.01;

constexpr std::string_view kStyle = R"(<style>
body { font-family: system-ui, sans-serif; color: #222; max-width: 1400px; margin: 24px auto;
       padding: 0 16px; }
h1 { font-size: 22px; margin-bottom: 4px; }
h2 { font-size: 18px; margin-top: 32px; border-bottom: 1px solid #ccc; padding-bottom: 4px; }
h3 { font-size: 15px; margin: 24px 0 4px; }
table { border-collapse: collapse; }
th, td { padding: 3px 12px 3px 0; border-bottom: 1px solid #e6e6e6; text-align: left; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.swatch { display: inline-block; width: 10px; height: 10px; margin-right: 6px; }
.stopped { background: #fdecea; border: 1px solid #c62828; padding: 8px 12px; }
.note { color: #666; }
.figures { display: flex; flex-wrap: wrap; gap: 8px; align-items: flex-start; }
svg { max-width: 100%; height: auto; }
</style>
)";

void appendRow(std::string &out, std::string_view name, std::string_view value) {
  out += "<tr><th>";
  out += name;
  out += "</th><td>";
  out += value;
  out += "</td></tr>\n";
}

std::string mib(std::uint64_t bytes) {
  return fixedText(static_cast<double>(bytes) / (1024.0 * 1024.0), 1) + " MiB";
}

/// Times to a nanosecond: a duration computed as seconds x 1000 should not read 999.9999999.
std::string ms(double value) {
  return shortestText(std::round(value * 1e6) / 1e6) + " ms";
}

std::string counted(std::uint64_t count, const std::string &noun) {
  return groupedText(count) + " " + noun + (count == 1 ? "" : "s");
}

std::string swatch(std::size_t population) {
  return std::string("<span class=\"swatch\" style=\"background:") + svg::colourOf(population) +
         "\"></span>";
}

void appendHeader(std::string &out, const ReportHeader &header, const RunSummary &summary,
                  const ReportRecorder &recorder) {
  const double durationMs = summary.simTimeS * 1000;
  const double startMs = recorder.startTimeMs();
  out += "<h1>Flux run: " + escaped(header.top) + "</h1>\n";
  out += "<p class=\"note\">" + escaped(header.file) + "</p>\n";
  if (!header.stopped.empty())
    out += "<p class=\"stopped\"><strong>The run stopped early or with an error:</strong> " +
           escaped(header.stopped) + "</p>\n";
  out += "<section id=\"run\">\n<h2>Run</h2>\n<table>\n";
  appendRow(out, "file", escaped(header.file));
  appendRow(out, "circuit", escaped(header.top));
  std::string engine = summary.engine == "event"  ? "event (exact, event-driven), CPU"
                       : summary.engine == "step" ? "step (fixed time step), CPU"
                       : summary.engine == "gpu"  ? "step (fixed time step), GPU"
                                                  : escaped(summary.engine);
  if (summary.engine == "gpu" && !header.device.empty())
    engine += ": " + escaped(header.device);
  appendRow(out, "engine, target", engine);
  appendRow(out, "seed", std::to_string(header.seed));
  appendRow(out, "dt", summary.dtMs > 0 ? ms(summary.dtMs) : "none: the event engine has no step");
  std::string simulated = ms(durationMs);
  if (startMs != 0)
    simulated += " (from t = " + ms(startMs) + ", restored from a checkpoint)";
  if (std::fabs(durationMs - recorder.plannedTimeMs()) > 1e-9 * std::max(1.0, durationMs))
    simulated += " of " + ms(recorder.plannedTimeMs()) + " asked for";
  appendRow(out, "simulated time", simulated);
  std::uint64_t neurons = 0;
  for (const PopulationInfo &population : recorder.populationTable())
    neurons += population.size;
  appendRow(out, "neurons",
            groupedText(neurons) + " in " +
                counted(recorder.populationTable().size(), "population"));
  out += "</table>\n</section>\n";
}

/// The same figures as --stats-json and the printed summary.
void appendFigures(std::string &out, const RunSummary &summary) {
  out += "<section id=\"figures\">\n<h2>Figures</h2>\n<table>\n";
  appendRow(out, "simulated time", fixedText(summary.simTimeS, 3) + " s");
  appendRow(out, "wall time", fixedText(summary.wallS, 3) + " s");
  appendRow(out, "real-time factor",
            std::isfinite(summary.realtimeFactor)
                ? fixedText(summary.realtimeFactor, 2) + "x real time"
                : "-");
  appendRow(out, "spikes", groupedText(summary.spikes));
  appendRow(out, "synaptic events", groupedText(summary.synapticEvents));
  appendRow(out, "synaptic events per second", siText(summary.synapticEventsPerS) + "/s");
  appendRow(out, "events processed", groupedText(summary.eventsProcessed));
  appendRow(out, "peak memory (RSS)", mib(summary.peakRssBytes));
  appendRow(out, "synapses",
            groupedText(summary.synapses) + " (" + mib(summary.synapseBytes) + ")");
  appendRow(out, "compile time", fixedText(summary.compileS, 3) + " s");
  out += "</table>\n</section>\n";
}

void appendPopulationTable(std::string &out, const RunSummary &summary) {
  out += "<section id=\"populations\">\n<h2>Populations</h2>\n<table>\n"
         "<tr><th>population</th><th class=\"num\">size</th><th class=\"num\">spikes</th>"
         "<th class=\"num\">mean rate (Hz)</th><th class=\"num\">mean CV of ISI</th></tr>\n";
  for (std::size_t p = 0; p < summary.populations.size(); ++p) {
    const PopulationSummary &population = summary.populations[p];
    // A population with figures links to them.
    const std::string name = escaped(population.name);
    out += "<tr><td>" + swatch(p) +
           (p < kMaxDrawnPopulations && population.size > 0
                ? "<a href=\"#population-" + std::to_string(p) + "\">" + name + "</a>"
                : name) +
           "</td><td class=\"num\">" + groupedText(population.size) + "</td><td class=\"num\">" +
           groupedText(population.spikes) + "</td><td class=\"num\">" +
           fixedText(population.rateHz, 2) + "</td><td class=\"num\">" +
           fixedText(population.cvIsi, 2) + "</td></tr>\n";
  }
  out += "</table>\n<p class=\"note\">Mean CV of ISI: over the neurons with at least 3 spikes; "
         "- where none has.</p>\n</section>\n";
}

void appendRaster(std::string &out, const ReportHeader &header, const RunSummary &summary,
                  const ReportRecorder &recorder) {
  const SpikeSample &sample = recorder.spikeSample();
  RasterOptions options;
  options.maxDots = ReportRecorder::kRasterDots;
  options.title = header.top;
  options.totalSpikes = sample.seenCount();
  options.originMs = recorder.startTimeMs();
  options.rates = false; // drawn per population below, from every spike
  out += "<section id=\"raster\">\n<h2>Spike raster</h2>\n";
  out += rasterSvg(recorder.populationTable(), sample.spikes(), summary.simTimeS * 1000, options);
  out += "</section>\n";
}

std::string rateTraceSvg(const ReportRecorder &recorder, std::size_t population,
                         double durationMs) {
  const double width = 640;
  const double height = 210;
  svg::TimePanel panel;
  panel.left = 76;
  panel.right = width - 16;
  panel.top = 30;
  panel.bottom = height - 48;
  panel.originMs = recorder.startTimeMs();
  panel.spanMs = durationMs > 0 ? durationMs : 1;
  std::string out = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + svg::px(width) +
                    "\" height=\"" + svg::px(height) + "\" viewBox=\"0 0 " + svg::px(width) + " " +
                    svg::px(height) + "\" font-family=\"sans-serif\" font-size=\"11\">\n";
  out += "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n";
  svg::appendText(out, panel.left, 18, "start", " font-size=\"12\"", "population rate over time");
  const std::size_t drawn[] = {population};
  svg::appendRatePanel(out, panel, recorder.populationTable(), recorder.rateBins(), drawn);
  svg::appendTimeAxis(out, panel);
  out += "</svg>\n";
  return out;
}

std::string rateHistogramSvg(const SpikeStats &stats, const PopulationInfo &population,
                             std::size_t colour, double durationMs) {
  HistogramStyle style;
  style.title = "firing rates of its " + counted(population.size, "neuron");
  style.xLabel = "firing rate (Hz)";
  style.colour = svg::colourOf(colour);
  if (!(durationMs > 0)) {
    style.empty = "no simulated time";
    return histogramSvg({}, style);
  }
  std::vector<std::uint64_t> spikes(population.size);
  for (std::uint32_t i = 0; i < population.size; ++i)
    spikes[i] = stats.spikesOf(population.first + i);
  return histogramSvg(histogramOfCounts(spikes, kHistogramBins, 1000 / durationMs), style);
}

std::string cvHistogramSvg(const SpikeStats &stats, const PopulationInfo &population,
                           std::size_t colour) {
  std::vector<double> cvs;
  for (std::uint32_t i = 0; i < population.size; ++i) {
    const double cv = stats.cvIsiOf(population.first + i);
    if (!std::isnan(cv))
      cvs.push_back(cv);
  }
  HistogramStyle style;
  style.title = "CV of ISI of its " + counted(cvs.size(), "neuron") + " with 3+ spikes";
  style.xLabel = "CV of ISI (std / mean of the intervals)";
  style.colour = svg::colourOf(colour);
  style.empty = "no neuron spiked 3 times or more";
  return histogramSvg(histogramOf(cvs, kHistogramBins, kMinCvBinWidth), style);
}

void appendPopulationFigures(std::string &out, const RunSummary &summary, const SpikeStats &stats,
                             const ReportRecorder &recorder) {
  const std::vector<PopulationInfo> &populations = recorder.populationTable();
  const double durationMs = summary.simTimeS * 1000;
  out += "<section id=\"rates\">\n<h2>Population rates and distributions</h2>\n"
         "<p class=\"note\">Per population: its rate over time (spikes per neuron per second in "
         "bins of " +
         ms(recorder.rateBins().binWidthMs()) +
         "), the distribution of its neurons' firing rates, and of the coefficients of "
         "variation of their inter-spike intervals (neurons with at least 3 spikes).</p>\n";
  if (populations.size() > kMaxDrawnPopulations)
    out += "<p class=\"note\">Figures for the first " + std::to_string(kMaxDrawnPopulations) +
           " of " + std::to_string(populations.size()) + " populations.</p>\n";
  const std::size_t drawn = std::min(populations.size(), kMaxDrawnPopulations);
  for (std::size_t p = 0; p < drawn; ++p) {
    const PopulationInfo &population = populations[p];
    if (population.size == 0)
      continue;
    out += "<div class=\"population\" id=\"population-" + std::to_string(p) + "\">\n<h3>" +
           swatch(p) + escaped(population.name) + "</h3>\n";
    if (p < summary.populations.size()) {
      const PopulationSummary &figures = summary.populations[p];
      out += "<p class=\"note\">" + counted(figures.size, "neuron") + ", " +
             counted(figures.spikes, "spike") + ", mean rate " + fixedText(figures.rateHz, 2) +
             " Hz, mean CV of ISI " + fixedText(figures.cvIsi, 2) + "</p>\n";
    }
    out += "<div class=\"figures\">\n";
    out += rateTraceSvg(recorder, p, durationMs);
    out += rateHistogramSvg(stats, population, p, durationMs);
    out += cvHistogramSvg(stats, population, p);
    out += "</div>\n</div>\n";
  }
  out += "</section>\n";
}

} // namespace

ReportRecorder::ReportRecorder(std::vector<PopulationInfo> populations, double startMs,
                               double plannedMs, double minBinMs)
    : populations(std::move(populations)), startMs(startMs), plannedMs(plannedMs),
      populationOf(neuronCountOf(this->populations), kNoPopulation),
      bins(this->populations.size(), startMs, plannedMs,
           RateBins::binWidthFor(plannedMs, minBinMs, kBinsPerRun)),
      sample(kRasterDots) {
  for (std::size_t p = 0; p < this->populations.size(); ++p) {
    const PopulationInfo &population = this->populations[p];
    for (std::uint32_t i = 0; i < population.size; ++i)
      populationOf[population.first + i] = static_cast<std::uint32_t>(p);
  }
}

std::string reportHtml(const ReportHeader &header, const RunSummary &summary,
                       const SpikeStats &stats, const ReportRecorder &recorder) {
  std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                    "<title>Flux run: " +
                    escaped(header.top) + "</title>\n";
  out += kStyle;
  out += "</head>\n<body>\n";
  appendHeader(out, header, summary, recorder);
  appendFigures(out, summary);
  appendPopulationTable(out, summary);
  appendRaster(out, header, summary, recorder);
  appendPopulationFigures(out, summary, stats, recorder);
  out += "<p class=\"note\">Written by fluxc run --report; docs/recording.md says what each "
         "figure means.</p>\n</body>\n</html>\n";
  return out;
}

} // namespace flux::rt
