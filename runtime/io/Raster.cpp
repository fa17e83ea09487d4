// rasterSvg: the layout is computed once (Frame), then each part appends its elements. Dots of
// one population share one <path> of "M x y h w" moves, the most compact SVG for many dots.
#include "io/Raster.h"

#include "io/PopulationIndex.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <optional>

namespace flux::rt {

namespace {

// Tableau 10: distinguishable, and readable on white.
constexpr std::array<const char *, 10> kPalette = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2",
                                                   "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
                                                   "#9c755f", "#bab0ac"};
constexpr const char *kNoPopulationColour = "#555555";
constexpr double kMinBinMs = 0.1;
constexpr double kBinsPerRun = 400;
constexpr double kMinLabelledBandPx = 9; // a population label needs this much height
// Rate traces beyond the palette's size would repeat colours, and each costs ~5 KB of SVG.
constexpr std::size_t kMaxRateTraces = kPalette.size();

const char *colourOf(std::optional<std::size_t> population) {
  return population ? kPalette[*population % kPalette.size()] : kNoPopulationColour;
}

/// Coordinates to a tenth of a pixel: finer is invisible and costs bytes.
std::string px(double value) {
  char text[32];
  const auto result = std::to_chars(text, text + sizeof text, std::round(value * 10) / 10,
                                    std::chars_format::fixed, 1);
  if (result.ec != std::errc())
    return "0"; // beyond 10^29 pixels: only reachable with absurd RasterOptions
  std::string_view written(text, static_cast<std::size_t>(result.ptr - text));
  if (written.ends_with(".0"))
    written.remove_suffix(2);
  return std::string(written);
}

std::string xmlEscaped(std::string_view text) {
  std::string escaped;
  for (char c : text) {
    switch (c) {
    case '&':
      escaped += "&amp;";
      break;
    case '<':
      escaped += "&lt;";
      break;
    case '>':
      escaped += "&gt;";
      break;
    case '"':
      escaped += "&quot;";
      break;
    default:
      escaped += c;
    }
  }
  return escaped;
}

/// The smallest of 1, 2, 5 x 10^k that is at least `rough` (tick steps, axis maxima).
double niceAtLeast(double rough) {
  const double decade = std::pow(10.0, std::floor(std::log10(rough)));
  for (double factor : {1.0, 2.0, 5.0, 10.0})
    if (factor * decade >= rough * (1 - 1e-9))
      return factor * decade;
  return 10 * decade;
}

std::string label(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.6g", value);
  return text;
}

void appendText(std::string &out, double x, double y, const std::string &anchor,
                const std::string &extra, std::string_view text) {
  out += "<text x=\"" + px(x) + "\" y=\"" + px(y) + "\" text-anchor=\"" + anchor + "\"" + extra +
         ">" + xmlEscaped(text) + "</text>\n";
}

struct Frame {
  double left = 120;
  double right = 0;
  double rasterTop = 48;
  double rasterBottom = 0;
  double rateTop = 0;
  double rateBottom = 0;
  double height = 0;
  double spanMs = 1;      // the time axis runs over [0, spanMs]
  double neuronCount = 1; // rows of the raster

