// ProgressBar: the adaptive clock check and the drawing of the line.
#include "io/Progress.h"

#include "io/HumanText.h"

#include <algorithm>
#include <string>
#include <unistd.h>

namespace flux::rt {

namespace {
constexpr std::chrono::seconds kQuietStart{1};
constexpr std::chrono::milliseconds kRedrawEvery{100};
constexpr std::chrono::milliseconds kClockCheckMin{5};
constexpr std::chrono::milliseconds kClockCheckMax{20};
constexpr std::uint32_t kMaxCallsPerClockCheck = 1u << 20;
constexpr int kBarWidth = 24;
} // namespace

bool stderrIsTerminal() {
  return ::isatty(STDERR_FILENO) == 1;
}

ProgressBar::ProgressBar(double totalMs, bool enabled, std::ostream &out)
    : totalMs(totalMs), enabled(enabled), out(out) {}

void ProgressBar::checkClock(double simMs, std::uint64_t spikes, std::uint64_t synapticEvents) {
  callsSinceClockCheck = 0;
  const Clock::time_point now = Clock::now();
  // Double or halve the stride to keep clock reads 5-20 ms apart, whether a step takes a
  // microsecond or a second.
  const Clock::duration sinceCheck = now - lastClockCheck;
  lastClockCheck = now;
  if (sinceCheck < kClockCheckMin)
    callsPerClockCheck = std::min(callsPerClockCheck * 2, kMaxCallsPerClockCheck);
  else if (sinceCheck > kClockCheckMax)
    callsPerClockCheck = std::max(callsPerClockCheck / 2, 1u);
  if (now - start < kQuietStart || now - lastDraw < kRedrawEvery)
    return;
  lastDraw = now;
  draw(simMs, spikes, synapticEvents, std::chrono::duration<double>(now - start).count());
}

void ProgressBar::draw(double simMs, std::uint64_t spikes, std::uint64_t synapticEvents,
                       double wallS) {
  const double fraction = totalMs > 0 ? std::clamp(simMs / totalMs, 0.0, 1.0) : 0.0;
  const int filled = static_cast<int>(fraction * kBarWidth);
  // Times in the unit of the total: "470/1000 ms" or "4.7/10.0 s".
  const bool seconds = totalMs >= 10000;
  const double unit = seconds ? 1000 : 1;
  std::string line = "[" + std::string(filled, '#') + std::string(kBarWidth - filled, '.') + "] " +
                     fixedText(fraction * 100, 0) + "%  " +
                     fixedText(simMs / unit, seconds ? 1 : 0) + "/" +
                     fixedText(totalMs / unit, seconds ? 1 : 0) + (seconds ? " s" : " ms") +
                     "  wall " + fixedText(wallS, 1) + " s  " + fixedText(simMs / 1000 / wallS, 2) +
                     "x real time  " + siText(static_cast<double>(spikes) / wallS) + " spikes/s  " +
                     siText(static_cast<double>(synapticEvents) / wallS) + " events/s";
  // Overwrite in place; pad with spaces where the previous line was longer.
  const std::size_t width = line.size();
  line.append(drawnWidth > width ? drawnWidth - width : 0, ' ');
  out << '\r' << line << std::flush;
  drawnWidth = width;
}

void ProgressBar::finish() {
  if (drawnWidth > 0)
    out << '\r' << std::string(drawnWidth, ' ') << '\r' << std::flush;
  drawnWidth = 0;
  enabled = false;
}

} // namespace flux::rt
