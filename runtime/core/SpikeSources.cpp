// Poisson thresholds for the step engines, and the reader of `spike_train(file = ...)` CSV files.
#include "core/SpikeSources.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <memory>
#include <utility>

namespace flux::rt {

std::uint32_t probabilityThreshold24(float probability) {
  constexpr double kTwoTo24 = 16777216.0;
  if (!(probability > 0))
    return 0; // also NaN
  if (probability >= 1)
    return 1u << 24;
  // p * 2^24 is exact in double, so ceil rounds exactly once: draw < ceil(p 2^24) iff
  // float(draw) < p * 2^24 in float, the comparison poissonFiresInStep makes.
  return static_cast<std::uint32_t>(std::ceil(static_cast<double>(probability) * kTwoTo24));
}

std::uint32_t poissonThreshold24(double ratePerMs, double dtMs) {
  return probabilityThreshold24(static_cast<float>(std::min(ratePerMs * dtMs, 1.0)));
}

namespace {

/// Longer lines are not `time_ms,index` lines; refusing them bounds memory on binary input.
constexpr std::size_t kMaxLineBytes = 4096;

std::string_view trim(std::string_view s) {
  const auto first = s.find_first_not_of(" \t");
  if (first == std::string_view::npos)
    return {};
  return s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

/// A field as an error message shows it: quoted, control bytes escaped, long ones cut.
std::string quoted(std::string_view field) {
  constexpr std::size_t kShown = 32;
  std::string out = "'";
  for (const char c : field.substr(0, kShown)) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte >= 0x7F) {
      char escape[8];
      std::snprintf(escape, sizeof escape, "\\x%02X", byte);
      out += escape;
    } else {
      out += c;
    }
  }
  return out + (field.size() > kShown ? "...'" : "'");
}

/// Collects spikes line by line, so a string and a file read in chunks share one parser.
class SpikeTrainReader {
public:
  SpikeTrainReader(const std::string &name, std::uint32_t channelCount, std::string &error)
      : name(name), channelCount(channelCount), error(error) {}

  /// Reads line `number` (without its '\n'); false after an error.
  bool line(std::string_view text, std::uint64_t number) {
    if (number == 1 && text.starts_with("\xEF\xBB\xBF"))
      text.remove_prefix(3); // the UTF-8 byte order mark spreadsheets put first
    if (!text.empty() && text.back() == '\r')
      text.remove_suffix(1);
    if (text.size() > kMaxLineBytes)
      return tooLong(number);
    text = trim(text);
    if (text.empty() || text.front() == '#')
      return true;
    const bool first = !sawLine;
    sawLine = true;
    const auto comma = text.find(',');
    const std::string_view timeField = trim(text.substr(0, comma));
    if (timeField == "time_ms" || timeField == "time")
      return header(text, comma, first, number);
    if (comma == std::string_view::npos)
      return fail(number, "missing column: expected 'time_ms,index', got " + quoted(text) +
                              "; separate the spike time (ms) and the channel index with a comma");
    const std::string_view rest = text.substr(comma + 1);
    const auto extra = rest.find(',');
    if (extra != std::string_view::npos)
      return fail(number, "too many columns: expected 2 (time_ms,index), got " +
                              std::to_string(std::count(text.begin(), text.end(), ',') + 1) +
                              "; write one spike per line as time_ms,index");
    double time = 0;
    std::uint32_t channel = 0;
    if (!parseTime(timeField, number, time) || !parseChannel(trim(rest), number, channel))
      return false;
    if (spikes.size() == kMaxSpikeTrainSpikes)
      return fail(number, "more than " + std::to_string(kMaxSpikeTrainSpikes) +
                              " spikes; split the input into several sources");
    spikes.emplace_back(time, channel);
    return true;
  }

  /// Line `number` has passed kMaxLineBytes without ending.
  bool tooLong(std::uint64_t number) {
    return fail(number, "line is longer than " + std::to_string(kMaxLineBytes) +
                            " bytes; expected short 'time_ms,index' lines (is this a CSV file?)");
  }

  SpikeTrain finish() {
    std::sort(spikes.begin(), spikes.end());
    SpikeTrain train;
    train.timesMs.reserve(spikes.size());
    train.channels.reserve(spikes.size());
    for (const auto &[time, channel] : spikes) {
      train.timesMs.push_back(time);
      train.channels.push_back(channel);
    }
    return train;
  }

private:
  bool fail(std::uint64_t number, const std::string &message) {
    error = name + ":" + std::to_string(number) + ": " + message;
    return false;
  }

