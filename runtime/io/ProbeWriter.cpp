// ProbeWriter: rows formatted straight into the StreamFile's buffer, values in their shortest
// round-trip spelling (nan, inf and -inf spelled so).
#include "io/ProbeWriter.h"

#include "io/CsvField.h"
#include "io/NumberText.h"

#include <cassert>

namespace flux::rt {

std::unique_ptr<ProbeWriter> ProbeWriter::open(const std::string &path,
                                               const std::vector<std::string> &probeNames,
                                               std::string &error) {
  std::unique_ptr<StreamFile> file = StreamFile::create(path, error);
  if (!file)
    return nullptr;
  std::string &header = file->buffer();
  header += "time_ms";
  for (const std::string &name : probeNames) {
    header += ',';
    header += csvField(name);
  }
  header += '\n';
  file->appended();
  return std::unique_ptr<ProbeWriter>(new ProbeWriter(std::move(file), probeNames.size()));
}

void ProbeWriter::sample(double timeMs, std::span<const double> values) {
  assert(values.size() == columns && "one value per probe");
  std::string &out = file->buffer();
  appendShortest(out, timeMs);
  // Without asserts, a wrong count still gives a rectangular CSV: extra values are dropped and
  // missing ones left empty.
  for (std::size_t column = 0; column < columns; ++column) {
    out += ',';
    if (column < values.size())
      appendShortest(out, values[column]);
  }
  out += '\n';
  ++rows;
  file->appended();
}

} // namespace flux::rt
