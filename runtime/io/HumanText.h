// Numbers for people (terminal tables, the progress line), as opposed to NumberText.h's
// numbers for files.
#pragma once

#include <cstdint>
#include <string>

namespace flux::rt {

/// `value` with `decimals` digits after the point; "-" for NaN.
std::string fixedText(double value, int decimals);

/// 4.94e6 -> "4.94 M", 950 -> "950": values that span many orders of magnitude. "-" unless finite.
std::string siText(double value);

/// 1234567 -> "1,234,567".
std::string groupedText(std::uint64_t value);

} // namespace flux::rt