  bool header(std::string_view text, std::size_t comma, bool first, std::uint64_t number) {
    if (!first)
      return fail(number, "a header line is allowed only before the first spike; remove this one");
    if (comma == std::string_view::npos || trim(text.substr(comma + 1)) != "index")
      return fail(number, "the header is " + quoted(text) +
                              "; it must be 'time_ms,index' (or 'time,index'), or leave it out");
    return true;
  }

  bool parseTime(std::string_view field, std::uint64_t number, double &time) {
    if (field.empty())
      return fail(number, "missing column: no spike time before the comma; write time_ms,index");
    std::string_view digits = field;
    if (!digits.empty() && digits.front() == '+')
      digits.remove_prefix(1);
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), time);
    if (digits.empty() || end != digits.data() + digits.size() ||
        (ec != std::errc() && ec != std::errc::result_out_of_range))
      return fail(number, "time " + quoted(field) +
                              " is not a number; write the spike time in ms, such as 12.5");
    if (ec == std::errc::result_out_of_range || !std::isfinite(time))
      return fail(number, "time " + quoted(field) +
                              " is not a finite number; write the spike time in ms, such as 12.5");
    if (time < 0)
      return fail(number, "time " + quoted(field) +
                              " is negative; spike times count ms from the start of the run");
    time = time + 0.0; // -0 becomes 0, so it sorts and prints as 0
    return true;
  }

  bool parseChannel(std::string_view field, std::uint64_t number, std::uint32_t &channel) {
    if (field.empty())
      return fail(number, "missing column: no channel index after the comma; write time_ms,index");
    if (!field.empty() && field.front() == '-')
      return fail(number, "index " + quoted(field) + " is negative; channels are numbered from 0");
    std::uint64_t value = 0;
    const auto [end, ec] = std::from_chars(field.data(), field.data() + field.size(), value);
    if (field.empty() || end != field.data() + field.size() ||
        (ec != std::errc() && ec != std::errc::result_out_of_range))
      return fail(number, "index " + quoted(field) +
                              " is not a channel index; write a whole number from 0");
    if (ec == std::errc::result_out_of_range || value >= channelCount)
      return fail(number, "index " + quoted(field) + " is out of range for a source of " +
                              std::to_string(channelCount) + " channel" +
                              (channelCount == 1 ? "" : "s") + "; valid indices are " +
                              (channelCount == 0 ? std::string("none")
                                                 : "0 to " + std::to_string(channelCount - 1)));
    channel = static_cast<std::uint32_t>(value);
    return true;
  }

  const std::string &name;
  std::uint32_t channelCount;
  std::string &error;
  bool sawLine = false;
  std::vector<std::pair<double, std::uint32_t>> spikes;
};

struct FileCloser {
  void operator()(std::FILE *file) const { std::fclose(file); }
};

} // namespace

std::optional<SpikeTrain> parseSpikeTrainCsv(std::string_view text, const std::string &name,
                                             std::uint32_t channelCount, std::string &error) {
  SpikeTrainReader reader(name, channelCount, error);
  for (std::uint64_t number = 1; !text.empty(); ++number) {
    const auto end = text.find('\n');
    if (!reader.line(text.substr(0, end), number))
      return std::nullopt;
    text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
  }
  return reader.finish();
}

std::optional<SpikeTrain> loadSpikeTrainCsv(const std::string &path, std::uint32_t channelCount,
                                            std::string &error) {
  const std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "rb"));
  if (!file) {
    error = "cannot open spike train file '" + path + "': " + std::strerror(errno);
    return std::nullopt;
  }
  SpikeTrainReader reader(path, channelCount, error);
  std::string pending; // the line read so far
  std::uint64_t number = 1;
  std::vector<char> chunk(std::size_t{1} << 16);
  for (;;) {
    const std::size_t got = std::fread(chunk.data(), 1, chunk.size(), file.get());
    std::string_view text(chunk.data(), got);
    for (auto end = text.find('\n'); end != std::string_view::npos; end = text.find('\n')) {
      pending.append(text.substr(0, end));
      if (!reader.line(pending, number++))
        return std::nullopt;
      pending.clear();
      text.remove_prefix(end + 1);
    }
    pending.append(text);
    if (pending.size() > kMaxLineBytes + 4) { // + 4: a byte order mark and a '\r' do not count
      reader.tooLong(number);
      return std::nullopt;
    }
    if (got < chunk.size())
      break;
  }
  if (std::ferror(file.get()) != 0) {
    error = "cannot read spike train file '" + path + "': " + std::strerror(errno);
    return std::nullopt;
  }
  if (!pending.empty() && !reader.line(pending, number))
    return std::nullopt;
  return reader.finish();
}

} // namespace flux::rt
