// Compile-time values: what parameters, sizes and generator expressions evaluate to. Shared by
// sema (constant folding for --emit=sema) and elab (which evaluates circuits).
#pragma once

#include "sema/Units.h"

#include <string>

namespace flux::sema {

struct Value {
  enum class Kind : std::uint8_t { Int, Real, Bool, String };
  Kind kind = Kind::Real;
  double number = 0; // in base units for quantities; exact for ints up to 2^53
  bool flag = false;
  std::string text;
  Dim dim;

  static Value integer(double v) { return {Kind::Int, v, false, {}, {}}; }
  static Value real(double v, Dim d = {}) { return {Kind::Real, v, false, {}, d}; }
  static Value boolean(bool b) { return {Kind::Bool, 0, b, {}, {}}; }
  static Value string(std::string s) { return {Kind::String, 0, false, std::move(s), {}}; }

  bool isNumber() const { return kind == Kind::Int || kind == Kind::Real; }
  /// "3", "0.05 [1/ms]", "true", "\"file.csv\"": values in base units.
  std::string str() const;
};

} // namespace flux::sema
