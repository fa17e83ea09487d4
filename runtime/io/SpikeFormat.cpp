// Choosing the spike file format from the path.
#include "io/SpikeFormat.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace flux::rt {

std::optional<SpikeFormat> spikeFormatOf(const std::string &path, std::string &error) {
  std::string extension = std::filesystem::path(path).extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (extension == ".csv")
    return SpikeFormat::Csv;
  if (extension == ".fspk")
    return SpikeFormat::Binary;
  error = "cannot tell the spike file format of '" + path + "' from its extension" +
          (extension.empty() ? "" : " '" + extension + "'") + "; use .csv (text) or .fspk (binary)";
  return std::nullopt;
}

} // namespace flux::rt
