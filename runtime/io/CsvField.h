// Text as one CSV field (RFC 4180), for population and probe names in CSV files.
#pragma once

#include <string>

namespace flux::rt {

/// `field` unchanged, or quoted with its quotes doubled when it holds a comma, a quote or a line
/// break (which would otherwise split the row).
inline std::string csvField(const std::string &field) {
  if (field.find_first_of(",\"\r\n") == std::string::npos)
    return field;
  std::string quoted = "\"";
  for (char c : field) {
    if (c == '"')
      quoted += '"';
    quoted += c;
  }
  return quoted + '"';
}

} // namespace flux::rt
