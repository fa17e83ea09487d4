// The shared SVG pieces. Output is compact (coordinates to a tenth of a pixel, paths of
// relative moves) because a report or raster of a big run holds many of them.
#include "io/SvgPlot.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace flux::rt::svg {

namespace {

// Tableau 10: distinguishable, and readable on white.
constexpr std::array<const char *, 10> kPalette = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2",
                                                   "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
                                                   "#9c755f", "#bab0ac"};
constexpr const char *kNoPopulationColour = "#555555";

} // namespace

const char *colourOf(std::optional<std::size_t> population) {
  return population ? kPalette[*population % kPalette.size()] : kNoPopulationColour;
}

std::size_t paletteSize() {
  return kPalette.size();
}

std::string px(double value) {
  char text[32];
  const auto result = std::to_chars(text, text + sizeof text, std::round(value * 10) / 10,
                                    std::chars_format::fixed, 1);
  if (result.ec != std::errc())
    return "0"; // beyond 10^29 pixels: only reachable with absurd sizes
  std::string_view written(text, static_cast<std::size_t>(result.ptr - text));
  if (written.ends_with(".0"))
    written.remove_suffix(2);
  return std::string(written);
}

std::string escaped(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
    case '&':
      out += "&amp;";
      break;
    case '<':
      out += "&lt;";
      break;
    case '>':
      out += "&gt;";
      break;
    case '"':
      out += "&quot;";
      break;
    case '\'':
      out += "&#39;";
      break;
    default:
      out += c;
    }
  }
  return out;
}

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

void appendText(std::string &out, double x, double y, std::string_view anchor,
                std::string_view extra, std::string_view text) {
  out += "<text x=\"";
  out += px(x);
  out += "\" y=\"";
  out += px(y);
  out += "\" text-anchor=\"";
  out += anchor;
  out += '"';
  out += extra;
  out += '>';
  out += escaped(text);
  out += "</text>\n";
}

void appendTimeAxis(std::string &out, const TimePanel &panel) {
  const bool seconds = panel.spanMs >= 2000;
  const double unit = seconds ? 1000 : 1;
  const double step = niceAtLeast(panel.spanMs / unit / 8) * unit;
  // Ticks at whole multiples of the step, also when the origin is not one (a restored run).
  double firstTick = std::ceil(panel.originMs / step - 1e-9);
  if (firstTick == 0)
    firstTick = 0; // ceil(-1e-9) is -0, which would be labelled "-0"
  const auto sinceOrigin = [&](double tick) { return tick * step - panel.originMs; };
  const auto inside = [&](double tick) { return sinceOrigin(tick) <= panel.spanMs * (1 + 1e-9); };
  const double y = panel.bottom;
  out += "<path stroke=\"#000\" fill=\"none\" d=\"M" + px(panel.left) + " " + px(y) + "H" +
         px(panel.right);
  for (double tick = firstTick; inside(tick); ++tick)
    out += "M" + px(panel.xAfter(sinceOrigin(tick))) + " " + px(y) + "v4";
  out += "\"/>\n";
  for (double tick = firstTick; inside(tick); ++tick)
    appendText(out, panel.xAfter(sinceOrigin(tick)), y + 16, "middle", "",
               label(tick * step / unit));
  appendText(out, panel.right, y + 30, "end", "", seconds ? "time (s)" : "time (ms)");
}

void appendRatePanel(std::string &out, const TimePanel &panel,
                     const std::vector<PopulationInfo> &populations, const RateBins &bins,
                     std::span<const std::size_t> drawn) {
  std::vector<std::vector<double>> rates;
  double maxRate = 0;
  for (std::size_t p : drawn) {
    rates.push_back(p < populations.size() ? bins.ratesHz(p, populations[p].size, panel.spanMs)
                                           : std::vector<double>{});
    for (double rate : rates.back())
      maxRate = std::max(maxRate, rate);
  }
  const double top = maxRate > 0 ? niceAtLeast(maxRate) : 1;
  const auto y = [&](double rate) {
    return panel.bottom - (panel.bottom - panel.top) * rate / top;
  };

  out += "<rect x=\"" + px(panel.left) + "\" y=\"" + px(panel.top) + "\" width=\"" +
         px(panel.right - panel.left) + "\" height=\"" + px(panel.bottom - panel.top) +
         "\" fill=\"none\" stroke=\"#000\"/>\n";
  for (double rate : {0.0, top / 2, top})
    appendText(out, panel.left - 6, y(rate) + 4, "end", "", label(rate));
  const double middle = (panel.top + panel.bottom) / 2;
  appendText(out, panel.left - 40, middle, "middle",
             " transform=\"rotate(-90 " + px(panel.left - 40) + " " + px(middle) + ")\"",
             "rate (Hz), bins of " + label(bins.binWidthMs()) + " ms");
  const double binMs = bins.binWidthMs();
  for (std::size_t i = 0; i < drawn.size(); ++i) {
    const std::vector<double> &trace = rates[i];
    if (trace.empty())
      continue;
    std::string path = "M" + px(panel.xAfter(0)) + " " + px(y(trace[0]));
    for (std::size_t bin = 1; bin < trace.size(); ++bin)
      path += "H" + px(panel.xAfter(static_cast<double>(bin) * binMs)) + "V" + px(y(trace[bin]));
    path += "H" + px(panel.xAfter(panel.spanMs));
    out += std::string("<path fill=\"none\" stroke=\"") + colourOf(drawn[i]) + "\" d=\"" + path +
           "\"/>\n";
  }
  // A legend inside the panel's top right: a raster's labels may be too crowded to show.
  for (std::size_t i = 0; i < drawn.size(); ++i)
    if (drawn[i] < populations.size())
      appendText(out, panel.right - 6, panel.top + 14 + 13 * static_cast<double>(i), "end",
                 std::string(" fill=\"") + colourOf(drawn[i]) + "\"", populations[drawn[i]].name);
}

} // namespace flux::rt::svg
