// bench_elab_probability [n] [p] [repeats]: times probability(p) over n x n neurons (default
// 50,000 x 50,000 at p = 0.02, about 50M synapses) on one thread and prints synapses per second
// and the bytes per synapse of the resulting CSR. Figures only; no pass/fail.
#include "elab/Connect.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace {

double secondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

/// FNV-1a over the CSR: the same figure on every machine and build, or the network changed.
std::uint64_t checksum(const flux::elab::Connectivity &conn) {
  std::uint64_t hash = 0xcbf29ce484222325ull;
  for (const std::uint32_t target : conn.target)
    hash = (hash ^ target) * 0x100000001b3ull;
  for (const std::uint64_t start : conn.rowStart)
    hash = (hash ^ start) * 0x100000001b3ull;
  return hash;
}

/// This thread's CPU time: on a shared machine it moves less than the wall clock.
double cpuSeconds() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + 1e-9 * static_cast<double>(now.tv_nsec);
}

} // namespace

int main(int argc, char **argv) {
  const auto n = static_cast<std::uint32_t>(argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 50000);
  const double p = argc > 2 ? std::strtod(argv[2], nullptr) : 0.02;
  const int repeats = argc > 3 ? std::atoi(argv[3]) : 3;
  const flux::elab::RuleInput in{.key = {.seed = 12345, .stream = 1},
                                 .nPre = n,
                                 .nPost = n,
                                 .samePopulation = true,
                                 .allowSelf = false};

  std::printf("probability(%g) over %u x %u neurons, one thread, %d runs\n", p, n, n, repeats);
  double best = 0;
  std::uint64_t synapses = 0;
  std::size_t csrBytes = 0;
  std::uint64_t hash = 0;
  for (int run = 0; run < repeats; ++run) {
    // Columns and transpose timed apart, to see where the time goes.
    const auto start = std::chrono::steady_clock::now();
    const double cpuStart = cpuSeconds();
    const flux::elab::ColumnBlock columns = flux::elab::probabilityColumns(in, p, 0, n);
    const double generate = secondsSince(start);
    const double cpuGenerate = cpuSeconds() - cpuStart;
    const flux::elab::Connectivity conn = flux::elab::toCsr(std::span(&columns, 1), n, n);
    const double total = secondsSince(start);
    const double cpuTotal = cpuSeconds() - cpuStart;
    synapses = conn.synapseCount();
    csrBytes =
        conn.target.size() * sizeof(std::uint32_t) + conn.rowStart.size() * sizeof(std::uint64_t);
    hash = checksum(conn);
    const double rate = static_cast<double>(synapses) / total;
    best = rate > best ? rate : best;
    std::printf("run %d: %llu synapses in %.3f s (columns %.3f s, transpose %.3f s; CPU time "
                "%.3f s = %.3f + %.3f): %.1f M synapses/s\n",
                run + 1, static_cast<unsigned long long>(synapses), total, generate,
                total - generate, cpuTotal, cpuGenerate, cpuTotal - cpuGenerate, rate / 1e6);
  }
  std::printf("best: %.1f M synapses/s (target >= 20); network checksum %016llx\n", best / 1e6,
              static_cast<unsigned long long>(hash));
  std::printf("CSR: %.3f bytes/synapse (target <= 10): 4 for the target index + %.3f for "
              "rowStart; weights and delays are the caller's\n",
              static_cast<double>(csrBytes) / static_cast<double>(synapses),
              static_cast<double>(csrBytes - synapses * sizeof(std::uint32_t)) /
                  static_cast<double>(synapses));
  return 0;
}
