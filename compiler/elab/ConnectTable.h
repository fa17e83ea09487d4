// Connectivity read from a CSV file: an edge list or an adjacency matrix. Parsing never throws;
// a malformed file gives an error naming the file, the line and what is wrong.
#pragma once

#include "elab/Connect.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace flux::elab {

/// EdgeList: one synapse a line, "pre,post" with optional ",weight" and ",delay" columns; an
///   optional first line names the columns ("pre,post,weight", in any order, pre and post
///   required), otherwise they are positional. Every line has the same number of fields.
/// Matrix: one line per source, one comma-separated number per target; a nonzero entry is a
///   synapse, and its value its weight when any entry is other than 0 or 1.
/// In both, fields may be padded with spaces or tabs, and blank lines and lines starting with
/// '#' are ignored; CRLF line ends and a UTF-8 byte order mark are accepted.
enum class TableFormat { EdgeList, Matrix };

/// A parsed table, edges in file order.
struct EdgeTable {
  std::string fileName;
  std::vector<std::uint32_t> pre;
  std::vector<std::uint32_t> post;
  std::vector<std::uint32_t> line; // 1-based line of each edge, for errors
  std::vector<double> weight;      // one per edge, or empty when the file gives none
  std::vector<double> delay;       // one per edge, or empty when the file gives none
  std::uint32_t matrixRows = 0;    // a matrix's shape; 0 x 0 for an edge list
  std::uint32_t matrixColumns = 0;
  TableFormat format = TableFormat::EdgeList;
};

/// Parses `text`; `fileName` only names the file in errors ("conn.csv:3: ...").
std::optional<EdgeTable> parseTable(std::string_view text, std::string fileName, TableFormat format,
                                    std::string &error);
/// Reads and parses the file at `path`.
std::optional<EdgeTable> loadTable(const std::string &path, TableFormat format, std::string &error);

/// A table's synapses in CSR order, with its weight and delay columns (empty when the file has
/// none) permuted to match.
struct TableConnectivity {
  Connectivity connectivity;
  std::vector<double> weight;
  std::vector<double> delay;
};

/// Checks the table against the populations (indices in range, a matrix of nPre x nPost, no
/// duplicate edge, no self-connection unless allowed) and sorts it into CSR.
std::optional<TableConnectivity> table(const EdgeTable &edges, const RuleInput &in,
                                       std::string &error);

} // namespace flux::elab
