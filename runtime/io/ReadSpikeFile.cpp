// readSpikeFile: the whole file into memory, then a strict parse. Every length and offset the
// file states is checked against the bytes present before it is used, so a damaged file gives
// a message, never a crash.
#include "io/ReadSpikeFile.h"

#include "io/LittleEndian.h"
#include "io/SpikeFormat.h"

#include <cerrno>
#include <charconv>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace flux::rt {

namespace {

std::optional<std::string> readWholeFile(const std::string &path, std::string &error) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    error = "cannot open '" + path + "': " + std::strerror(errno);
    return std::nullopt;
  }
  std::string contents;
  char chunk[1 << 16];
  for (;;) {
    const ssize_t got = ::read(fd, chunk, sizeof chunk);
    if (got == 0)
      break;
    if (got < 0) {
      if (errno == EINTR)
        continue;
      error = "cannot read '" + path + "': " + std::strerror(errno);
      ::close(fd);
      return std::nullopt;
    }
    contents.append(chunk, static_cast<std::size_t>(got));
  }
  ::close(fd);
  return contents;
}

/// At most 60 characters of a bad line, for messages.
std::string excerpt(std::string_view line) {
  return line.size() <= 60 ? std::string(line) : std::string(line.substr(0, 57)) + "...";
}

std::optional<std::vector<SpikeRecord>> parseCsv(const std::string &path, std::string_view text,
                                                 std::string &error) {
  const auto where = [&](std::size_t line) { return path + ":" + std::to_string(line) + ": "; };
  std::vector<SpikeRecord> spikes;
  std::size_t lineNumber = 0;
  std::size_t position = 0;
  while (position < text.size()) {
    ++lineNumber;
    const std::size_t end = text.find('\n', position);
    if (end == std::string_view::npos) {
      error = where(lineNumber) + "the file ends inside this line: it is truncated";
      return std::nullopt;
    }
    std::string_view line = text.substr(position, end - position);
    position = end + 1;
    if (!line.empty() && line.back() == '\r')
      line.remove_suffix(1);
    if (lineNumber == 1) {
      if (line != kCsvSpikeHeader) {
        error = where(1) + "expected the header '" + std::string(kCsvSpikeHeader) + "', got '" +
                excerpt(line) + "'";
        return std::nullopt;
      }
      continue;
    }
    if (line.empty())
      continue;
    SpikeRecord spike;
    const char *const first = line.data(); // from_chars takes a range: no terminator needed
    const char *const last = first + line.size();
    const auto time = std::from_chars(first, last, spike.timeMs);
    const bool timeOk = time.ec == std::errc() && time.ptr != last && *time.ptr == ',';
    const auto neuron =
        timeOk ? std::from_chars(time.ptr + 1, last, spike.neuron) : std::from_chars_result{};
    if (!timeOk || neuron.ec != std::errc() || neuron.ptr == last || *neuron.ptr != ',') {
      error = where(lineNumber) + "expected a time in ms and a neuron index, got '" +
              excerpt(line) + "'";
      return std::nullopt;
    }
    spikes.push_back(spike);
  }
  if (lineNumber == 0) {
    error =
        path + ": the file is empty; expected the header '" + std::string(kCsvSpikeHeader) + "'";
    return std::nullopt;
  }
  return spikes;
}

std::optional<std::vector<SpikeRecord>> parseFspk(const std::string &path, std::string_view bytes,
                                                  std::string &error) {
  const auto fail = [&](const std::string &message) {
    error = path + ": " + message;
    return std::nullopt;
  };
  if (bytes.substr(0, fspk::kMagic.size()) != fspk::kMagic.substr(0, bytes.size()))
    return fail("not a Flux spike file (it does not start with \"FLUXSPK1\")");
  if (bytes.size() < fspk::kHeaderBytes)
    return fail("truncated: " + std::to_string(bytes.size()) + " bytes, shorter than the " +
                std::to_string(fspk::kHeaderBytes) + "-byte header");
  const char *data = bytes.data();
  const std::uint32_t version = loadLe32(data + 8);
  if (version != fspk::kVersion)
    return fail("format version " + std::to_string(version) + "; this reader knows version " +
                std::to_string(fspk::kVersion));
  const std::uint32_t populationCount = loadLe32(data + 12);
  const std::uint64_t recordCount = loadLe64(data + fspk::kRecordCountOffset);
  const std::uint64_t recordsOffset = loadLe64(data + 24);
  if (recordsOffset > bytes.size())
    return fail("truncated: the records should start at byte " + std::to_string(recordsOffset) +
                " but the file has " + std::to_string(bytes.size()) + " bytes");
  // The population table must fit between the header and the records.
  std::uint64_t position = fspk::kHeaderBytes;
  for (std::uint32_t i = 0; i < populationCount; ++i) {
    if (recordsOffset < position || recordsOffset - position < 12)
      return fail("corrupt population table (entry " + std::to_string(i) + " of " +
                  std::to_string(populationCount) + " overruns the records offset)");
    const std::uint32_t nameBytes = loadLe32(data + position + 8);
    if (recordsOffset - position - 12 < nameBytes)
      return fail("corrupt population table (the name of entry " + std::to_string(i) +
                  " overruns the records offset)");
    position += 12 + std::uint64_t{nameBytes};
  }
  if (position > recordsOffset)
    return fail("corrupt header: the records offset lies inside the header");
  const std::uint64_t payload = bytes.size() - recordsOffset;
  const std::uint64_t whole = payload / fspk::kRecordBytes;
  if (payload % fspk::kRecordBytes != 0)
    return fail("truncated: the file ends " + std::to_string(payload % fspk::kRecordBytes) +
                " bytes into a record, after " + std::to_string(whole) + " whole records");
  if (recordCount != fspk::kUnknownRecordCount && recordCount != whole)
    return fail("truncated or corrupt: the header counts " + std::to_string(recordCount) +
                " spikes but the file holds " + std::to_string(whole));
  std::vector<SpikeRecord> spikes(whole);
  const char *record = data + recordsOffset;
  for (SpikeRecord &spike : spikes) {
    spike.timeMs = loadLeDouble(record);
    spike.neuron = loadLe32(record + 8);
    record += fspk::kRecordBytes;
  }
  return spikes;
}

} // namespace

std::optional<std::vector<SpikeRecord>> readSpikeFile(const std::string &path, std::string &error) {
  const std::optional<SpikeFormat> format = spikeFormatOf(path, error);
  if (!format)
    return std::nullopt;
  const std::optional<std::string> contents = readWholeFile(path, error);
  if (!contents)
    return std::nullopt;
  return *format == SpikeFormat::Csv ? parseCsv(path, *contents, error)
                                     : parseFspk(path, *contents, error);
}

} // namespace flux::rt
