// Physical dimensions and units. Quantities are stored in Flux's base units, the consistent set
// neuroscience simulators use (NEST's): ms, mV, pA, nS, pF, and mm for distances. With these,
// C·dV/dt, g·V and I all come out in pA with no conversion factors.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace flux::sema {

/// Exponents of time, voltage, current and length; every unit Flux knows is a product of these.
struct Dim {
  std::int8_t time = 0;
  std::int8_t voltage = 0;
  std::int8_t current = 0;
  std::int8_t length = 0;

  bool dimensionless() const { return time == 0 && voltage == 0 && current == 0 && length == 0; }
  friend bool operator==(Dim a, Dim b) = default;
  friend Dim operator*(Dim a, Dim b) {
    return {static_cast<std::int8_t>(a.time + b.time),
            static_cast<std::int8_t>(a.voltage + b.voltage),
            static_cast<std::int8_t>(a.current + b.current),
            static_cast<std::int8_t>(a.length + b.length)};
  }
  friend Dim operator/(Dim a, Dim b) {
    return {static_cast<std::int8_t>(a.time - b.time),
            static_cast<std::int8_t>(a.voltage - b.voltage),
            static_cast<std::int8_t>(a.current - b.current),
            static_cast<std::int8_t>(a.length - b.length)};
  }
  /// The square root's dimension; nullopt when an exponent is odd.
  std::optional<Dim> sqrt() const {
    if (time % 2 || voltage % 2 || current % 2 || length % 2)
      return std::nullopt;
    return Dim{static_cast<std::int8_t>(time / 2), static_cast<std::int8_t>(voltage / 2),
               static_cast<std::int8_t>(current / 2), static_cast<std::int8_t>(length / 2)};
  }
};

constexpr Dim kDimensionless{};
constexpr Dim kTime{1, 0, 0, 0};
constexpr Dim kRate{-1, 0, 0, 0};
constexpr Dim kVoltage{0, 1, 0, 0};
constexpr Dim kCurrent{0, 0, 1, 0};
constexpr Dim kConductance{0, -1, 1, 0};
constexpr Dim kCapacitance{1, -1, 1, 0};
constexpr Dim kResistance{0, 1, -1, 0};
constexpr Dim kLength{0, 0, 0, 1};
constexpr Dim kVelocity{-1, 0, 0, 1};

struct UnitInfo {
  Dim dim;
  double scale; // value of one of this unit in base units
};

/// ms, s, us, min, Hz, kHz, mV, V, uV, pA, nA, uA, nS, uS, mS, pF, nF, uF, MOhm, GOhm, um,
/// mm, cm, m.
std::optional<UnitInfo> lookupUnit(std::string_view name);
/// The unit written after a number: numerator and/or 'per' denominator (either may be empty).
/// Returns nullopt and sets `unknown` to the offending name when a unit is not known.
std::optional<UnitInfo> lookupUnit(std::string_view numerator, std::string_view denominator,
                                   std::string &unknown);
/// All unit names, for "did you mean" messages and docs.
std::string unitList();

/// The dimension a type name stands for: time, rate, voltage, current, conductance,
/// capacitance, resistance, length, velocity; real and int are dimensionless. nullopt for
/// other names.
std::optional<Dim> dimOfTypeName(std::string_view name);

/// "a time [ms]", "a rate [1/ms]", "a dimensionless value", "a quantity in [mV/ms]".
std::string describe(Dim dim);
/// The base unit of a dimension as text: "ms", "1/ms", "mV", "mV/ms", "" when dimensionless.
std::string baseUnit(Dim dim);

} // namespace flux::sema
