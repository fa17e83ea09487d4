// Histogram binning and drawing. Axes get round ticks of their own, independent of the bin
// edges (a bin of 3 spikes in 0.3 s is 10 Hz wide; the ticks still fall on 0, 20, 40 Hz).
#include "io/Histogram.h"

#include "io/SvgPlot.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace flux::rt {

namespace {

using svg::appendText;
using svg::label;
using svg::px;

/// Round tick positions from 0 to at most `top`, about `rough` apart.
std::vector<double> ticksUpTo(double top, double rough) {
  std::vector<double> ticks;
  if (!(top > 0) || !(rough > 0))
    return {0};
  const double step = svg::niceAtLeast(rough);
  for (double tick = 0; tick * step <= top * (1 + 1e-9); ++tick)
    ticks.push_back(tick * step);
  return ticks;
}

} // namespace

std::uint64_t Histogram::total() const {
  return std::accumulate(counts.begin(), counts.end(), std::uint64_t{0});
}

Histogram histogramOfCounts(std::span<const std::uint64_t> values, std::size_t targetBins,
                            double scale) {
  targetBins = std::max<std::size_t>(targetBins, 1);
  const std::uint64_t largest =
      values.empty() ? 0 : *std::max_element(values.begin(), values.end());
  // niceAtLeast of a number >= 1 is a whole number: 1, 2, 5, 10, 20, ...
  const auto perBin = largest <= targetBins
                          ? std::uint64_t{1}
                          : static_cast<std::uint64_t>(svg::niceAtLeast(
                                static_cast<double>(largest) / static_cast<double>(targetBins)));
  Histogram histogram;
  histogram.binWidth = static_cast<double>(perBin) * scale;
  histogram.counts.assign(largest / perBin + 1, 0);
  for (std::uint64_t value : values)
    ++histogram.counts[value / perBin];
  return histogram;
}

Histogram histogramOf(std::span<const double> values, std::size_t targetBins, double minWidth) {
  targetBins = std::max<std::size_t>(targetBins, 1);
  double largest = 0;
  for (double value : values)
    if (value >= 0 && std::isfinite(value))
      largest = std::max(largest, value);
  const double rough = largest / static_cast<double>(targetBins);
  Histogram histogram;
  histogram.binWidth =
      std::max(minWidth > 0 ? minWidth : 1.0, rough > 0 ? svg::niceAtLeast(rough) : 0.0);
  const auto bins = static_cast<std::size_t>(std::floor(largest / histogram.binWidth)) + 1;
  histogram.counts.assign(bins, 0);
  for (double value : values)
    if (value >= 0 && std::isfinite(value))
      ++histogram.counts[std::min(bins - 1, static_cast<std::size_t>(value / histogram.binWidth))];
  return histogram;
}

std::string histogramSvg(const Histogram &histogram, const HistogramStyle &style) {
  const double width = std::max(style.width, 160.0);
  const double height = std::max(style.height, 120.0);
  const double left = 56;
  const double right = width - 14;
  const double top = 30;
  const double bottom = height - 42;
  std::string out = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + px(width) +
                    "\" height=\"" + px(height) + "\" viewBox=\"0 0 " + px(width) + " " +
                    px(height) + "\" font-family=\"sans-serif\" font-size=\"11\">\n";
  out += "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n";
  appendText(out, left, 18, "start", " font-size=\"12\"", style.title);
  out += "<rect x=\"" + px(left) + "\" y=\"" + px(top) + "\" width=\"" + px(right - left) +
         "\" height=\"" + px(bottom - top) + "\" fill=\"none\" stroke=\"#000\"/>\n";

  const std::size_t bins = std::max<std::size_t>(histogram.counts.size(), 1);
  const double binWidth = histogram.binWidth > 0 ? histogram.binWidth : 1;
  const double xMax = static_cast<double>(bins) * binWidth;
  const auto x = [&](double value) { return left + (right - left) * value / xMax; };
  const std::uint64_t largest =
      histogram.counts.empty()
          ? 0
          : *std::max_element(histogram.counts.begin(), histogram.counts.end());
  // Whole numbers of neurons on the y axis: the top is 1, 2 or 5 x 10^k, ticks at whole steps.
  const double yMax = largest > 0 ? svg::niceAtLeast(static_cast<double>(largest)) : 1;
  const auto y = [&](double count) { return bottom - (bottom - top) * count / yMax; };

  if (largest == 0) {
    appendText(out, (left + right) / 2, (top + bottom) / 2, "middle", " fill=\"#777\"",
               style.empty);
  } else {
    // All bars in one path: a rectangle per bin that holds something.
    std::string path;
    for (std::size_t bin = 0; bin < histogram.counts.size(); ++bin) {
      if (histogram.counts[bin] == 0)
        continue;
      path += "M" + px(x(static_cast<double>(bin) * binWidth)) + " " + px(bottom) + "V" +
              px(y(static_cast<double>(histogram.counts[bin]))) + "H" +
              px(x(static_cast<double>(bin + 1) * binWidth)) + "V" + px(bottom) + "Z";
    }
    out += "<path fill=\"" + svg::escaped(style.colour) +
           "\" stroke=\"#fff\" stroke-width=\"0.5\" d=\"" + path + "\"/>\n";
  }

  std::string ticks = "<path stroke=\"#000\" fill=\"none\" d=\"";
  const std::vector<double> xTicks = ticksUpTo(xMax, xMax / 5);
  for (double tick : xTicks)
    ticks += "M" + px(x(tick)) + " " + px(bottom) + "v4";
  const std::vector<double> yTicks = ticksUpTo(yMax, std::max(1.0, yMax / 4));
  for (double tick : yTicks)
    ticks += "M" + px(left) + " " + px(y(tick)) + "h-4";
  out += ticks + "\"/>\n";
  for (double tick : xTicks)
    appendText(out, x(tick), bottom + 15, "middle", "", label(tick));
  for (double tick : yTicks)
    appendText(out, left - 6, y(tick) + 4, "end", "", label(tick));
  appendText(out, (left + right) / 2, bottom + 32, "middle", "", style.xLabel);
  const double middle = (top + bottom) / 2;
  appendText(out, left - 38, middle, "middle",
             " transform=\"rotate(-90 " + px(left - 38) + " " + px(middle) + ")\"", style.yLabel);
  out += "</svg>\n";
  return out;
}

} // namespace flux::rt
