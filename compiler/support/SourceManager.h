// Owns the text of every source file and maps byte offsets to lines and columns.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace flux {

/// Identifies a file owned by a SourceManager; 0 means "no file" (a command-line error).
using FileId = std::uint32_t;

struct SourceLocation {
  FileId file = 0;
  std::uint32_t offset = 0; // bytes from the start of the file

  bool valid() const { return file != 0; }
};

/// A half-open byte range [begin, end) within one file.
struct SourceRange {
  SourceLocation begin;
  SourceLocation end;

  bool valid() const { return begin.valid(); }
  static SourceRange at(SourceLocation loc) { return {loc, loc}; }
};

struct LineColumn {
  std::uint32_t line = 0;   // 1-based
  std::uint32_t column = 0; // 1-based, in bytes like clang
};

class SourceFile {
public:
  SourceFile(FileId id, std::string path, std::string text);

  FileId id() const { return fileId; }
  const std::string &path() const { return filePath; }
  const std::string &text() const { return contents; }

  LineColumn lineColumn(std::uint32_t offset) const;
  /// The text of a 1-based line, without its line terminator.
  std::string_view lineText(std::uint32_t line) const;
  std::uint32_t lineCount() const { return static_cast<std::uint32_t>(lineStarts.size()); }
  SourceLocation location(std::uint32_t offset) const { return {fileId, offset}; }

private:
  FileId fileId;
  std::string filePath;
  std::string contents;
  std::vector<std::uint32_t> lineStarts;
};

class SourceManager {
public:
  /// Adds an in-memory buffer (stdin, tests, the fuzzer).
  const SourceFile &addBuffer(std::string path, std::string text);

  /// Reads a file; on failure returns nullopt and sets `error` to the reason.
  const SourceFile *loadFile(const std::string &path, std::string &error);

  const SourceFile &file(FileId id) const { return *files.at(id - 1); }
  LineColumn lineColumn(SourceLocation loc) const { return file(loc.file).lineColumn(loc.offset); }

private:
  std::vector<std::unique_ptr<SourceFile>> files;
};

} // namespace flux
