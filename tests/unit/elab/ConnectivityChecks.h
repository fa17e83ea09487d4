// Shared checks for connectivity tests: CSR well-formedness and degree counts.
#pragma once

#include "elab/Connect.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace flux::test {

/// Empty when `conn` is well-formed CSR over nPre x nPost with strictly increasing targets in
/// each row (so no duplicate synapse); otherwise what is wrong.
inline std::string csrProblem(const elab::Connectivity &conn, std::uint32_t nPre,
                              std::uint32_t nPost) {
  if (conn.rowStart.size() != std::size_t{nPre} + 1 || conn.rowStart.front() != 0 ||
      conn.rowStart.back() != conn.target.size())
    return "rowStart has the wrong size or ends";
  for (std::uint32_t pre = 0; pre < nPre; ++pre) {
    if (conn.rowStart[pre] > conn.rowStart[pre + 1])
      return "rowStart decreases at " + std::to_string(pre);
    for (std::uint64_t i = conn.rowStart[pre]; i < conn.rowStart[pre + 1]; ++i) {
      if (conn.target[i] >= nPost)
        return "target out of range in row " + std::to_string(pre);
      if (i > conn.rowStart[pre] && conn.target[i] <= conn.target[i - 1])
        return "row " + std::to_string(pre) + " is not strictly increasing";
    }
  }
  return "";
}

inline bool hasSelfConnection(const elab::Connectivity &conn) {
  for (std::uint32_t pre = 0; pre < conn.sourceCount(); ++pre)
    for (const std::uint32_t post : conn.targetsOf(pre))
      if (post == pre)
        return true;
  return false;
}

inline std::vector<std::uint32_t> inDegrees(const elab::Connectivity &conn, std::uint32_t nPost) {
  std::vector<std::uint32_t> degree(nPost, 0);
  for (const std::uint32_t post : conn.target)
    ++degree[post];
  return degree;
}

inline std::vector<std::uint32_t> rowOf(const elab::Connectivity &conn, std::uint32_t pre) {
  const auto row = conn.targetsOf(pre);
  return {row.begin(), row.end()};
}

} // namespace flux::test
