// rasterSvg: the layout is computed once (Frame), then each part appends its elements. Dots of
// one population share one <path> of "M x y h w" moves, the most compact SVG for many dots.
// The axes, colours and rate traces are SvgPlot's, shared with the run report.
#include "io/Raster.h"

#include "io/PopulationIndex.h"
#include "io/RateBins.h"
#include "io/SvgPlot.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>

namespace flux::rt {

namespace {

using svg::appendText;
using svg::colourOf;
using svg::label;
using svg::px;

constexpr double kMinBinMs = 0.1;
constexpr double kBinsPerRun = 400;
constexpr double kMinLabelledBandPx = 9; // a population label needs this much height

struct Frame {
  svg::TimePanel raster; // top to bottom: the rows of neurons
  svg::TimePanel rates;
  double height = 0;
  double neuronCount = 1; // rows of the raster

  double rowHeight() const { return (raster.bottom - raster.top) / neuronCount; }
  double y(std::uint32_t neuron) const { return raster.top + (neuron + 0.5) * rowHeight(); }
};

void appendRaster(std::string &out, const Frame &frame,
                  const std::vector<PopulationInfo> &populations,
                  std::span<const SpikeRecord> spikes, std::size_t maxDots) {
  const svg::TimePanel &panel = frame.raster;
  out += "<rect x=\"" + px(panel.left) + "\" y=\"" + px(panel.top) + "\" width=\"" +
         px(panel.right - panel.left) + "\" height=\"" + px(panel.bottom - panel.top) +
         "\" fill=\"none\" stroke=\"#000\"/>\n";
  // Population bands: a label on the left, a separator line between neighbours.
  for (std::size_t p = 0; p < populations.size(); ++p) {
    const PopulationInfo &population = populations[p];
    if (population.size == 0)
      continue;
    const double top = panel.top + population.first * frame.rowHeight();
    const double band = population.size * frame.rowHeight();
    if (population.first != 0)
      out += "<path stroke=\"#999\" d=\"M" + px(panel.left) + " " + px(top) + "H" +
             px(panel.right) + "\"/>\n";
    if (band >= kMinLabelledBandPx)
      appendText(out, panel.left - 6, top + band / 2 + 4, "end",
                 std::string(" fill=\"") + colourOf(p) + "\"", population.name);
  }
  if (spikes.empty()) {
    appendText(out, (panel.left + panel.right) / 2, (panel.top + panel.bottom) / 2, "middle",
               " fill=\"#777\"", "no spikes");
    return;
  }
  // One path per colour. Thinning keeps spike i when floor(i * maxDots / n) steps up at i: exactly
  // maxDots spikes, spread evenly over the list, the same on every run.
  const PopulationIndex index(populations);
  std::vector<std::string> paths(populations.size() + 1); // the last: neurons of no population
  const std::uint64_t n = spikes.size();
  const bool thin = n > maxDots;
  const double dotWidth = 1.5;
  for (std::uint64_t i = 0; i < n; ++i) {
    if (thin && (i + 1) * maxDots / n == i * maxDots / n)
      continue;
    const SpikeRecord &spike = spikes[i];
    const double since = spike.timeMs - panel.originMs;
    if (!(since >= 0 && since <= panel.spanMs))
      continue;
    const std::optional<std::size_t> population = index.find(spike.neuron);
    std::string &path = paths[population.value_or(populations.size())];
    path += "M" + px(panel.xAfter(since) - dotWidth / 2) + " " + px(frame.y(spike.neuron)) + "h" +
            px(dotWidth);
  }
  const std::string dotHeight = px(std::clamp(frame.rowHeight(), 1.0, 4.0));
  for (std::size_t p = 0; p < paths.size(); ++p) {
    if (paths[p].empty())
      continue;
    const std::optional<std::size_t> population =
        p < populations.size() ? std::optional<std::size_t>(p) : std::nullopt;
    out += std::string("<path stroke=\"") + colourOf(population) + "\" stroke-width=\"" +
           dotHeight + "\" d=\"" + paths[p] + "\"/>\n";
  }
}

/// Spike counts per population and bin -> rates as step lines, all on one shared Hz axis; for
/// the first populations only, as many as there are colours (more would repeat colours, and
/// each trace costs ~5 KB of SVG).
void appendRates(std::string &out, const Frame &frame,
                 const std::vector<PopulationInfo> &populations,
                 std::span<const SpikeRecord> spikes) {
  const svg::TimePanel &panel = frame.rates;
  const std::size_t traces = std::min(populations.size(), svg::paletteSize());
  RateBins bins(traces, panel.originMs, panel.spanMs,
                RateBins::binWidthFor(panel.spanMs, kMinBinMs, kBinsPerRun));
  const PopulationIndex index(populations);
  for (const SpikeRecord &spike : spikes)
    if (const std::optional<std::size_t> population = index.find(spike.neuron))
      bins.add(*population, spike.timeMs);
  std::vector<std::size_t> drawn(traces);
  std::iota(drawn.begin(), drawn.end(), std::size_t{0});
  svg::appendRatePanel(out, panel, populations, bins, drawn);
  if (populations.size() > traces)
    appendText(out, panel.right - 6, panel.top + 14 + 13 * static_cast<double>(traces), "end", "",
               "rates of " + std::to_string(populations.size() - traces) +
                   " more populations not drawn");
}

std::string counted(std::uint64_t count, const std::string &noun) {
  return std::to_string(count) + " " + noun + (count == 1 ? "" : "s");
}

std::string titleLine(const RasterOptions &options, std::uint64_t spikeCount, std::uint64_t neurons,
                      std::size_t populationCount, double durationMs) {
  std::string title = options.title.empty() ? "" : options.title + ": ";
  title += counted(spikeCount, "spike") + ", " + counted(neurons, "neuron") + " in " +
           counted(populationCount, "population") + ", " + label(durationMs) + " ms";
  if (durationMs > 0) {
    const double rate =
        static_cast<double>(spikeCount) / static_cast<double>(neurons) / (durationMs / 1000);
    title += ", mean rate " + label(std::round(rate * 100) / 100) + " Hz";
  }
  return title;
}

} // namespace

std::string rasterSvg(const std::vector<PopulationInfo> &populations,
                      std::span<const SpikeRecord> spikes, double durationMs,
                      const RasterOptions &options) {
  // Without a duration the axis ends at the last spike (or 1 ms after the origin, if that is
  // at the origin too).
  const bool spanFromSpikes = !(durationMs > 0 && std::isfinite(durationMs));
  double spanMs = spanFromSpikes ? 0 : durationMs;
  std::uint64_t neuronCount = neuronCountOf(populations);
  for (const SpikeRecord &spike : spikes) {
    if (spanFromSpikes && std::isfinite(spike.timeMs))
      spanMs = std::max(spanMs, spike.timeMs - options.originMs);
    neuronCount = std::max<std::uint64_t>(neuronCount, std::uint64_t{spike.neuron} + 1);
  }
  const std::uint64_t spikeCount = std::max<std::uint64_t>(options.totalSpikes, spikes.size());
  Frame frame;
  neuronCount = std::max<std::uint64_t>(neuronCount, 1);
  frame.neuronCount = static_cast<double>(neuronCount);
  svg::TimePanel &raster = frame.raster;
  raster.left = 120;
  raster.right = std::max(options.width, raster.left + 100) - 20;
  raster.top = 48;
  raster.bottom = raster.top + std::max(options.rasterHeight, 20.0);
  raster.originMs = options.originMs;
  raster.spanMs = spanMs > 0 ? spanMs : 1;
  frame.rates = raster;
  frame.rates.top = raster.bottom + 50;
  frame.rates.bottom = frame.rates.top + std::max(options.rateHeight, 20.0);
  frame.height = (options.rates ? frame.rates.bottom : raster.bottom) + 50;
  const double width = raster.right + 20;

  std::string out = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + px(width) +
                    "\" height=\"" + px(frame.height) + "\" viewBox=\"0 0 " + px(width) + " " +
                    px(frame.height) + "\" font-family=\"sans-serif\" font-size=\"11\">\n";
  out += "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n";
  appendText(out, raster.left, 20, "start", " font-size=\"14\"",
             titleLine(options, spikeCount, neuronCount, populations.size(), spanMs));
  const std::uint64_t dots = std::min<std::uint64_t>(spikes.size(), options.maxDots);
  if (spikeCount > dots)
    appendText(out, raster.left, 38, "start", " fill=\"#a00\"",
               "showing " + std::to_string(dots) + " of " + std::to_string(spikeCount) +
                   " spikes, evenly thinned" +
                   (options.rates && spikeCount == spikes.size()
                        ? "; the rates below count every spike"
                        : ""));
  appendRaster(out, frame, populations, spikes, options.maxDots);
  svg::appendTimeAxis(out, raster);
  if (options.rates) {
    appendRates(out, frame, populations, spikes);
    svg::appendTimeAxis(out, frame.rates);
  }
  out += "</svg>\n";
  return out;
}

} // namespace flux::rt
