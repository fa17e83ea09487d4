// Line tables are built once per file, so offset -> line:column is a binary search.
#include "support/SourceManager.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace flux {

SourceFile::SourceFile(FileId id, std::string path, std::string text)
    : fileId(id), filePath(std::move(path)), contents(std::move(text)) {
  lineStarts.push_back(0);
  for (std::uint32_t i = 0; i < contents.size(); ++i) {
    if (contents[i] == '\n')
      lineStarts.push_back(i + 1);
  }
}

LineColumn SourceFile::lineColumn(std::uint32_t offset) const {
  offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(contents.size()));
  auto it = std::upper_bound(lineStarts.begin(), lineStarts.end(), offset);
  auto line = static_cast<std::uint32_t>(it - lineStarts.begin());
  return {line, offset - lineStarts[line - 1] + 1};
}

std::string_view SourceFile::lineText(std::uint32_t line) const {
  if (line == 0 || line > lineStarts.size())
    return {};
  std::uint32_t begin = lineStarts[line - 1];
  std::uint32_t end =
      line < lineStarts.size() ? lineStarts[line] - 1 : static_cast<std::uint32_t>(contents.size());
  std::string_view text(contents.data() + begin, end - begin);
  if (!text.empty() && text.back() == '\r')
    text.remove_suffix(1);
  return text;
}

const SourceFile &SourceManager::addBuffer(std::string path, std::string text) {
  auto id = static_cast<FileId>(files.size() + 1);
  files.push_back(std::make_unique<SourceFile>(id, std::move(path), std::move(text)));
  return *files.back();
}

const SourceFile *SourceManager::loadFile(const std::string &path, std::string &error) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    error = "is a directory";
    return nullptr;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = std::strerror(errno);
    return nullptr;
  }
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) {
    error = "read error";
    return nullptr;
  }
  return &addBuffer(path, std::move(text).str());
}

} // namespace flux
