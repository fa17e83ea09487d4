// The deterministic connectivity rules and the column-to-row transpose that the random ones share.
#include "connect/Connect.h"
#include "io/NumberText.h"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace flux::rt {

namespace {

/// Whether blocks sorted by postBegin cover the targets [0, nPost) once.
[[maybe_unused]] bool coverOnce(const std::vector<const ColumnBlock *> &ordered,
                                std::uint32_t nPost) {
  std::uint64_t next = 0;
  for (const ColumnBlock *block : ordered) {
    if (block->postBegin != next || block->colStart.empty())
      return false;
    next += block->colStart.size() - 1;
  }
  return next == nPost;
}

} // namespace

Connectivity toCsr(std::span<const ColumnBlock> blocks, std::uint32_t nPre, std::uint32_t nPost) {
  // Visiting the columns in target order makes every row come out sorted with no sort at all.
  std::vector<const ColumnBlock *> ordered;
  ordered.reserve(blocks.size());
  for (const ColumnBlock &block : blocks)
    ordered.push_back(&block);
  std::sort(ordered.begin(), ordered.end(),
            [](const ColumnBlock *x, const ColumnBlock *y) { return x->postBegin < y->postBegin; });
  assert(coverOnce(ordered, nPost) && "column blocks must cover the targets once");
  (void)nPost;

  Connectivity out;
  out.rowStart.assign(std::size_t{nPre} + 1, 0);
  for (const ColumnBlock *block : ordered)
    for (const std::uint32_t source : block->source)
      ++out.rowStart[source + 1];
  for (std::size_t i = 0; i < nPre; ++i)
    out.rowStart[i + 1] += out.rowStart[i];

  // A plain scatter writes to nPre rows at once: with 50,000 rows the lines being written do not
  // stay in L2. Sweeping the sources in bands of kBandRows keeps them there (for the benchmark's
  // 50M synapses, 0.35 s instead of 0.5 s); each column's sources are sorted, so a band is a
  // run at the column's cursor.
  constexpr std::uint32_t kBandRows = 8192;
  out.target.resize(out.rowStart.back());
  std::vector<std::uint64_t> rowCursor(out.rowStart.begin(), out.rowStart.end() - 1);
  std::vector<std::vector<std::uint64_t>> columnCursor;
  columnCursor.reserve(ordered.size());
  for (const ColumnBlock *block : ordered)
    columnCursor.emplace_back(block->colStart.begin(), block->colStart.end() - 1);
  for (std::uint64_t bandEnd = kBandRows; bandEnd - kBandRows < nPre; bandEnd += kBandRows) {
    for (std::size_t b = 0; b < ordered.size(); ++b) {
      const ColumnBlock &block = *ordered[b];
      std::vector<std::uint64_t> &cursor = columnCursor[b];
      for (std::size_t column = 0; column < cursor.size(); ++column) {
        const auto post = static_cast<std::uint32_t>(block.postBegin + column);
        const std::uint64_t end = block.colStart[column + 1];
        std::uint64_t i = cursor[column];
        for (; i < end && block.source[i] < bandEnd; ++i)
          out.target[rowCursor[block.source[i]]++] = post;
        cursor[column] = i;
      }
    }
  }
  return out;
}

Connectivity toCsr(const ColumnList &columns, std::uint32_t nPre) {
  // The columns are visited in target order, so every row comes out sorted.
  Connectivity out;
  out.rowStart.assign(std::size_t{nPre} + 1, 0);
  for (const std::uint32_t source : columns.source)
    ++out.rowStart[source + 1];
  for (std::size_t i = 0; i < nPre; ++i)
    out.rowStart[i + 1] += out.rowStart[i];
  out.target.resize(out.rowStart.back());
  std::vector<std::uint64_t> rowCursor(out.rowStart.begin(), out.rowStart.end() - 1);
  for (std::size_t column = 0; column < columns.post.size(); ++column)
    for (std::uint64_t i = columns.colStart[column]; i < columns.colStart[column + 1]; ++i)
      out.target[rowCursor[columns.source[i]]++] = columns.post[column];
  return out;
}

namespace {

bool sameSize(const RuleInput &in, const char *rule, std::string &error) {
  if (in.nPre == in.nPost)
    return true;
  error = std::string(rule) + " needs populations of the same size, got " +
          std::to_string(in.nPre) + " sources and " + std::to_string(in.nPost) + " targets";
  return false;
}

/// CSR from a function that appends the sorted targets of one source to a vector.
template <typename RowFn>
Connectivity buildRows(std::uint32_t nPre, std::uint64_t expectedSynapses, RowFn &&row) {
  Connectivity out;
  out.rowStart.reserve(std::size_t{nPre} + 1);
  out.target.reserve(expectedSynapses);
  out.rowStart.push_back(0);
  for (std::uint32_t pre = 0; pre < nPre; ++pre) {
    row(pre, out.target);
    out.rowStart.push_back(out.target.size());
  }
  return out;
}

} // namespace

