#include "distributed/MpiExchange.h"

#include <mpi.h>

#include <algorithm>
#include <array>
#include <cstdlib>

namespace flux::rt {
namespace {

class MpiExchange final : public SpikeExchange {
public:
  MpiExchange() {
    int r = 0;
    int n = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &r);
    MPI_Comm_size(MPI_COMM_WORLD, &n);
    me = static_cast<std::uint32_t>(r);
    count = static_cast<std::uint32_t>(n);
    headers.resize(kRecord * std::size_t{count});
    counts.resize(count);
    displs.resize(count);
  }
  std::uint32_t rank() const override { return me; }
  std::uint32_t size() const override { return count; }

  void exchange(std::vector<std::uint64_t> &spikes, SliceReport &report) override {
    // One MPI_Allgather of a fixed record per process: its count, flags and counter, and its
    // first kInline spikes. Only a slice where some process has more (rare with short slices,
    // where exchanges are many and their latency is what counts) needs an MPI_Allgatherv too.
    std::array<std::uint64_t, kRecord> record{};
    record[0] = spikes.size();
    record[1] = (report.failure.empty() ? 0U : 1U) | (report.stop ? 2U : 0U);
    record[2] = report.synapticEvents;
    std::copy_n(spikes.begin(), std::min(spikes.size(), kInline), record.begin() + kHeader);
    MPI_Allgather(record.data(), static_cast<int>(kRecord), MPI_UINT64_T, headers.data(),
                  static_cast<int>(kRecord), MPI_UINT64_T, MPI_COMM_WORLD);
    int total = 0;
    bool failed = false;
    bool overflow = false;
    report.stop = false;
    report.synapticEvents = 0;
    for (std::uint32_t k = 0; k < count; ++k) {
      const std::uint64_t *r = headers.data() + kRecord * k;
      counts[k] = static_cast<int>(r[0]);
      displs[k] = total;
      total += counts[k];
      overflow = overflow || r[0] > kInline;
      failed = failed || (r[1] & 1U) != 0;
      report.stop = report.stop || (r[1] & 2U) != 0;
      report.synapticEvents += r[2];
    }
    received.resize(static_cast<std::size_t>(total));
    if (overflow) {
      MPI_Allgatherv(spikes.data(), static_cast<int>(spikes.size()), MPI_UINT64_T, received.data(),
                     counts.data(), displs.data(), MPI_UINT64_T, MPI_COMM_WORLD);
    } else {
      for (std::uint32_t k = 0; k < count; ++k)
        std::copy_n(headers.begin() + static_cast<std::ptrdiff_t>(kRecord * k + kHeader), counts[k],
                    received.begin() + displs[k]);
    }
    // Each process's list is sorted: merge them.
    for (std::uint32_t k = 1; k < count; ++k)
      std::inplace_merge(received.begin(), received.begin() + displs[k],
                         received.begin() + displs[k] + counts[k]);
    spikes.swap(received);
    if (failed)
      shareFailure(report.failure);
  }

  void agree(std::uint64_t value, std::uint64_t &allAnd, std::uint64_t &allOr) override {
    MPI_Allreduce(&value, &allAnd, 1, MPI_UINT64_T, MPI_BAND, MPI_COMM_WORLD);
    MPI_Allreduce(&value, &allOr, 1, MPI_UINT64_T, MPI_BOR, MPI_COMM_WORLD);
  }

  std::uint64_t sum(std::uint64_t value) override {
    std::uint64_t total = 0;
    MPI_Allreduce(&value, &total, 1, MPI_UINT64_T, MPI_SUM, MPI_COMM_WORLD);
    return total;
  }

  void gather(std::vector<double> &values, std::vector<std::uint64_t> &all) override {
    const int mine = static_cast<int>(values.size());
    MPI_Allgather(&mine, 1, MPI_INT, counts.data(), 1, MPI_INT, MPI_COMM_WORLD);
    int total = 0;
    all.assign(count, 0);
    for (std::uint32_t k = 0; k < count; ++k) {
      displs[k] = total;
      total += counts[k];
      all[k] = static_cast<std::uint64_t>(counts[k]);
    }
    std::vector<double> everyone(static_cast<std::size_t>(total));
    MPI_Allgatherv(values.data(), mine, MPI_DOUBLE, everyone.data(), counts.data(), displs.data(),
                   MPI_DOUBLE, MPI_COMM_WORLD);
    values.swap(everyone);
  }

private:
  static constexpr std::size_t kHeader = 3;
  static constexpr std::size_t kInline = 29;
  static constexpr std::size_t kRecord = kHeader + kInline; // 256 bytes a process

  /// Every process learns the failure of the lowest-ranked process that has one.
  void shareFailure(std::string &failure) {
    const int length = static_cast<int>(failure.size());
    std::vector<int> lengths(count);
    MPI_Allgather(&length, 1, MPI_INT, lengths.data(), 1, MPI_INT, MPI_COMM_WORLD);
    std::vector<int> offsets(count);
    int total = 0;
    for (std::uint32_t k = 0; k < count; ++k) {
      offsets[k] = total;
      total += lengths[k];
    }
    std::string all(static_cast<std::size_t>(total), '\0');
    MPI_Allgatherv(failure.data(), length, MPI_CHAR, all.data(), lengths.data(), offsets.data(),
                   MPI_CHAR, MPI_COMM_WORLD);
    for (std::uint32_t k = 0; k < count; ++k)
      if (lengths[k] > 0) {
        failure =
            all.substr(static_cast<std::size_t>(offsets[k]), static_cast<std::size_t>(lengths[k]));
        return;
      }
  }

  std::uint32_t me = 0;
  std::uint32_t count = 1;
  std::vector<std::uint64_t> headers;
  std::vector<int> counts;
  std::vector<int> displs;
  std::vector<std::uint64_t> received;
};

} // namespace

std::unique_ptr<SpikeExchange> openMpiExchange() {
  int initialised = 0;
  MPI_Initialized(&initialised);
  if (initialised == 0)
    MPI_Init(nullptr, nullptr);
  return std::make_unique<MpiExchange>();
}

void abortMpiJob(int code) {
  int initialised = 0;
  MPI_Initialized(&initialised);
  if (initialised != 0)
    MPI_Abort(MPI_COMM_WORLD, code);
  std::exit(code);
}

void finishMpi() {
  int initialised = 0;
  int finalised = 0;
  MPI_Initialized(&initialised);
  MPI_Finalized(&finalised);
  if (initialised != 0 && finalised == 0)
    MPI_Finalize();
}

} // namespace flux::rt
