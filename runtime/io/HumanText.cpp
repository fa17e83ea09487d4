// Number formatting for terminal output.
#include "io/HumanText.h"

#include <array>
#include <cmath>
#include <cstdio>

namespace flux::rt {

std::string fixedText(double value, int decimals) {
  if (std::isnan(value))
    return "-";
  char text[352]; // %f of the largest double has 309 digits before the point
  std::snprintf(text, sizeof text, "%.*f", decimals, value);
  return text;
}

std::string siText(double value) {
  if (!std::isfinite(value))
    return "-";
  static constexpr std::array<const char *, 5> kPrefixes = {"", " k", " M", " G", " T"};
  std::size_t prefix = 0;
  while (std::fabs(value) >= 999.995 && prefix + 1 < kPrefixes.size()) {
    value /= 1000;
    ++prefix;
  }
  return fixedText(value, prefix == 0 ? 0 : 2) + kPrefixes[prefix];
}

std::string groupedText(std::uint64_t value) {
  const std::string digits = std::to_string(value);
  std::string text;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i != 0 && (digits.size() - i) % 3 == 0)
      text += ',';
    text += digits[i];
  }
  return text;
}

} // namespace flux::rt
