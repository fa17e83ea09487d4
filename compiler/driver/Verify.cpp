// --verify, after clang's -verify: a diagnostic test is the program itself, with comments
// `// expected-error {{text}}` on the line the diagnostic points at (or `expected-error@+1`,
// `@-2` for relative lines, `@7` for an absolute one). Every expected diagnostic must appear
// (its message containing the text) and no other diagnostic may.
#include "driver/Pipeline.h"

#include "support/TextDiagnosticPrinter.h"

#include <cctype>
#include <cstdlib>
#include <sstream>

namespace flux::driver {
namespace {

struct Expectation {
  Severity severity;
  std::uint32_t line;
  std::string text;
  bool seen = false;
};

/// Finds every `expected-<severity>[@<line>] {{text}}` in the file.
std::vector<Expectation> readExpectations(const SourceFile &file, DiagnosticEngine &diags) {
  std::vector<Expectation> result;
  const std::string &text = file.text();
  const std::string marker = "expected-";
  for (std::size_t at = text.find(marker); at != std::string::npos;
       at = text.find(marker, at + 1)) {
    std::size_t p = at + marker.size();
    Severity severity;
    if (text.compare(p, 5, "error") == 0) {
      severity = Severity::Error;
      p += 5;
    } else if (text.compare(p, 7, "warning") == 0) {
      severity = Severity::Warning;
      p += 7;
    } else if (text.compare(p, 4, "note") == 0) {
      severity = Severity::Note;
      p += 4;
    } else {
      continue;
    }
    std::uint32_t line = file.lineColumn(static_cast<std::uint32_t>(at)).line;
    if (p < text.size() && text[p] == '@') {
      ++p;
      char sign = p < text.size() ? text[p] : 0;
      if (sign == '+' || sign == '-')
        ++p;
      std::size_t digits = p;
      while (p < text.size() && std::isdigit(static_cast<unsigned char>(text[p])))
        ++p;
      long n = std::strtol(text.substr(digits, p - digits).c_str(), nullptr, 10);
      line = sign == '+'   ? line + static_cast<std::uint32_t>(n)
             : sign == '-' ? line - static_cast<std::uint32_t>(n)
                           : static_cast<std::uint32_t>(n);
    }
    while (p < text.size() && text[p] == ' ')
      ++p;
    std::size_t close = text.find("}}", p);
    if (text.compare(p, 2, "{{") != 0 || close == std::string::npos) {
      auto loc = file.location(static_cast<std::uint32_t>(at));
      diags.error({loc, file.location(static_cast<std::uint32_t>(p))})
          << "cannot read this expectation; write it as 'expected-error {{message}}'";
      continue;
    }
    result.push_back({severity, line, text.substr(p + 2, close - p - 2)});
  }
  return result;
}

void flatten(const Diagnostic &d, std::vector<const Diagnostic *> &out) {
  out.push_back(&d);
  for (const auto &n : d.notes)
    flatten(n, out);
}

} // namespace

bool verifyFile(const std::string &path, const PipelineOptions &options, SourceManager &sources,
                std::ostream &err) {
  std::vector<Expectation> expected;
  DiagnosticEngine diags(sources);
  diags.setErrorLimit(0);
  auto printer = std::make_shared<TextDiagnosticPrinter>(err, sources, false);
  const SourceFile *file = nullptr;
  {
    DiagnosticEngine loadDiags(sources);
    loadDiags.addConsumer(printer);
    file = loadSource(path, sources, loadDiags);
    if (!file)
      return false;
    // Malformed expectations are the test's fault: report them and fail.
    expected = readExpectations(*file, loadDiags);
    if (loadDiags.hasErrors())
      return false;
  }
  auto collector = std::make_shared<DiagnosticCollector>();
  diags.addConsumer(collector);
  std::ostringstream discard;
  compileSource(*file, options, sources, diags, discard);
  std::vector<const Diagnostic *> seen;
  for (const Diagnostic &d : collector->diagnostics)
    flatten(d, seen);

  std::vector<const Diagnostic *> unexpected;
  for (const Diagnostic *d : seen) {
    if (!d->range.valid()) {
      unexpected.push_back(d);
      continue;
    }
    std::uint32_t line = sources.lineColumn(d->range.begin).line;
    bool matched = false;
    for (auto &e : expected) {
      if (!e.seen && e.severity == d->severity && e.line == line &&
          d->message.find(e.text) != std::string::npos) {
        e.seen = matched = true;
        break;
      }
    }
    if (!matched)
      unexpected.push_back(d);
  }

  bool ok = true;
  for (Severity severity : {Severity::Error, Severity::Warning, Severity::Note}) {
    bool header = false;
    for (const auto &e : expected) {
      if (e.seen || e.severity != severity)
        continue;
      if (!header)
        err << "error: 'expected-" << severityName(severity)
            << "' diagnostics expected but not seen:\n";
      header = true;
      ok = false;
      err << "  " << file->path() << " Line " << e.line << ": " << e.text << '\n';
    }
    header = false;
    for (const Diagnostic *d : unexpected) {
      if (d->severity != severity)
        continue;
      if (!header)
        err << "error: '" << severityName(severity) << "' diagnostics seen but not expected:\n";
      header = true;
      ok = false;
      if (d->range.valid())
        err << "  " << sources.file(d->range.begin.file).path() << " Line "
            << sources.lineColumn(d->range.begin).line << ": " << d->message << '\n';
      else
        err << "  (no location): " << d->message << '\n';
    }
  }
  return ok;
}

} // namespace flux::driver
