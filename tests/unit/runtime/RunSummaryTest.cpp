#include "io/RunSummary.h"
#include "io/PeakRss.h"

#include <gtest/gtest.h>

#include <limits>
#include <sstream>

using namespace flux::rt;

namespace {

RunSummary smallRun() {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  return {.simTimeS = 1,
          .wallS = 0.25,
          .realtimeFactor = 4,
          .spikes = 12,
          .synapticEvents = 3000000,
          .synapticEventsPerS = 12000000,
          .peakRssBytes = 3 << 20,
          .engine = "event",
          .dtMs = 0.1,
          .eventsProcessed = 3000012,
          .populations = {{.name = "E", .size = 8, .spikes = 10, .rateHz = 1.25, .cvIsi = 0.5},
                          {.name = "inh", .size = 2, .spikes = 2, .rateHz = 1, .cvIsi = nan}}};
}

} // namespace

TEST(RuntimeRunSummary, JsonHasEveryKeyInOrder) {
  EXPECT_EQ(toJson(smallRun()), R"({
  "sim_time_s": 1,
  "wall_s": 0.25,
  "realtime_factor": 4,
  "spikes": 12,
  "synaptic_events": 3000000,
  "synaptic_events_per_s": 12000000,
  "peak_rss_bytes": 3145728,
  "engine": "event",
  "dt_ms": 0.1,
  "events_processed": 3000012,
  "synapses": 0,
  "synapse_bytes": 0,
  "compile_s": 0,
  "populations": [
    {"name": "E", "size": 8, "spikes": 10, "rate_hz": 1.25, "cv_isi": 0.5},
    {"name": "inh", "size": 2, "spikes": 2, "rate_hz": 1, "cv_isi": null}
  ]
}
)");
}

TEST(RuntimeRunSummary, JsonEscapesStringsAndHasNoNonFiniteNumbers) {
  RunSummary summary;
  summary.engine = "a \"quoted\"\\path\n\x01 \xc3\xa9";
  summary.realtimeFactor = std::numeric_limits<double>::infinity();
  summary.wallS = 1e-7;
  const std::string json = toJson(summary);
  EXPECT_NE(json.find(R"("engine": "a \"quoted\"\\path\n\u0001 é",)"), std::string::npos) << json;
  EXPECT_NE(json.find(R"("realtime_factor": null,)"), std::string::npos) << json;
  EXPECT_NE(json.find(R"("wall_s": 1e-07,)"), std::string::npos) << json;
  EXPECT_NE(json.find("\"populations\": []\n}\n"), std::string::npos) << json;
}

TEST(RuntimeRunSummary, PrintsAnAlignedTableAndTheTotals) {
  std::ostringstream out;
  printSummary(out, smallRun());
  EXPECT_EQ(out.str(), R"(population  size  spikes  rate Hz  CV ISI
E              8      10     1.25    0.50
inh            2       2     1.00       -

simulated time    1.000 s (event engine, dt 0.1 ms)
wall time         0.250 s
real-time factor  4.00x real time
spikes            12
synaptic events   3,000,000 (12.00 M/s)
events processed  3,000,012
peak memory       3.0 MiB
)");
}

TEST(RuntimeRunSummary, PeakRssIsPlausible) {
  const std::uint64_t peak = peakRssBytes();
  EXPECT_GT(peak, 1u << 20);   // a running test binary holds more than 1 MiB
  EXPECT_LT(peak, 1ull << 40); // and less than 1 TiB
}
