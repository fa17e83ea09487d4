// Checkpoint files. The layout is fixed little-endian, so a checkpoint moves between hosts; the
// checksum is checked before anything is decoded, so a damaged file is reported as damaged
// rather than as some odd network mismatch.
#include "io/Checkpoint.h"

#include "io/AtomicFile.h"
#include "io/LittleEndian.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>

namespace flux::rt {
namespace {

// magic, version, engine name length; then the name, the payload length, the payload and the
// checksum.
constexpr std::size_t kFixedHeader = 8 + 4 + 4;
constexpr std::size_t kChecksumBytes = 8;
// Longer engine names mean a damaged file, not an engine.
constexpr std::uint32_t kMaxEngineName = 64;

std::string named(const std::string &path) {
  return "checkpoint '" + path + "'";
}

} // namespace

std::uint64_t fnv1a64(std::string_view bytes) {
  std::uint64_t hash = 14695981039346656037ull;
  for (char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ull;
  }
  return hash;
}

std::string encodeCheckpoint(const Simulator &sim) {
  std::string payload;
  sim.saveState(payload);
  const std::string_view engine = sim.engineName();
  std::string out;
  out.reserve(kFixedHeader + engine.size() + 8 + payload.size() + kChecksumBytes);
  out.append(kCheckpointMagic);
  appendLe32(out, kCheckpointVersion);
  appendLe32(out, static_cast<std::uint32_t>(engine.size()));
  out.append(engine);
  appendLe64(out, payload.size());
  out.append(payload);
  appendLe64(out, fnv1a64(out));
  return out;
}

std::optional<std::string> writeCheckpoint(const std::string &path, const Simulator &sim) {
  return writeFileAtomically(path, encodeCheckpoint(sim));
}

std::optional<std::string> decodeCheckpoint(const std::string &path, std::string_view bytes,
                                            Simulator &sim) {
  const std::string file = named(path);
  const std::size_t prefix = std::min(bytes.size(), kCheckpointMagic.size());
  if (bytes.substr(0, prefix) != kCheckpointMagic.substr(0, prefix))
    return file + " is not a Flux checkpoint (it does not start with FLUXCKPT)";
  auto truncated = [&](const std::string &expected) {
    return file + " is truncated: " + std::to_string(bytes.size()) + " of " + expected + " bytes";
  };
  if (bytes.size() < kFixedHeader)
    return truncated("at least " + std::to_string(kFixedHeader + kChecksumBytes));
  const std::uint32_t version = loadLe32(bytes.data() + 8);
  if (version != kCheckpointVersion)
    return file + " has format version " + std::to_string(version) + "; only version " +
           std::to_string(kCheckpointVersion) + " is supported";
  const std::uint32_t nameLength = loadLe32(bytes.data() + 12);
  if (nameLength > kMaxEngineName)
    return file + " is corrupt: its header is damaged";
  const std::size_t lengthAt = kFixedHeader + nameLength;
  if (bytes.size() < lengthAt + 8)
    return truncated("at least " + std::to_string(lengthAt + 8 + kChecksumBytes));
  const std::uint64_t payloadLength = loadLe64(bytes.data() + lengthAt);
  const std::size_t payloadAt = lengthAt + 8;
  if (payloadLength > bytes.size() - payloadAt ||
      bytes.size() - payloadAt - payloadLength < kChecksumBytes)
    // An absurd length (a damaged header) reads as truncation too; the checksum cannot be
    // checked without the whole file.
    return truncated(std::to_string(payloadAt + payloadLength + kChecksumBytes));
  const std::size_t checksumAt = payloadAt + static_cast<std::size_t>(payloadLength);
  if (bytes.size() != checksumAt + kChecksumBytes)
    return file + " is corrupt: " + std::to_string(bytes.size() - checksumAt - kChecksumBytes) +
           " bytes after its end";
  if (loadLe64(bytes.data() + checksumAt) != fnv1a64(bytes.substr(0, checksumAt)))
    return file + " is corrupt: checksum mismatch";
  const std::string_view engine = bytes.substr(kFixedHeader, nameLength);
  if (engine != sim.engineName())
    return file + " was saved by the " + std::string(engine) + " engine; this run uses the " +
           sim.engineName() + " engine";
  std::string error;
  if (!sim.restoreState(bytes.substr(payloadAt, static_cast<std::size_t>(payloadLength)), error))
    return file + " does not fit this run: " + error;
  return std::nullopt;
}

std::optional<std::string> readCheckpoint(const std::string &path, Simulator &sim) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return "cannot read " + named(path) + ": " + std::strerror(errno);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad())
    return "cannot read " + named(path) + ": " + std::strerror(errno);
  return decodeCheckpoint(path, bytes, sim);
}

} // namespace flux::rt
