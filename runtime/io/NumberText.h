// Numbers as text for the files the runtime writes: the shortest spelling that reads back to the
// same double (std::to_chars), so a CSV or JSON file loses nothing and stays small.
#pragma once

#include <charconv>
#include <cmath>
#include <cstdint>
#include <string>

namespace flux::rt {

/// The shortest round-trip spelling, except that whole numbers below 10^15 keep all their
/// digits: a time column reads 1000000, not 1e+06.
inline void appendShortest(std::string &out, double value) {
  // 0/0 on x86 has its sign bit set; to_chars would write "-nan", and a NaN has no sign.
  if (std::isnan(value)) {
    out.append("nan");
    return;
  }
  char text[32]; // the longest shortest form, "-2.2250738585072014e-308", is 24 characters
  const bool whole = std::fabs(value) < 1e15 && value == std::trunc(value);
  const auto result =
      whole ? std::to_chars(text, text + sizeof text, static_cast<std::int64_t>(value))
            : std::to_chars(text, text + sizeof text, value);
  out.append(text, result.ptr);
}

inline void appendInteger(std::string &out, std::uint64_t value) {
  char text[24];
  const auto result = std::to_chars(text, text + sizeof text, value);
  out.append(text, result.ptr);
}

inline std::string shortestText(double value) {
  std::string text;
  appendShortest(text, value);
  return text;
}

} // namespace flux::rt
