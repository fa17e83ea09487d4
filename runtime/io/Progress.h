// A one-line progress display on a terminal for runs long enough to wait for: it appears after
// one second of wall time and is redrawn in place at most ten times a second.
#pragma once

#include <chrono>
#include <cstdint>
#include <iostream>

namespace flux::rt {

/// Whether stderr is a terminal (the progress line is pointless, and garbles logs, otherwise).
bool stderrIsTerminal();

class ProgressBar {
public:
  /// `enabled` false makes every call a no-op (not a terminal, or --quiet).
  ProgressBar(double totalMs, bool enabled, std::ostream &out = std::cerr);
  ~ProgressBar() { finish(); }
  ProgressBar(const ProgressBar &) = delete;
  ProgressBar &operator=(const ProgressBar &) = delete;

  /// Call as often as every step: most calls only count, and the clock is read about every
  /// 10 ms whatever the step rate.
  void update(double simMs, std::uint64_t spikes, std::uint64_t synapticEvents) {
    if (enabled && ++callsSinceClockCheck >= callsPerClockCheck)
      checkClock(simMs, spikes, synapticEvents);
  }
  /// Clears the line, so what the run prints next starts on a clean line; later updates are
  /// ignored.
  void finish();

private:
  using Clock = std::chrono::steady_clock;
  void checkClock(double simMs, std::uint64_t spikes, std::uint64_t synapticEvents);
  void draw(double simMs, std::uint64_t spikes, std::uint64_t synapticEvents, double wallS);

  double totalMs;
  bool enabled;
  std::ostream &out;
  Clock::time_point start = Clock::now();
  Clock::time_point lastClockCheck = start;
  Clock::time_point lastDraw = start;
  std::uint32_t callsSinceClockCheck = 0;
  std::uint32_t callsPerClockCheck = 1; // adapted so that clock reads are ~10 ms apart
  std::size_t drawnWidth = 0;           // characters on the line now; 0 when nothing is drawn
};

} // namespace flux::rt
