// Counting what generated text (SVG, HTML) contains, for the plot and report tests.
#pragma once

#include <cstddef>
#include <string>

namespace flux::test {

/// How often `what` occurs in `text`, overlapping occurrences included.
inline std::size_t occurrences(const std::string &text, const std::string &what) {
  std::size_t count = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
    ++count;
  return count;
}

} // namespace flux::test
