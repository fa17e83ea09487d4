#include "sema/Value.h"

#include "support/NumberText.h"

#include <cstdio>

namespace flux::sema {

std::string Value::str() const {
  switch (kind) {
  case Kind::Int: {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.0f", number);
    return buffer;
  }
  case Kind::Real: {
    // The shortest text that reads back as the same double, in plain notation where it has
    // one (1500, not 1.5e+03).
    std::string text = numberText(number);
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