  double x(double timeMs) const { return left + (right - left) * timeMs / spanMs; }
  double rowHeight() const { return (rasterBottom - rasterTop) / neuronCount; }
  double y(std::uint32_t neuron) const { return rasterTop + (neuron + 0.5) * rowHeight(); }
};

/// Tick marks and labels along the bottom edge `y` of a panel; seconds once the run is long.
void appendTimeAxis(std::string &out, const Frame &frame, double y) {
  const bool seconds = frame.spanMs >= 2000;
  const double unit = seconds ? 1000 : 1;
  const double step = niceAtLeast(frame.spanMs / unit / 8) * unit;
  out += "<path stroke=\"#000\" fill=\"none\" d=\"M" + px(frame.left) + " " + px(y) + "H" +
         px(frame.right);
  for (int tick = 0; tick * step <= frame.spanMs * (1 + 1e-9); ++tick)
    out += "M" + px(frame.x(tick * step)) + " " + px(y) + "v4";
  out += "\"/>\n";
  for (int tick = 0; tick * step <= frame.spanMs * (1 + 1e-9); ++tick)
    appendText(out, frame.x(tick * step), y + 16, "middle", "", label(tick * step / unit));
  appendText(out, frame.right, y + 30, "end", "", seconds ? "time (s)" : "time (ms)");
}

void appendRaster(std::string &out, const Frame &frame,
                  const std::vector<PopulationInfo> &populations,
                  std::span<const SpikeRecord> spikes, std::size_t maxDots) {
  out += "<rect x=\"" + px(frame.left) + "\" y=\"" + px(frame.rasterTop) + "\" width=\"" +
         px(frame.right - frame.left) + "\" height=\"" + px(frame.rasterBottom - frame.rasterTop) +
         "\" fill=\"none\" stroke=\"#000\"/>\n";
  // Population bands: a label on the left, a separator line between neighbours.
  for (std::size_t p = 0; p < populations.size(); ++p) {
    const PopulationInfo &population = populations[p];
    if (population.size == 0)
      continue;
    const double top = frame.rasterTop + population.first * frame.rowHeight();
    const double band = population.size * frame.rowHeight();
    if (population.first != 0)
      out += "<path stroke=\"#999\" d=\"M" + px(frame.left) + " " + px(top) + "H" +
             px(frame.right) + "\"/>\n";
    if (band >= kMinLabelledBandPx)
      appendText(out, frame.left - 6, top + band / 2 + 4, "end",
                 std::string(" fill=\"") + colourOf(p) + "\"", population.name);
  }
  if (spikes.empty()) {
    appendText(out, (frame.left + frame.right) / 2, (frame.rasterTop + frame.rasterBottom) / 2,
               "middle", " fill=\"#777\"", "no spikes");
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
    if (!(spike.timeMs >= 0 && spike.timeMs <= frame.spanMs))
      continue;
    const std::optional<std::size_t> population = index.find(spike.neuron);
    std::string &path = paths[population.value_or(populations.size())];
    path += "M" + px(frame.x(spike.timeMs) - dotWidth / 2) + " " + px(frame.y(spike.neuron)) + "h" +
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

/// Spike counts per population and bin -> rates as step lines, all on one shared Hz axis.
void appendRates(std::string &out, const Frame &frame,
                 const std::vector<PopulationInfo> &populations,
                 std::span<const SpikeRecord> spikes) {
  const double binMs = std::max(kMinBinMs, frame.spanMs / kBinsPerRun);
  auto bins = static_cast<std::size_t>(std::max(1.0, std::ceil(frame.spanMs / binMs - 1e-9)));
  double lastBinMs = frame.spanMs - static_cast<double>(bins - 1) * binMs;
  if (bins > 1 && lastBinMs < binMs / 2) { // a sliver of a bin would show a wild rate
    --bins;
    lastBinMs += binMs;
  }
  const std::size_t traces = std::min(populations.size(), kMaxRateTraces);
  const PopulationIndex index(populations);
  std::vector<std::vector<std::uint32_t>> counts(traces, std::vector<std::uint32_t>(bins, 0));
  for (const SpikeRecord &spike : spikes) {
    if (!(spike.timeMs >= 0 && spike.timeMs <= frame.spanMs))
      continue;
    const std::optional<std::size_t> population = index.find(spike.neuron);
    if (population && *population < traces) {
      const auto bin = std::min(bins - 1, static_cast<std::size_t>(spike.timeMs / binMs));
      ++counts[*population][bin];
    }
  }
  const auto rateHz = [&](std::size_t p, std::size_t bin) {
    const double width = bin + 1 == bins ? lastBinMs : binMs;
    return counts[p][bin] / (populations[p].size * width / 1000.0);
  };
  double maxRate = 0;
  for (std::size_t p = 0; p < traces; ++p) {
    if (populations[p].size == 0)
      continue;
    for (std::size_t bin = 0; bin < bins; ++bin)
      maxRate = std::max(maxRate, rateHz(p, bin));
  }
  const double top = maxRate > 0 ? niceAtLeast(maxRate) : 1;
  const auto y = [&](double rate) {
    return frame.rateBottom - (frame.rateBottom - frame.rateTop) * rate / top;
  };

  out += "<rect x=\"" + px(frame.left) + "\" y=\"" + px(frame.rateTop) + "\" width=\"" +
         px(frame.right - frame.left) + "\" height=\"" + px(frame.rateBottom - frame.rateTop) +
         "\" fill=\"none\" stroke=\"#000\"/>\n";
  for (double rate : {0.0, top / 2, top})
    appendText(out, frame.left - 6, y(rate) + 4, "end", "", label(rate));
  appendText(out, frame.left - 40, (frame.rateTop + frame.rateBottom) / 2, "middle",
             " transform=\"rotate(-90 " + px(frame.left - 40) + " " +
                 px((frame.rateTop + frame.rateBottom) / 2) + ")\"",
             "rate (Hz), bins of " + label(binMs) + " ms");
  for (std::size_t p = 0; p < traces; ++p) {
    if (populations[p].size == 0)
      continue;
    std::string path = "M" + px(frame.x(0)) + " " + px(y(rateHz(p, 0)));
    for (std::size_t bin = 1; bin < bins; ++bin)
      path += "H" + px(frame.x(bin * binMs)) + "V" + px(y(rateHz(p, bin)));
    path += "H" + px(frame.x(frame.spanMs));
    out += std::string("<path fill=\"none\" stroke=\"") + colourOf(p) + "\" d=\"" + path + "\"/>\n";
  }
  // A legend inside the panel's top right: the raster's labels may be too crowded to show.
  for (std::size_t p = 0; p < traces; ++p)
    appendText(out, frame.right - 6, frame.rateTop + 14 + 13 * static_cast<double>(p), "end",
               std::string(" fill=\"") + colourOf(p) + "\"", populations[p].name);
  if (populations.size() > traces)
    appendText(
        out, frame.right - 6, frame.rateTop + 14 + 13 * static_cast<double>(traces), "end", "",
        "rates of " + std::to_string(populations.size() - traces) + " more populations not drawn");
}

std::string counted(std::uint64_t count, const std::string &noun) {
  return std::to_string(count) + " " + noun + (count == 1 ? "" : "s");
}

std::string titleLine(const RasterOptions &options, std::size_t spikeCount, std::uint64_t neurons,
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
  // Without a duration the axis ends at the last spike (or 1 ms, if that is at 0 too).
  const bool spanFromSpikes = !(durationMs > 0 && std::isfinite(durationMs));
  double spanMs = spanFromSpikes ? 0 : durationMs;
  std::uint64_t neuronCount = neuronCountOf(populations);
  for (const SpikeRecord &spike : spikes) {
    if (spanFromSpikes && std::isfinite(spike.timeMs))
      spanMs = std::max(spanMs, spike.timeMs);
    neuronCount = std::max<std::uint64_t>(neuronCount, std::uint64_t{spike.neuron} + 1);
  }
  Frame frame;
  frame.spanMs = spanMs > 0 ? spanMs : 1;
  neuronCount = std::max<std::uint64_t>(neuronCount, 1);
  frame.neuronCount = static_cast<double>(neuronCount);
  frame.right = std::max(options.width, frame.left + 100) - 20;
  frame.rasterBottom = frame.rasterTop + std::max(options.rasterHeight, 20.0);
  frame.rateTop = frame.rasterBottom + 50;
  frame.rateBottom = frame.rateTop + std::max(options.rateHeight, 20.0);
  frame.height = frame.rateBottom + 50;
  const double width = frame.right + 20;

  std::string out = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + px(width) +
                    "\" height=\"" + px(frame.height) + "\" viewBox=\"0 0 " + px(width) + " " +
                    px(frame.height) + "\" font-family=\"sans-serif\" font-size=\"11\">\n";
  out += "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n";
  appendText(out, frame.left, 20, "start", " font-size=\"14\"",
             titleLine(options, spikes.size(), neuronCount, populations.size(), spanMs));
  if (spikes.size() > options.maxDots)
    appendText(out, frame.left, 38, "start", " fill=\"#a00\"",
               "showing " + std::to_string(options.maxDots) + " of " +
                   std::to_string(spikes.size()) +
                   " spikes, evenly thinned; the rates below count every spike");
  appendRaster(out, frame, populations, spikes, options.maxDots);
  appendTimeAxis(out, frame, frame.rasterBottom);
  appendRates(out, frame, populations, spikes);
  appendTimeAxis(out, frame, frame.rateBottom);
  out += "</svg>\n";
  return out;
}

} // namespace flux::rt
