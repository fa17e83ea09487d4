// Checkpoint files: the whole dynamic state of a running simulation (Simulator::saveState), so
// that a run can stop and later go on exactly where it stopped. docs/checkpoints.md describes
// the format.
#pragma once

#include "engine/Simulator.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace flux::rt {

inline constexpr std::string_view kCheckpointMagic = "FLUXCKPT";
/// 2: the step engine saves its bursts as per-neuron state (1 had far-future emit events).
inline constexpr std::uint32_t kCheckpointVersion = 2;

/// 64-bit FNV-1a, the checkpoint's checksum over every byte before it.
std::uint64_t fnv1a64(std::string_view bytes);

/// The file's bytes for `sim`'s state: magic, version, engine, payload length, payload, the
/// live changes of `network` (the image `sim` runs: its projections' on/off switches and
/// static weights, which a host may have changed; none when null), checksum.
std::string encodeCheckpoint(const Simulator &sim, const NetworkImage *network = nullptr);

/// Writes `sim`'s state to `path` atomically (a temporary file renamed over it), so a failed
/// write leaves an existing file as it was. Returns an error message, or nullopt.
std::optional<std::string> writeCheckpoint(const std::string &path, const Simulator &sim,
                                           const NetworkImage *network = nullptr);

/// Restores `sim` from the checkpoint `bytes` read from `path` (named in messages), and the
/// live changes it holds into `network` (the image `sim` runs) when not null. Returns a
/// one-line error message naming the file and the problem (truncated, corrupt, another
/// version, engine or network), leaving `sim` and `network` unchanged; nullopt on success.
std::optional<std::string> decodeCheckpoint(const std::string &path, std::string_view bytes,
                                            Simulator &sim, NetworkImage *network = nullptr);

/// Reads `path` and restores `sim` (and `network`) from it (decodeCheckpoint).
std::optional<std::string> readCheckpoint(const std::string &path, Simulator &sim,
                                          NetworkImage *network = nullptr);

} // namespace flux::rt
