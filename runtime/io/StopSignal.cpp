// The signal handlers only store a lock-free atomic and call write(2): both async-signal-safe.
#include "io/StopSignal.h"

#include <atomic>
#include <csignal>
#include <string_view>
#include <unistd.h>

namespace flux::rt {

namespace {

std::atomic<bool> stopFlag{false};
static_assert(std::atomic<bool>::is_always_lock_free, "signal handlers need a lock-free flag");

void onStopSignal(int signal) {
  stopFlag.store(true, std::memory_order_relaxed);
  constexpr std::string_view kOnInterrupt =
      "\nflux: stopping after this step; press Ctrl-C again to abort\n";
  constexpr std::string_view kOnTerminate = "\nflux: stopping after this step (SIGTERM)\n";
  const std::string_view message = signal == SIGINT ? kOnInterrupt : kOnTerminate;
  // Nothing useful to do if stderr is gone; the flag is what matters.
  [[maybe_unused]] const ssize_t ignored = ::write(STDERR_FILENO, message.data(), message.size());
}

} // namespace

void installStopOnSignal() {
  struct sigaction action {};
  action.sa_handler = onStopSignal;
  sigemptyset(&action.sa_mask);
  // SA_RESTART: a step blocked in a read or write resumes instead of failing with EINTR.
  // SA_RESETHAND on SIGINT: the handler runs once, then SIGINT's default (terminate) is back.
  action.sa_flags = SA_RESTART;
  ::sigaction(SIGTERM, &action, nullptr);
  action.sa_flags = SA_RESTART | SA_RESETHAND;
  ::sigaction(SIGINT, &action, nullptr);
}

bool stopRequested() {
  return stopFlag.load(std::memory_order_relaxed);
}

} // namespace flux::rt
