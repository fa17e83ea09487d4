// peakRssBytes: getrusage's ru_maxrss, which Linux reports in KiB (macOS in bytes).
#include "io/PeakRss.h"

#include <sys/resource.h>

namespace flux::rt {

std::uint64_t peakRssBytes() {
  rusage usage{};
  if (::getrusage(RUSAGE_SELF, &usage) != 0 || usage.ru_maxrss < 0)
    return 0;
#if defined(__APPLE__)
  return static_cast<std::uint64_t>(usage.ru_maxrss);
#else
  return static_cast<std::uint64_t>(usage.ru_maxrss) * 1024;
#endif
}

} // namespace flux::rt
