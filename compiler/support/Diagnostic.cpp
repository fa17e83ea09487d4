#include "support/Diagnostic.h"

namespace flux {

DiagnosticBuilder::DiagnosticBuilder(DiagnosticEngine &engine, Severity severity, SourceRange range)
    : engine(&engine) {
  diag.severity = severity;
  diag.range = range;
}

DiagnosticBuilder::DiagnosticBuilder(DiagnosticBuilder &&other) noexcept
    : engine(other.engine), diag(std::move(other.diag)), message(std::move(other.message)) {
  other.engine = nullptr;
}

DiagnosticBuilder::~DiagnosticBuilder() {
  if (!engine)
    return;
  diag.message = message.str();
  engine->report(diag);
}

DiagnosticBuilder &DiagnosticBuilder::note(SourceRange range, std::string text) {
  Diagnostic n;
  n.severity = Severity::Note;
  n.range = range;
  n.message = std::move(text);
  diag.notes.push_back(std::move(n));
  return *this;
}

DiagnosticBuilder &DiagnosticBuilder::fixIt(SourceRange range, std::string replacement) {
  diag.fixIts.push_back({range, std::move(replacement)});
  return *this;
}

void DiagnosticEngine::addConsumer(std::shared_ptr<DiagnosticConsumer> consumer) {
  consumers.push_back(std::move(consumer));
}

void DiagnosticEngine::report(const Diagnostic &diag) {
  if (diag.severity == Severity::Error) {
    if (limitReached()) {
      if (!limitAnnounced) {
        limitAnnounced = true;
        Diagnostic stop;
        stop.message = "too many errors emitted, stopping now; use --error-limit=0 to see all";
        for (auto &c : consumers)
          c->consume(stop);
      }
      return;
    }
    ++errors;
  }
  for (auto &c : consumers)
    c->consume(diag);
}

void DiagnosticEngine::finish() {
  for (auto &c : consumers)
    c->finish();
}

} // namespace flux
