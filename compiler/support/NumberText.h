// Numbers in messages and printed networks: the shortest text that reads back as the same
// double (0.1, not 0.100000 or 0.10000000000000001).
#pragma once

#include <charconv>
#include <string>

namespace flux {

inline std::string numberText(double value) {
  char buffer[32];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return {buffer, result.ptr};
}

} // namespace flux
