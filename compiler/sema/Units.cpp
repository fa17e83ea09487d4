#include "sema/Units.h"

#include <array>

namespace flux::sema {
namespace {

struct NamedUnit {
  const char *name;
  UnitInfo info;
};

constexpr std::array kUnits = {
    NamedUnit{"ms", {kTime, 1.0}},           NamedUnit{"s", {kTime, 1000.0}},
    NamedUnit{"us", {kTime, 1e-3}},          NamedUnit{"min", {kTime, 60000.0}},
    NamedUnit{"Hz", {kRate, 1e-3}},          NamedUnit{"kHz", {kRate, 1.0}},
    NamedUnit{"mV", {kVoltage, 1.0}},        NamedUnit{"V", {kVoltage, 1000.0}},
    NamedUnit{"uV", {kVoltage, 1e-3}},       NamedUnit{"pA", {kCurrent, 1.0}},
    NamedUnit{"nA", {kCurrent, 1000.0}},     NamedUnit{"uA", {kCurrent, 1e6}},
    NamedUnit{"nS", {kConductance, 1.0}},    NamedUnit{"uS", {kConductance, 1000.0}},
    NamedUnit{"mS", {kConductance, 1e6}},    NamedUnit{"pF", {kCapacitance, 1.0}},
    NamedUnit{"nF", {kCapacitance, 1000.0}}, NamedUnit{"uF", {kCapacitance, 1e6}},
    NamedUnit{"MOhm", {kResistance, 1e-3}},  NamedUnit{"GOhm", {kResistance, 1.0}},
    NamedUnit{"um", {kLength, 1e-3}},        NamedUnit{"mm", {kLength, 1.0}},
    NamedUnit{"cm", {kLength, 10.0}},        NamedUnit{"m", {kLength, 1000.0}},
};

struct NamedDim {
  const char *name;
  Dim dim;
};

constexpr std::array kTypeNames = {
    NamedDim{"real", kDimensionless},
    NamedDim{"int", kDimensionless},
    NamedDim{"time", kTime},
    NamedDim{"rate", kRate},
    NamedDim{"voltage", kVoltage},
    NamedDim{"current", kCurrent},
    NamedDim{"conductance", kConductance},
    NamedDim{"capacitance", kCapacitance},
    NamedDim{"resistance", kResistance},
    NamedDim{"length", kLength},
    NamedDim{"velocity", kVelocity},
};

void appendPower(std::string &text, const char *unit, int power) {
  if (power == 0)
    return;
  if (!text.empty())
    text += '*';
  text += unit;
  if (power != 1)
    text += '^' + std::to_string(power);
}

} // namespace

std::optional<UnitInfo> lookupUnit(std::string_view name) {
  for (const auto &unit : kUnits) {
    if (name == unit.name)
      return unit.info;
  }
  return std::nullopt;
}

std::optional<UnitInfo> lookupUnit(std::string_view numerator, std::string_view denominator,
                                   std::string &unknown) {
  UnitInfo result{kDimensionless, 1.0};
  if (!numerator.empty()) {
    auto n = lookupUnit(numerator);
    if (!n) {
      unknown = numerator;
      return std::nullopt;
    }
    result = *n;
  }
  if (!denominator.empty()) {
    auto d = lookupUnit(denominator);
    if (!d) {
      unknown = denominator;
      return std::nullopt;
    }
    result.dim = result.dim / d->dim;
    result.scale /= d->scale;
  }
  return result;
}

std::string unitList() {
  std::string text;
  for (const auto &unit : kUnits)
    text += (text.empty() ? "" : ", ") + std::string(unit.name);
  return text;
}

std::optional<Dim> dimOfTypeName(std::string_view name) {
  for (const auto &type : kTypeNames) {
    if (name == type.name)
      return type.dim;
  }
  return std::nullopt;
}

std::string baseUnit(Dim dim) {
  // Named combinations first, so a conductance prints as nS rather than pA/mV.
  for (const auto &unit : kUnits) {
    if (unit.info.dim == dim && unit.info.scale == 1.0 && !dim.dimensionless())
      return unit.name;
  }
  std::string numerator;
  std::string denominator;
  appendPower(dim.time > 0 ? numerator : denominator, "ms", dim.time > 0 ? dim.time : -dim.time);
  appendPower(dim.voltage > 0 ? numerator : denominator, "mV",
              dim.voltage > 0 ? dim.voltage : -dim.voltage);
  appendPower(dim.current > 0 ? numerator : denominator, "pA",
              dim.current > 0 ? dim.current : -dim.current);
  appendPower(dim.length > 0 ? numerator : denominator, "mm",
              dim.length > 0 ? dim.length : -dim.length);
  if (denominator.empty())
    return numerator;
  return (numerator.empty() ? "1" : numerator) + "/" + denominator;
}

std::string describe(Dim dim) {
  if (dim.dimensionless())
    return "a dimensionless value";
  for (const auto &type : kTypeNames) {
    if (type.dim == dim && !dim.dimensionless())
      return std::string(type.name[0] == 'i' ? "an " : "a ") + type.name + " [" + baseUnit(dim) +
             "]";
  }
  return "a quantity in [" + baseUnit(dim) + "]";
}

} // namespace flux::sema
