// A diagnostic is a value: severity, range, message, notes and fix-it hints. Every stage
// reports through a DiagnosticEngine; a stage fails iff it reported an error.
#pragma once

#include "support/SourceManager.h"

#include <functional>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

namespace flux {

enum class Severity { Note, Warning, Error };

struct FixIt {
  SourceRange range; // replaced by `replacement`; an empty range inserts
  std::string replacement;
};

struct Diagnostic {
  Severity severity = Severity::Error;
  SourceRange range;
  std::string message;
  std::vector<Diagnostic> notes;
  std::vector<FixIt> fixIts;
};

/// Receives every diagnostic the engine lets through.
class DiagnosticConsumer {
public:
  virtual ~DiagnosticConsumer() = default;
  virtual void consume(const Diagnostic &diag) = 0;
  virtual void finish() {}
};

class DiagnosticEngine;

/// Collects a diagnostic with `<<` and reports it when it goes out of scope:
/// `diags.error(range) << "unknown population '" << name << "'";`
class DiagnosticBuilder {
public:
  DiagnosticBuilder(DiagnosticEngine &engine, Severity severity, SourceRange range);
  DiagnosticBuilder(DiagnosticBuilder &&other) noexcept;
  DiagnosticBuilder(const DiagnosticBuilder &) = delete;
  DiagnosticBuilder &operator=(const DiagnosticBuilder &) = delete;
  DiagnosticBuilder &operator=(DiagnosticBuilder &&) = delete;
  ~DiagnosticBuilder();

  template <typename T>
  DiagnosticBuilder &operator<<(const T &value) {
    message << value;
    return *this;
  }
  DiagnosticBuilder &note(SourceRange range, std::string text);
  DiagnosticBuilder &fixIt(SourceRange range, std::string replacement);

private:
  DiagnosticEngine *engine;
  Diagnostic diag;
  std::ostringstream message;
};

class DiagnosticEngine {
public:
  explicit DiagnosticEngine(const SourceManager &sources) : sourceManager(sources) {}

  void addConsumer(std::shared_ptr<DiagnosticConsumer> consumer);
  /// Diagnostics are still counted but shown nowhere: the processes of a distributed run
  /// other than process 0, which would all print the same ones.
  void silence() { consumers.clear(); }
  /// After this many errors, one last error says so and the rest are dropped (0 = no limit).
  void setErrorLimit(unsigned limit) { errorLimit = limit; }

  DiagnosticBuilder error(SourceRange range) { return {*this, Severity::Error, range}; }
  DiagnosticBuilder warning(SourceRange range) { return {*this, Severity::Warning, range}; }
  void report(const Diagnostic &diag);
  void finish();

  unsigned errorCount() const { return errors; }
  bool hasErrors() const { return errors != 0; }
  /// True once the error limit was reached: stages may stop early.
  bool limitReached() const { return errorLimit != 0 && errors >= errorLimit; }
  const SourceManager &sources() const { return sourceManager; }

private:
  const SourceManager &sourceManager;
  std::vector<std::shared_ptr<DiagnosticConsumer>> consumers;
  unsigned errorLimit = 20;
  unsigned errors = 0;
  bool limitAnnounced = false;
};

} // namespace flux
