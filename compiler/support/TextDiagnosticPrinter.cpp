#include "support/TextDiagnosticPrinter.h"

#include <algorithm>
#include <cstdio>
#include <vector>

namespace flux {
namespace {

constexpr const char *kBold = "\033[1m";
constexpr const char *kRed = "\033[1;31m";
constexpr const char *kMagenta = "\033[1;35m";
constexpr const char *kCyan = "\033[1;36m";
constexpr const char *kGreen = "\033[1;32m";
constexpr const char *kReset = "\033[0m";

const char *severityColor(Severity severity) {
  switch (severity) {
  case Severity::Error:
    return kRed;
  case Severity::Warning:
    return kMagenta;
  case Severity::Note:
    return kCyan;
  }
  return kBold;
}

/// One source character as shown in a snippet: printable text as is, tabs expanded, bytes
/// that are not UTF-8 as <XX> and control characters as <U+XXXX> (as clang shows them).
struct Cell {
  std::string text;
  std::size_t byte; // offset of the character in the line
};

std::vector<Cell> displayCells(std::string_view line) {
  std::vector<Cell> cells;
  std::size_t column = 0;
  for (std::size_t i = 0; i < line.size();) {
    auto c = static_cast<unsigned char>(line[i]);
    std::size_t length = c < 0x80             ? 1
                         : (c & 0xE0) == 0xC0 ? 2
                         : (c & 0xF0) == 0xE0 ? 3
                         : (c & 0xF8) == 0xF0 ? 4
                                              : 0;
    bool valid = length > 0 && i + length <= line.size();
    for (std::size_t k = 1; valid && k < length; ++k)
      valid = (static_cast<unsigned char>(line[i + k]) & 0xC0) == 0x80;
    char buffer[16];
    if (!valid) {
      std::snprintf(buffer, sizeof buffer, "<%02X>", c);
      cells.push_back({buffer, i});
      column += 4;
      ++i;
      continue;
    }
    if (c == '\t') {
      std::size_t width = 8 - column % 8;
      cells.push_back({std::string(width, ' '), i});
      column += width;
    } else if (c < 0x20 || c == 0x7F) {
      std::snprintf(buffer, sizeof buffer, "<U+%04X>", c);
      cells.push_back({buffer, i});
      column += 8;
    } else {
      cells.push_back({std::string(line.substr(i, length)), i});
      ++column;
    }
    i += length;
  }
  return cells;
}

std::size_t width(const Cell &cell) {
  std::size_t w = 0;
  for (char c : cell.text)
    w += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return w;
}

/// Lines longer than this are shown as a window around the caret.
constexpr std::size_t kMaxSnippetColumns = 160;

} // namespace

const char *severityName(Severity severity) {
  switch (severity) {
  case Severity::Error:
    return "error";
  case Severity::Warning:
    return "warning";
  case Severity::Note:
    return "note";
  }
  return "error";
}

TextDiagnosticPrinter::TextDiagnosticPrinter(std::ostream &out, const SourceManager &sources,
                                             bool color, std::string tool)
    : out(out), sources(sources), color(color), tool(std::move(tool)) {}

void TextDiagnosticPrinter::consume(const Diagnostic &diag) {
  if (diag.severity == Severity::Error)
    ++errors;
  else if (diag.severity == Severity::Warning)
    ++warnings;
  print(diag);
  for (const auto &note : diag.notes)
    print(note);
  out.flush();
}

void TextDiagnosticPrinter::print(const Diagnostic &diag) {
  if (color)
    out << kBold;
  if (diag.range.valid()) {
    const SourceFile &file = sources.file(diag.range.begin.file);
    LineColumn lc = file.lineColumn(diag.range.begin.offset);
    out << file.path() << ':' << lc.line << ':' << lc.column << ": ";
  } else {
    out << tool << ": ";
  }
  if (color)
    out << severityColor(diag.severity);
  out << severityName(diag.severity) << ": ";
  if (color)
    out << kReset << kBold;
  out << diag.message;
  if (color)
    out << kReset;
  out << '\n';
  if (diag.range.valid())
    printSnippet(diag);
}

void TextDiagnosticPrinter::printSnippet(const Diagnostic &diag) {
  const SourceFile &file = sources.file(diag.range.begin.file);
  LineColumn begin = file.lineColumn(diag.range.begin.offset);
  std::string_view line = file.lineText(begin.line);
  std::size_t startByte = begin.column - 1;
  // The underline stops at the end of the first line of a multi-line range.
  std::size_t endByte = startByte + 1;
  if (diag.range.end.valid() && diag.range.end.offset > diag.range.begin.offset) {
    LineColumn end = file.lineColumn(diag.range.end.offset);
    endByte = end.line == begin.line ? end.column - 1 : line.size();
  }
  endByte = std::max(endByte, startByte + 1);

  // Only a window of a very long line is ever shown: build cells for that part alone, so an
  // error in a 50 MB one-line file costs no more than one in a short line.
  constexpr std::size_t kWindowBytes = 4096;
  std::size_t windowStart = 0;
  if (line.size() > 2 * kWindowBytes && startByte > kWindowBytes) {
    windowStart = startByte - kWindowBytes;
    while (windowStart < startByte &&
           (static_cast<unsigned char>(line[windowStart]) & 0xC0) == 0x80)
      ++windowStart;
  }
  std::size_t windowEnd = std::min(line.size(), startByte + kWindowBytes);
  std::vector<Cell> cells = displayCells(line.substr(windowStart, windowEnd - windowStart));
  for (Cell &cell : cells)
    cell.byte += windowStart;
  bool cutBefore = windowStart > 0;
  bool cutAfter = windowEnd < line.size();
  // Which cells to show: all of them, or a window that starts a little before the caret.
  std::size_t first = 0;
  std::size_t last = cells.size();
  std::size_t total = 0;
  for (const Cell &cell : cells)
    total += width(cell);
  if (total > kMaxSnippetColumns || cutBefore || cutAfter) {
    std::size_t caretCell = 0;
    while (caretCell < cells.size() && cells[caretCell].byte < startByte)
      ++caretCell;
    first = caretCell > 40 ? caretCell - 40 : 0;
    std::size_t shown = 0;
    last = first;
    while (last < cells.size() && shown + width(cells[last]) <= kMaxSnippetColumns - 6)
      shown += width(cells[last++]);
  }
  bool ellipsisBefore = first > 0 || cutBefore;
  std::string text = ellipsisBefore ? "..." : "";
  std::string caret(ellipsisBefore ? 3 : 0, ' ');
  bool caretPlaced = false;
  for (std::size_t i = first; i < last; ++i) {
    const Cell &cell = cells[i];
    text += cell.text;
    char mark = ' ';
    if (cell.byte >= startByte && cell.byte < endByte) {
      mark = caretPlaced ? '~' : '^';
      caretPlaced = true;
    }
    caret.append(width(cell), mark);
    if (mark == '^' && width(cell) > 1)
      caret.replace(caret.size() - width(cell) + 1, width(cell) - 1, width(cell) - 1, '~');
  }
  if (last < cells.size() || cutAfter)
    text += "...";
  if (!caretPlaced)
    caret += '^'; // the range starts at the end of the line (a missing token, end of file)
  while (!caret.empty() && caret.back() == ' ')
    caret.pop_back();

  out << text << '\n';
  if (color) {
    auto at = caret.find_first_not_of(' ');
    caret.insert(at, kGreen);
    caret += kReset;
  }
  out << caret << '\n';

  for (const FixIt &fix : diag.fixIts) {
    if (!fix.range.valid() || fix.range.begin.file != diag.range.begin.file || ellipsisBefore)
      continue;
    LineColumn at = file.lineColumn(fix.range.begin.offset);
    if (at.line != begin.line)
      continue;
    std::size_t column = 0;
    for (const Cell &cell : cells) {
      if (cell.byte >= at.column - 1)
        break;
      column += width(cell);
    }
    out << std::string(column, ' ');
    if (color)
      out << kGreen;
    out << fix.replacement;
    if (color)
      out << kReset;
    out << '\n';
  }
}

void TextDiagnosticPrinter::finish() {
  if (errors == 0 && warnings == 0)
    return;
  if (warnings)
    out << warnings << (warnings == 1 ? " warning" : " warnings");
  if (warnings && errors)
    out << " and ";
  if (errors)
    out << errors << (errors == 1 ? " error" : " errors");
  out << " generated.\n";
  out.flush();
}

} // namespace flux
