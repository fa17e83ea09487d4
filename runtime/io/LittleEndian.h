// Little-endian stores and loads for the binary spike format, whatever the host's byte order.
#pragma once

#include <bit>
#include <cstdint>
#include <string>

namespace flux::rt {

// Byte by byte into a local array: compilers turn the loop into one store on little-endian hosts.
inline void appendLe32(std::string &out, std::uint32_t value) {
  char bytes[4];
  for (int byte = 0; byte < 4; ++byte)
    bytes[byte] = static_cast<char>((value >> (8 * byte)) & 0xFF);
  out.append(bytes, sizeof bytes);
}

inline void appendLe64(std::string &out, std::uint64_t value) {
  char bytes[8];
  for (int byte = 0; byte < 8; ++byte)
    bytes[byte] = static_cast<char>((value >> (8 * byte)) & 0xFF);
  out.append(bytes, sizeof bytes);
}

inline void appendLeDouble(std::string &out, double value) {
  appendLe64(out, std::bit_cast<std::uint64_t>(value));
}

inline std::uint32_t loadLe32(const char *bytes) {
  std::uint32_t value = 0;
  for (int byte = 3; byte >= 0; --byte)
    value = (value << 8) | static_cast<unsigned char>(bytes[byte]);
  return value;
}

inline std::uint64_t loadLe64(const char *bytes) {
  std::uint64_t value = 0;
  for (int byte = 7; byte >= 0; --byte)
    value = (value << 8) | static_cast<unsigned char>(bytes[byte]);
  return value;
}

inline double loadLeDouble(const char *bytes) {
  return std::bit_cast<double>(loadLe64(bytes));
}

} // namespace flux::rt
