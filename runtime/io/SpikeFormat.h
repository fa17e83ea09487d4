// What SpikeWriter and readSpikeFile share: which format a path names, and the layout of the
// binary .fspk format (docs/recording.md describes it for readers in other languages).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace flux::rt {

enum class SpikeFormat { Csv, Binary };

/// The format `path`'s extension names (.csv, .fspk, any case), or nullopt with a message that
/// lists the extensions allowed.
std::optional<SpikeFormat> spikeFormatOf(const std::string &path, std::string &error);

inline constexpr std::string_view kCsvSpikeHeader = "time_ms,neuron,population,index";

// .fspk, all integers and doubles little-endian:
//   0  char[8] magic "FLUXSPK1"
//   8  u32     version (1)
//  12  u32     population count P
//  16  u64     record count, kUnknownRecordCount until SpikeWriter::finish writes it
//  24  u64     records offset: where the first record starts
//  32  P x { u32 first, u32 size, u32 name bytes, name (UTF-8, no terminator) }
//  records offset: records of 12 bytes, { f64 time_ms, u32 neuron }, no padding
namespace fspk {
inline constexpr std::string_view kMagic = "FLUXSPK1";
inline constexpr std::uint32_t kVersion = 1;
inline constexpr std::uint64_t kRecordCountOffset = 16;
inline constexpr std::uint64_t kHeaderBytes = 32;
inline constexpr std::uint64_t kRecordBytes = 12;
inline constexpr std::uint64_t kUnknownRecordCount = ~std::uint64_t{0};
} // namespace fspk

} // namespace flux::rt
