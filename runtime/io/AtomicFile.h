// Writing a whole file so that readers see either the old content or the new, never half of it
// (run summaries, plots): a crash or Ctrl-C during the write leaves the previous file in place.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace flux::rt {

/// Writes `content` to `path + ".tmp-<pid>"`, syncs it and renames it over `path`. Returns an
/// error message naming the file and the system's reason on failure; the temporary file is
/// removed in every case.
std::optional<std::string> writeFileAtomically(const std::string &path, std::string_view content);

} // namespace flux::rt
