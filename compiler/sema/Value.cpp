#include "sema/Value.h"

#include <cstdio>
#include <cstdlib>

namespace flux::sema {

std::string Value::str() const {
  switch (kind) {
  case Kind::Int: {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.0f", number);
    return buffer;
  }
  case Kind::Real: {
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%.17g", number);
    std::string text = buffer;
    // Shortest spelling that reads back to the same double.
    for (int precision = 1; precision < 17; ++precision) {
      std::snprintf(buffer, sizeof buffer, "%.*g", precision, number);
      if (std::strtod(buffer, nullptr) == number) {
        text = buffer;
        break;
      }
    }
    if (text.find_first_of(".eEn") == std::string::npos)
      text += ".0";
    std::string unit = baseUnit(dim);
    return unit.empty() ? text : text + " " + unit;
  }
  case Kind::Bool:
    return flag ? "true" : "false";
  case Kind::String:
    return "\"" + text + "\"";
  }
  return "?";
}

} // namespace flux::sema
