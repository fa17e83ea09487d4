// Parsing CSV connectivity tables and sorting them into CSR.
#include "elab/ConnectTable.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstring>
#include <fstream>
#include <limits>
#include <sstream>

namespace flux::elab {
namespace {

std::string_view trim(std::string_view s) {
  const auto first = s.find_first_not_of(" \t");
  if (first == std::string_view::npos)
    return {};
  return s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

/// Calls fn(lineNumber, fields) for every line that is not blank or a '#' comment; stops and
/// returns false as soon as fn does.
template <typename LineFn>
bool forEachDataLine(std::string_view text, LineFn &&fn) {
  std::vector<std::string_view> fields;
  std::uint32_t number = 0;
  if (text.starts_with("\xEF\xBB\xBF"))
    text.remove_prefix(3); // the UTF-8 byte order mark spreadsheets put first
  while (!text.empty()) {
    ++number;
    const auto end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
    if (!line.empty() && line.back() == '\r')
      line.remove_suffix(1);
    line = trim(line);
    if (line.empty() || line.front() == '#')
      continue;
    fields.clear();
    for (std::size_t start = 0;;) {
      const auto comma = line.find(',', start);
      fields.push_back(trim(line.substr(start, comma - start)));
      if (comma == std::string_view::npos)
        break;
      start = comma + 1;
    }
    if (!fn(number, fields))
      return false;
  }
  return true;
}

/// Builds "file:line: field N: message" errors.
struct ErrorSink {
  const std::string &fileName;
  std::string &error;

  bool at(std::uint32_t line, const std::string &message) const {
    error = fileName + ":" + std::to_string(line) + ": " + message;
    return false;
  }
  bool atField(std::uint32_t line, std::size_t field, const std::string &message) const {
    return at(line, "field " + std::to_string(field + 1) + ": " + message);
  }
};

std::string quoted(std::string_view field) {
  return field.empty() ? std::string("an empty field") : "'" + std::string(field) + "'";
}

bool parseIndex(std::string_view field, std::uint32_t &value) {
  std::uint64_t wide = 0;
  const auto [end, ec] = std::from_chars(field.data(), field.data() + field.size(), wide);
  if (ec != std::errc() || end != field.data() + field.size() ||
      wide > std::numeric_limits<std::uint32_t>::max())
    return false;
  value = static_cast<std::uint32_t>(wide);
  return true;
}

bool parseNumber(std::string_view field, double &value) {
  if (!field.empty() && field.front() == '+')
    field.remove_prefix(1);
  const auto [end, ec] = std::from_chars(field.data(), field.data() + field.size(), value);
  return ec == std::errc() && end == field.data() + field.size() && std::isfinite(value);
}

/// Where each quantity sits in an edge list's lines; -1 when absent.
struct EdgeColumns {
  int pre = 0, post = 1, weight = -1, delay = -1;
  std::size_t count = 0;
  std::uint32_t definedOnLine = 0; // the header, or the first data line
  bool fromHeader = false;
};

bool readHeader(const std::vector<std::string_view> &fields, std::uint32_t line,
                EdgeColumns &columns, const ErrorSink &sink) {
  columns = {-1, -1, -1, -1, fields.size(), line, true};
  for (std::size_t i = 0; i < fields.size(); ++i) {
    int *slot = fields[i] == "pre"      ? &columns.pre
                : fields[i] == "post"   ? &columns.post
                : fields[i] == "weight" ? &columns.weight
                : fields[i] == "delay"  ? &columns.delay
                                        : nullptr;
    if (slot == nullptr)
      return sink.atField(line, i,
                          "unknown column " + quoted(fields[i]) +
                              " in the header; the columns are pre, post, weight and delay");
    if (*slot != -1)
      return sink.atField(line, i, "column '" + std::string(fields[i]) + "' appears twice");
    *slot = static_cast<int>(i);
  }
  if (columns.pre == -1 || columns.post == -1)
    return sink.at(line, "the header needs both a 'pre' and a 'post' column");
  return true;
}

bool parseEdgeList(std::string_view text, EdgeTable &table, const ErrorSink &sink) {
  EdgeColumns columns;
  bool sawLine = false;
  const bool ok = forEachDataLine(text, [&](std::uint32_t line, const auto &fields) {
    if (!sawLine) {
      sawLine = true;
      // A header starts with a name; a first data line with a number (or a bad one).
      const char first = fields[0].empty() ? '0' : fields[0].front();
      if (std::isalpha(static_cast<unsigned char>(first)) != 0 || first == '_')
        return readHeader(fields, line, columns, sink);
      if (fields.size() < 2 || fields.size() > 4)
        return sink.at(line, "expected 2 to 4 fields (pre,post[,weight[,delay]]), got " +
                                 std::to_string(fields.size()));
      columns.count = fields.size();
      columns.weight = fields.size() >= 3 ? 2 : -1;
      columns.delay = fields.size() == 4 ? 3 : -1;
      columns.definedOnLine = line;
    }
    if (fields.size() != columns.count)
      return sink.at(line, "expected " + std::to_string(columns.count) + " fields like " +
                               (columns.fromHeader ? "the header" : "the first line") +
                               " on line " + std::to_string(columns.definedOnLine) + ", got " +
                               std::to_string(fields.size()));
    std::uint32_t pre = 0;
    std::uint32_t post = 0;
    const auto pc = static_cast<std::size_t>(columns.pre);
    const auto qc = static_cast<std::size_t>(columns.post);
    if (!parseIndex(fields[pc], pre))
      return sink.atField(line, pc, quoted(fields[pc]) + " is not a neuron index");
    if (!parseIndex(fields[qc], post))
      return sink.atField(line, qc, quoted(fields[qc]) + " is not a neuron index");
    table.pre.push_back(pre);
    table.post.push_back(post);
    table.line.push_back(line);
    if (columns.weight >= 0) {
      const auto wc = static_cast<std::size_t>(columns.weight);
      double weight = 0;
      if (!parseNumber(fields[wc], weight))
        return sink.atField(line, wc, "weight " + quoted(fields[wc]) + " is not a finite number");
      table.weight.push_back(weight);
    }
    if (columns.delay >= 0) {
      const auto dc = static_cast<std::size_t>(columns.delay);
      double delay = 0;
      if (!parseNumber(fields[dc], delay))
        return sink.atField(line, dc, "delay " + quoted(fields[dc]) + " is not a finite number");
      if (delay < 0)
        return sink.atField(line, dc, "delay " + quoted(fields[dc]) + " is negative");
      table.delay.push_back(delay);
    }
    return true;
  });
  if (ok && !sawLine) {
    sink.error = sink.fileName + ": the table is empty; expected lines of pre,post";
    return false;
  }
  return ok;
}

bool parseMatrix(std::string_view text, EdgeTable &table, const ErrorSink &sink) {
  std::uint32_t firstLine = 0;
  bool weighted = false;
  const bool ok = forEachDataLine(text, [&](std::uint32_t line, const auto &fields) {
    if (table.matrixRows == 0) {
      firstLine = line;
      table.matrixColumns = static_cast<std::uint32_t>(fields.size());
    } else if (fields.size() != table.matrixColumns) {
      return sink.at(line, "matrix row " + std::to_string(table.matrixRows + 1) + " has " +
                               std::to_string(fields.size()) +
                               " entries, but the first row (line " + std::to_string(firstLine) +
                               ") has " + std::to_string(table.matrixColumns));
    }
    for (std::size_t column = 0; column < fields.size(); ++column) {
      double value = 0;
      if (!parseNumber(fields[column], value))
        return sink.atField(line, column, quoted(fields[column]) + " is not a finite number");
      if (value == 0)
        continue;
      weighted = weighted || value != 1;
      table.pre.push_back(table.matrixRows);
      table.post.push_back(static_cast<std::uint32_t>(column));
      table.line.push_back(line);
      table.weight.push_back(value);
    }
    ++table.matrixRows;
    return true;
  });
  if (ok && table.matrixRows == 0) {
    sink.error = sink.fileName + ": the matrix is empty; expected one line per source";
    return false;
  }
  if (!weighted)
    table.weight.clear(); // 0/1 entries say where synapses are, not how strong
  return ok;
}

} // namespace

std::optional<EdgeTable> parseTable(std::string_view text, std::string fileName, TableFormat format,
                                    std::string &error) {
  EdgeTable table;
  table.fileName = std::move(fileName);
  table.format = format;
  const ErrorSink sink{table.fileName, error};
  const bool ok = format == TableFormat::Matrix ? parseMatrix(text, table, sink)
                                                : parseEdgeList(text, table, sink);
  if (!ok)
    return std::nullopt;
  return table;
}

std::optional<EdgeTable> loadTable(const std::string &path, TableFormat format,
                                   std::string &error) {
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    error = "cannot open table file '" + path + "': " + std::strerror(errno);
    return std::nullopt;
  }
  std::ostringstream text;
  text << file.rdbuf();
  if (file.bad()) {
    error = "cannot read table file '" + path + "'";
    return std::nullopt;
  }
  return parseTable(text.str(), path, format, error);
}

std::optional<TableConnectivity> table(const EdgeTable &edges, const RuleInput &in,
                                       std::string &error) {
  const ErrorSink sink{edges.fileName, error};
  if (edges.format == TableFormat::Matrix &&
      (edges.matrixRows != in.nPre || edges.matrixColumns != in.nPost)) {
    error = edges.fileName + ": the matrix has " + std::to_string(edges.matrixRows) + " rows and " +
            std::to_string(edges.matrixColumns) + " columns, but the projection needs " +
            std::to_string(in.nPre) + " (sources) by " + std::to_string(in.nPost) + " (targets)";
    return std::nullopt;
  }
  const std::size_t count = edges.pre.size();
  TableConnectivity out;
  Connectivity &conn = out.connectivity;
  conn.rowStart.assign(std::size_t{in.nPre} + 1, 0);
  for (std::size_t e = 0; e < count; ++e) {
    const std::uint32_t pre = edges.pre[e];
    const std::uint32_t post = edges.post[e];
    if (pre >= in.nPre || post >= in.nPost) {
      const bool source = pre >= in.nPre;
      sink.at(edges.line[e], std::string(source ? "source" : "target") + " index " +
                                 std::to_string(source ? pre : post) + " is out of range: the " +
                                 (source ? "source" : "target") + " population has " +
                                 std::to_string(source ? in.nPre : in.nPost) + " neurons");
      return std::nullopt;
    }
    if (pre == post && in.excludesSelf()) {
      sink.at(edges.line[e], "self-connection " + std::to_string(pre) + " -> " +
                                 std::to_string(post) +
                                 " within one population; allow self-connections or remove it");
      return std::nullopt;
    }
    ++conn.rowStart[pre + 1];
  }
  for (std::size_t i = 0; i < in.nPre; ++i)
    conn.rowStart[i + 1] += conn.rowStart[i];

  // Counting sort by source, then each row by (target, file order): a duplicate comes right
  // after its first occurrence.
  std::vector<std::size_t> order(count);
  std::vector<std::uint64_t> cursor(conn.rowStart.begin(), conn.rowStart.end() - 1);
  for (std::size_t e = 0; e < count; ++e)
    order[cursor[edges.pre[e]]++] = e;
  conn.target.resize(count);
  for (std::uint32_t pre = 0; pre < in.nPre; ++pre) {
    const auto first = order.begin() + static_cast<std::ptrdiff_t>(conn.rowStart[pre]);
    const auto last = order.begin() + static_cast<std::ptrdiff_t>(conn.rowStart[pre + 1]);
    std::sort(first, last, [&](std::size_t x, std::size_t y) {
      return edges.post[x] != edges.post[y] ? edges.post[x] < edges.post[y] : x < y;
    });
    for (auto it = first; it != last; ++it) {
      if (it != first && edges.post[*it] == edges.post[*(it - 1)]) {
        sink.at(edges.line[*it], "duplicate synapse " + std::to_string(pre) + " -> " +
                                     std::to_string(edges.post[*it]) + " (first on line " +
                                     std::to_string(edges.line[*(it - 1)]) + ")");
        return std::nullopt;
      }
      conn.target[static_cast<std::size_t>(it - order.begin())] = edges.post[*it];
    }
  }
  auto permute = [&](const std::vector<double> &column, std::vector<double> &result) {
    if (column.empty())
      return;
    result.reserve(count);
    for (const std::size_t e : order)
      result.push_back(column[e]);
  };
  permute(edges.weight, out.weight);
  permute(edges.delay, out.delay);
  return out;
}

} // namespace flux::elab
