// Checkpoint files. The layout is fixed little-endian, so a checkpoint moves between hosts; the
// checksum is checked before anything is decoded, so a damaged file is reported as damaged
// rather than as some odd network mismatch.
#include "io/Checkpoint.h"

#include "io/AtomicFile.h"
#include "io/LittleEndian.h"

#include <algorithm>
#include <bit>
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

// Little-endian numbers inside a byte string, bounds checked by the caller.
std::uint64_t le64At(std::string_view bytes, std::size_t at) {
  char raw[8] = {};
  bytes.copy(raw, sizeof raw, at);
  return loadLe64(raw);
}

std::uint32_t le32At(std::string_view bytes, std::size_t at) {
  char raw[4] = {};
  bytes.copy(raw, sizeof raw, at);
  return loadLe32(raw);
}

std::string named(const std::string &path) {
  return "checkpoint '" + path + "'";
}

/// The changes a host makes to the network itself while running (flux_set_weight,
/// flux_set_projection_enabled, fluxc run --control): per projection, its switch and its
/// per-synapse weights (none when it still has one weight for all).
std::string encodeLive(const NetworkImage *network) {
  std::string out;
  appendLe64(out, network ? network->projections.size() : 0);
  if (!network)
    return out;
  for (const auto &proj : network->projections) {
    out.push_back(proj.enabled ? '\1' : '\0');
    appendLe64(out, proj.weights.size());
    for (float w : proj.weights)
      appendLe32(out, std::bit_cast<std::uint32_t>(w));
  }
  return out;
}

struct LiveProjection {
  bool enabled = true;
  std::vector<float> weights;
};

/// The live changes, checked against `network`; nullopt with `error` when they do not fit.
std::optional<std::vector<LiveProjection>>
decodeLive(std::string_view bytes, const NetworkImage &network, std::string &error) {
  std::size_t at = 0;
  auto need = [&](std::size_t n) { return n <= bytes.size() - at; };
  if (!need(8)) {
    error = "its live changes are cut short";
    return std::nullopt;
  }
  std::uint64_t count = le64At(bytes, 0);
  at = 8;
  std::vector<LiveProjection> out;
  if (count == 0)
    return out; // saved without a network: nothing to apply
  if (count != network.projections.size()) {
    error = "it has " + std::to_string(count) + " projections, the network " +
            std::to_string(network.projections.size());
    return std::nullopt;
  }
  for (const auto &proj : network.projections) {
    if (!need(9)) {
      error = "its live changes are cut short";
      return std::nullopt;
    }
    LiveProjection live;
    live.enabled = bytes[at] != 0;
    std::uint64_t n = le64At(bytes, at + 1);
    at += 9;
    if ((n != 0 && n != proj.synapseCount()) || !need(n * 4)) {
      error = "the weights saved for '" + proj.name + "' do not fit its " +
              std::to_string(proj.synapseCount()) + " synapses";
      return std::nullopt;
    }
    for (std::uint64_t s = 0; s < n; ++s, at += 4)
      live.weights.push_back(std::bit_cast<float>(le32At(bytes, at)));
    out.push_back(std::move(live));
  }
  if (at != bytes.size()) {
    error = "its live changes have bytes left over";
    return std::nullopt;
  }
  return out;
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

std::string encodeCheckpoint(const Simulator &sim, const NetworkImage *network) {
  // The payload: the engine's part (its length first), then the network's live changes.
  std::string engineState;
  sim.saveState(engineState);
  std::string payload;
  appendLe64(payload, engineState.size());
  payload.append(engineState).append(encodeLive(network));
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

std::optional<std::string> writeCheckpoint(const std::string &path, const Simulator &sim,
                                           const NetworkImage *network) {
  return writeFileAtomically(path, encodeCheckpoint(sim, network));
}

std::optional<std::string> decodeCheckpoint(const std::string &path, std::string_view bytes,
                                            Simulator &sim, NetworkImage *network) {
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
  std::string_view payload = bytes.substr(payloadAt, static_cast<std::size_t>(payloadLength));
  if (payload.size() < 8 || le64At(payload, 0) > payload.size() - 8)
    return file + " is corrupt: its parts do not add up";
  const auto engineBytes = static_cast<std::size_t>(le64At(payload, 0));
  std::string error;
  std::optional<std::vector<LiveProjection>> live;
  std::string liveError;
  if (network)
    live = decodeLive(payload.substr(8 + engineBytes), *network, liveError);
  // The engine checks that the checkpoint is of this network first: its message says what
  // differs. Live changes that do not fit a network the engine accepted mean a damaged
  // file: the simulator goes back to what it was.
  std::string before;
  if (network && !live)
    sim.saveState(before);
  if (!sim.restoreState(payload.substr(8, engineBytes), error))
    return file + " does not fit this run: " + error;
  if (network && !live) {
    std::string ignored;
    sim.restoreState(before, ignored);
    return file + " does not fit this run: " + liveError;
  }
  if (live)
    for (std::size_t j = 0; j < live->size(); ++j) {
      network->projections[j].enabled = (*live)[j].enabled;
      if (!(*live)[j].weights.empty()) {
        network->projections[j].weights = std::move((*live)[j].weights);
        ++network->projections[j].weightChanges; // the step engine's fixed point follows
      }
    }
  return std::nullopt;
}

std::optional<std::string> readCheckpoint(const std::string &path, Simulator &sim,
                                          NetworkImage *network) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return "cannot read " + named(path) + ": " + std::strerror(errno);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad())
    return "cannot read " + named(path) + ": " + std::strerror(errno);
  return decodeCheckpoint(path, bytes, sim, network);
}

} // namespace flux::rt
