// The pieces of SVG that the raster plot (--raster) and the run report (--report) both draw
// with: numbers and text as SVG, population colours, a time axis and a panel of rate traces.
// One place, so the two figures look alike and a fix reaches both.
#pragma once

#include "io/PopulationInfo.h"
#include "io/RateBins.h"

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace flux::rt::svg {

/// The colour of a population's dots and traces (a palette of ten, repeating); grey for
/// neurons that belong to no population.
const char *colourOf(std::optional<std::size_t> population);
/// How many populations get a colour of their own.
std::size_t paletteSize();

/// A coordinate to a tenth of a pixel, without a trailing ".0": finer is invisible and costs
/// bytes.
std::string px(double value);

/// `text` with &, <, >, " and ' replaced by entities: safe as SVG or HTML text and inside a
/// quoted attribute.
std::string escaped(std::string_view text);

/// The smallest of 1, 2, 5 x 10^k that is at least `rough` (tick steps, axis maxima).
double niceAtLeast(double rough);

/// A number for an axis label: up to six significant digits, no trailing zeros.
std::string label(double value);

/// A <text> element; `extra` holds further attributes (each with a leading space).
void appendText(std::string &out, double x, double y, std::string_view anchor,
                std::string_view extra, std::string_view text);

/// A rectangle in pixels whose x axis shows the simulated times
/// [originMs, originMs + spanMs].
struct TimePanel {
  double left = 0;
  double right = 1;
  double top = 0;
  double bottom = 1;
  double originMs = 0;
  double spanMs = 1;

  /// The x of a time `sinceOriginMs` after the origin.
  [[nodiscard]] double xAfter(double sinceOriginMs) const {
    return left + (right - left) * sinceOriginMs / spanMs;
  }
  [[nodiscard]] double x(double timeMs) const { return xAfter(timeMs - originMs); }
};

/// Tick marks at round times along the panel's bottom edge and their labels, with the unit:
/// ms, or s for spans of 2 s and more.
void appendTimeAxis(std::string &out, const TimePanel &panel);

/// The framed panel and the rate traces (Hz) of the populations `drawn` (positions in
/// `populations`), as step lines on one shared axis, with a legend in the top right corner.
/// `bins` counts spikes since the panel's origin; the traces end at the panel's span.
void appendRatePanel(std::string &out, const TimePanel &panel,
                     const std::vector<PopulationInfo> &populations, const RateBins &bins,
                     std::span<const std::size_t> drawn);

} // namespace flux::rt::svg