std::optional<Connectivity> oneToOne(const RuleInput &in, std::string &error) {
  if (!sameSize(in, "one_to_one", error))
    return std::nullopt;
  if (in.excludesSelf()) {
    // Dropping the self-connections would leave nothing: the request itself is the mistake.
    error = "one_to_one within one population connects every neuron to itself; allow "
            "self-connections or connect two populations";
    return std::nullopt;
  }
  return buildRows(in.nPre, in.nPre,
                   [](std::uint32_t pre, std::vector<std::uint32_t> &out) { out.push_back(pre); });
}

std::optional<Connectivity> allToAll(const RuleInput &in, std::string & /*error*/) {
  const bool noSelf = in.excludesSelf();
  const std::uint64_t perRow = noSelf && in.nPost > 0 ? in.nPost - 1 : in.nPost;
  return buildRows(in.nPre, perRow * in.nPre,
                   [&](std::uint32_t pre, std::vector<std::uint32_t> &out) {
                     for (std::uint32_t post = 0; post < in.nPost; ++post)
                       if (!noSelf || post != pre)
                         out.push_back(post);
                   });
}

std::optional<Connectivity> ring(const RuleInput &in, std::uint32_t k, std::string &error) {
  if (!sameSize(in, "ring", error))
    return std::nullopt;
  const std::uint32_t n = in.nPre;
  if (std::uint64_t{k} * 2 >= n && k != 0) {
    error = "ring(" + std::to_string(k) + ") needs more than " +
            std::to_string(std::uint64_t{k} * 2) +
            " neurons so that the neighbours on both sides are distinct, got " + std::to_string(n);
    return std::nullopt;
  }
  return buildRows(n, std::uint64_t{n} * k * 2,
                   [&](std::uint32_t pre, std::vector<std::uint32_t> &out) {
                     const std::size_t first = out.size();
                     for (std::uint32_t j = 1; j <= k; ++j) {
                       out.push_back((pre + j) % n);
                       out.push_back((pre + n - j) % n);
                     }
                     std::sort(out.begin() + static_cast<std::ptrdiff_t>(first), out.end());
                   });
}

std::optional<Connectivity> grid(const RuleInput &in, std::uint32_t width, std::uint32_t height,
                                 double radius, std::string &error) {
  const std::uint64_t cells = std::uint64_t{width} * height;
  if (in.nPre != cells || in.nPost != cells) {
    error = "grid(" + std::to_string(width) + ", " + std::to_string(height) + ") places " +
            std::to_string(cells) + " neurons, but the projection has " + std::to_string(in.nPre) +
            " sources and " + std::to_string(in.nPost) + " targets";
    return std::nullopt;
  }
  if (!(radius >= 0) || std::isinf(radius)) {
    error = "grid radius must be a finite number >= 0, got " + shortestText(radius);
    return std::nullopt;
  }
  // The offsets within the radius, in (dy, dx) order: for a row-major grid that is target order,
  // so each row comes out sorted.
  struct Offset {
    std::int64_t dx, dy;
  };
  std::vector<Offset> offsets;
  const auto reach =
      static_cast<std::int64_t>(std::min<double>(std::floor(radius), std::max(width, height)));
  for (std::int64_t dy = -reach; dy <= reach; ++dy)
    for (std::int64_t dx = -reach; dx <= reach; ++dx)
      if (static_cast<double>(dx * dx + dy * dy) <= radius * radius &&
          (dx != 0 || dy != 0 || !in.excludesSelf()))
        offsets.push_back({dx, dy});

  return buildRows(in.nPre, in.nPre * offsets.size(),
                   [&](std::uint32_t pre, std::vector<std::uint32_t> &out) {
                     const std::int64_t x = pre % width;
                     const std::int64_t y = pre / width;
                     for (const Offset &o : offsets) {
                       const std::int64_t tx = x + o.dx;
                       const std::int64_t ty = y + o.dy;
                       if (tx >= 0 && tx < width && ty >= 0 && ty < height)
                         out.push_back(static_cast<std::uint32_t>(ty * width + tx));
                     }
                   });
}

} // namespace flux::rt
