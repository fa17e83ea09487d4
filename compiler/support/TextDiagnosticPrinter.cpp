#include "support/TextDiagnosticPrinter.h"

#include <algorithm>

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

/// Display width of a UTF-8 prefix: one column per code point, tabs kept as tabs.
std::string padding(std::string_view line, std::size_t bytes) {
  std::string pad;
  for (std::size_t i = 0; i < bytes && i < line.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(line[i]);
    if ((c & 0xC0) == 0x80)
      continue; // continuation byte: same column as its lead byte
    pad += c == '\t' ? '\t' : ' ';
  }
  return pad;
}

std::size_t codePoints(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

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

  out << line << '\n';
  std::string caret = padding(line, startByte);
  if (color)
    caret += kGreen;
  caret += '^';
  std::size_t width = startByte < line.size()
                          ? codePoints(line.substr(startByte, endByte - startByte))
                          : 1;
  if (width > 1)
    caret.append(width - 1, '~');
  if (color)
    caret += kReset;
  out << caret << '\n';

  for (const FixIt &fix : diag.fixIts) {
    if (!fix.range.valid() || fix.range.begin.file != diag.range.begin.file)
      continue;
    LineColumn at = file.lineColumn(fix.range.begin.offset);
    if (at.line != begin.line)
      continue;
    out << padding(line, at.column - 1);
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
