// Checkpoints: the event queue's snapshot pops ties in the original order; both engines resume
// from a checkpoint exactly (spikes and counters); the file layer rejects every truncation and
// every flipped byte without touching the simulator. The network is made of spike sources
// only (Poisson sources, delayed deliveries into an output), so no generated code is needed.
#include "io/Checkpoint.h"
#include "ScratchDir.h"
#include "core/EventQueue.h"
#include "engine/Simulator.h"
#include "engine/StateCodec.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <random>
#include <string>
#include <utility>
#include <vector>

namespace {

using flux::rt::EventQueue;

/// Events whose `operator<` ties on `key`: only their positions in the queue decide the order
/// of equal ones, which `id` makes visible.
struct Tied {
  double time = 0;
  std::uint32_t key = 0;
  std::uint32_t id = 0;
  bool operator<(const Tied &other) const { return key < other.key; }
};

std::vector<std::pair<double, std::uint32_t>> popAll(EventQueue<Tied> &queue) {
  std::vector<std::pair<double, std::uint32_t>> order;
  std::vector<Tied> group;
  while (!queue.empty()) {
    group.clear();
    queue.popGroup(group);
    for (const Tied &e : group)
      order.emplace_back(e.time, e.id);
  }
  return order;
}

TEST(CheckpointQueue, RestoredQueuePopsTiesInTheSameOrder) {
  for (std::uint32_t seed = 1; seed <= 20; ++seed) {
    std::mt19937 rng(seed);
    EventQueue<Tied> queue(0.5, 10);
    std::uint32_t id = 0;
    double now = 0;
    std::vector<Tied> group;
    // Times on a coarse grid (many equal times and keys), some far past the horizon.
    auto pushSome = [&](EventQueue<Tied> &q, std::uint32_t n, std::mt19937 &r) {
      for (std::uint32_t k = 0; k < n; ++k) {
        const double ahead = (r() % 8 == 0) ? 40.0 + r() % 40 : (r() % 40) * 0.25;
        q.push({now + ahead, static_cast<std::uint32_t>(r() % 3), id++});
      }
    };
    pushSome(queue, 300, rng);
    for (int pops = 0; pops < 40 && !queue.empty(); ++pops) {
      group.clear();
      queue.popGroup(group);
      now = group.front().time;
    }
    EventQueue<Tied> restored(0.5, 10);
    ASSERT_TRUE(restored.restore(queue.contents()));
    ASSERT_EQ(restored.size(), queue.size());
    // Both go on alike: the same pushes, then everything popped.
    std::mt19937 rngCopy = rng;
    const std::uint32_t idBefore = id;
    pushSome(queue, 100, rng);
    id = idBefore;
    pushSome(restored, 100, rngCopy);
    EXPECT_EQ(popAll(queue), popAll(restored)) << "seed " << seed;
  }
}

// Pushes into the bucket being popped wait beside it (EventQueue's `late` heap); a checkpoint
// taken then keeps them in the order they pop in, ties first in, first out.
TEST(CheckpointQueue, PushesIntoTheCurrentBucketSurviveARestore) {
  for (std::uint32_t seed = 1; seed <= 20; ++seed) {
    std::mt19937 rng(seed);
    EventQueue<Tied> queue(0.5, 10);
    std::uint32_t id = 0;
    for (int k = 0; k < 200; ++k)
      queue.push({(rng() % 40) * 0.125, static_cast<std::uint32_t>(rng() % 3), id++});
    std::vector<Tied> group;
    for (int pops = 0; pops < 10 && !queue.empty(); ++pops) {
      group.clear();
      queue.popGroup(group);
      const double now = group.front().time;
      // Within the current 0.5 ms bucket, on a grid that makes equal times and keys common.
      for (int k = 0; k < 5; ++k)
        queue.push({now + (rng() % 4) * 0.125, static_cast<std::uint32_t>(rng() % 3), id++});
    }
    EventQueue<Tied> restored(0.5, 10);
    ASSERT_TRUE(restored.restore(queue.contents()));
    ASSERT_EQ(restored.size(), queue.size());
    EXPECT_EQ(popAll(queue), popAll(restored)) << "seed " << seed;
  }
}

TEST(CheckpointQueue, RestoreRejectsContentsThatDoNotFitAndChangesNothing) {
  EventQueue<Tied> queue(1, 8);
  queue.push({3.5, 0, 1});
  queue.push({4.5, 0, 2});
  auto good = queue.contents();

  EventQueue<Tied> target(1, 8);
  target.push({1, 0, 9});
  auto outOfRange = good;
  outOfRange.buckets.front().first = 1000;
  EXPECT_FALSE(target.restore(outOfRange));
  auto wrongBucket = good;
  wrongBucket.buckets.front().first ^= 1;
  EXPECT_FALSE(target.restore(wrongBucket));
  auto beforeLastPop = good;
  beforeLastPop.lastPopped = 4;
  EXPECT_FALSE(target.restore(beforeLastPop));
  auto notFinite = good;
  notFinite.buckets.front().second.front().time = std::nan("");
  EXPECT_FALSE(target.restore(notFinite));
  EXPECT_EQ(target.size(), 1u);
  EXPECT_EQ(target.nextTime(), 1);
  EXPECT_TRUE(target.restore(good));
  EXPECT_EQ(target.size(), 2u);
  EXPECT_EQ(target.nextTime(), 3.5);
}

/// Poisson sources whose spikes reach an output after per-synapse delays (single deliveries)
/// and, along a second projection, after one delay (rows).
flux::rt::NetworkImage sourceNetwork(std::uint32_t sources) {
  using namespace flux::rt;
  NetworkImage net;
  PopulationImage poisson;
  poisson.name = "Net.in";
  poisson.kind = PopulationKind::Poisson;
  poisson.size = sources;
  poisson.rate = {0.05};
  PopulationImage out;
  out.name = "Net.out";
  out.kind = PopulationKind::Extern;
  out.first = sources;
  out.size = 4;
  net.populations = {poisson, out};
  net.neuronCount = sources + 4;
  net.seed = 7;
  for (int j = 0; j < 2; ++j) {
    ProjectionImage proj;
    proj.name = j == 0 ? "Net.in -> Net.out" : "Net.in -> Net.out (rows)";
    proj.sources = {{0, 0, sources}};
    proj.targets = {{1, 0, 4}};
    proj.rowStart.push_back(0);
    for (std::uint32_t i = 0; i < sources; ++i) {
      for (std::uint32_t t = 0; t < 4; ++t)
        if ((i + t) % 2 == 0) {
          proj.column.push_back(t);
          if (j == 0)
            proj.delays.push_back(0.5f + static_cast<float>((i * 7 + t) % 23));
        }
      proj.rowStart.push_back(proj.column.size());
    }
    proj.weight = 1;
    proj.delayMs = 2;
    net.projections.push_back(proj);
  }
  return net;
}

class Spikes final : public flux::rt::RunObserver {
public:
  void onSpike(double timeMs, std::uint32_t neuron) override { all.emplace_back(timeMs, neuron); }
  std::vector<std::pair<double, std::uint32_t>> all;
};

std::unique_ptr<flux::rt::Simulator> make(bool step, const flux::rt::NetworkImage &net) {
  flux::rt::RunOptions options;
  std::string error;
  auto sim = step ? flux::rt::makeStepEngine(net, options, error)
                  : flux::rt::makeEventEngine(net, options, error);
  EXPECT_TRUE(sim) << error;
  return sim;
}

class CheckpointEngine : public ::testing::TestWithParam<bool> {};

TEST_P(CheckpointEngine, ResumesExactly) {
  const bool step = GetParam();
  const auto net = sourceNetwork(30);
  auto whole = make(step, net);
  Spikes wholeSpikes;
  ASSERT_TRUE(whole->advance(100, wholeSpikes));
  ASSERT_TRUE(whole->advance(300, wholeSpikes));

  auto first = make(step, net);
  Spikes ignored;
  ASSERT_TRUE(first->advance(100, ignored));
  std::string bytes;
  first->saveState(bytes);
  auto second = make(step, net);
  std::string error;
  ASSERT_TRUE(second->restoreState(bytes, error)) << error;
  EXPECT_EQ(second->now(), first->now());
  Spikes rest;
  ASSERT_TRUE(second->advance(300, rest));

  std::vector<std::pair<double, std::uint32_t>> after;
  for (const auto &s : wholeSpikes.all)
    if (s.first >= 100)
      after.push_back(s);
  EXPECT_GT(after.size(), 100u);
  EXPECT_EQ(rest.all, after);
  EXPECT_EQ(second->counters().spikes, whole->counters().spikes);
  EXPECT_EQ(second->counters().synapticEvents, whole->counters().synapticEvents);
  EXPECT_EQ(second->counters().eventsProcessed, whole->counters().eventsProcessed);
}

TEST_P(CheckpointEngine, RejectsAnotherNetworkOrEngine) {
  const bool step = GetParam();
  const auto net = sourceNetwork(30);
  auto sim = make(step, net);
  Spikes ignored;
  ASSERT_TRUE(sim->advance(50, ignored));
  std::string bytes;
  sim->saveState(bytes);

  const auto other = sourceNetwork(31);
  auto different = make(step, other);
  std::string error;
  EXPECT_FALSE(different->restoreState(bytes, error));
  EXPECT_NE(error.find("different network"), std::string::npos) << error;
  EXPECT_EQ(different->now(), 0);

  auto otherEngine = make(!step, net);
  EXPECT_FALSE(otherEngine->restoreState(bytes, error));
  EXPECT_NE(error.find("engine"), std::string::npos) << error;

  // Every prefix of the payload is rejected, and leaves the simulator as it was.
  auto fresh = make(step, net);
  for (std::size_t n = 0; n < bytes.size(); n += 7) {
    error.clear();
    EXPECT_FALSE(fresh->restoreState(std::string_view(bytes).substr(0, n), error)) << n;
    EXPECT_FALSE(error.empty());
  }
  EXPECT_FALSE(fresh->restoreState(bytes + "x", error));
  EXPECT_EQ(fresh->now(), 0);
  EXPECT_EQ(fresh->counters().spikes, 0u);
}

TEST_P(CheckpointEngine, FileRejectsTruncationAndDamage) {
  const bool step = GetParam();
  const auto net = sourceNetwork(10);
  auto sim = make(step, net);
  Spikes ignored;
  ASSERT_TRUE(sim->advance(20, ignored));
  flux::test::ScratchDir dir;
  const std::string path = dir.path("state.ckpt");
  ASSERT_EQ(flux::rt::writeCheckpoint(path, *sim), std::nullopt);
  const std::string bytes = flux::test::readFile(path);
  ASSERT_EQ(bytes.substr(0, 8), "FLUXCKPT");
  EXPECT_EQ(dir.files(), std::vector<std::string>{"state.ckpt"}); // no temporary file left

  auto target = make(step, net);
  for (std::size_t n = 0; n < bytes.size(); ++n) {
    auto error = flux::rt::decodeCheckpoint(path, std::string_view(bytes).substr(0, n), *target);
    ASSERT_TRUE(error) << n;
    EXPECT_NE(error->find("is truncated"), std::string::npos) << *error;
  }
  for (std::size_t at = 0; at < bytes.size(); ++at) {
    std::string damaged = bytes;
    damaged[at] = static_cast<char>(damaged[at] ^ 0x10);
    auto error = flux::rt::decodeCheckpoint(path, damaged, *target);
    ASSERT_TRUE(error) << at;
    EXPECT_NE(error->find("checkpoint '" + path + "'"), std::string::npos) << *error;
  }
  EXPECT_EQ(target->now(), 0);
  EXPECT_EQ(flux::rt::readCheckpoint(path, *target), std::nullopt);
  EXPECT_EQ(target->now(), sim->now());
  EXPECT_EQ(target->counters().spikes, sim->counters().spikes);
}

/// The step engine's bursts under way are checked on restore: a payload saved at step 0 is
/// moved to step 100 and given one or two bursts. The network has a population of neurons but
/// no generated code: enough to restore into, not to run.
TEST(CheckpointStep, ChecksBurstsUnderWay) {
  using flux::rt::StateWriter;
  auto net = sourceNetwork(4); // Net.in: 0-3, Net.out: 4-7
  flux::rt::PopulationImage cells;
  cells.name = "Net.cells";
  cells.kind = flux::rt::PopulationKind::Neurons;
  cells.first = 8;
  cells.size = 2;
  net.populations.push_back(cells);
  net.neuronCount = 10;
  auto sim = make(true, net);
  std::string saved;
  sim->saveState(saved);
  std::string fingerprint;
  StateWriter fw(fingerprint);
  flux::rt::writeFingerprint(fw, net, "step", 0.1);
  std::string atStep100;
  StateWriter(atStep100).i64(100);
  saved.replace(fingerprint.size(), 8, atStep100);
  // The payload ends with the bursts (a count, 0 here) and the spike-train positions (a count
  // and one per population).
  const std::size_t burstsAt = saved.size() - 8 - 8 * (1 + net.populations.size());
  struct Entry {
    std::uint32_t neuron;
    std::int64_t count, next;
    std::int32_t origin;
    float gap;
  };
  auto with = [&](const std::vector<Entry> &entries) {
    std::string bursts;
    StateWriter w(bursts);
    w.u64(entries.size());
    for (const Entry &e : entries) {
      w.u32(e.neuron);
      w.i64(e.count);
      w.i64(e.next);
      w.u32(static_cast<std::uint32_t>(e.origin));
      w.f32(e.gap);
    }
    std::string bytes = saved;
    bytes.replace(burstsAt, 8, bursts);
    return bytes;
  };

  // Fired at step 99 with 3 spikes 1 ms apart: spike 1 is due at step 109. Fired at step 90
  // with 5 spikes 0.5 ms apart: spike 1 came at step 95, spike 2 is due at step 100 itself.
  auto target = make(true, net);
  std::string error;
  const std::string good = with({{8, 3, 1, 99, 1.0f}, {9, 5, 2, 90, 0.5f}});
  ASSERT_TRUE(target->restoreState(good, error)) << error;
  EXPECT_EQ(target->now(), 10);
  std::string again;
  target->saveState(again);
  EXPECT_EQ(again, good);

  const float nan = std::nanf("");
  const float inf = std::numeric_limits<float>::infinity();
  const std::vector<std::vector<Entry>> bad = {
      {{10, 3, 1, 99, 1.0f}},                     // no such neuron
      {{3, 3, 1, 99, 1.0f}},                      // an input source
      {{9, 3, 1, 99, 1.0f}, {8, 3, 1, 99, 1.0f}}, // not by ascending neuron
      {{8, 1, 1, 99, 1.0f}},                      // a count of 1 is no burst
      {{8, 3, 0, 99, 1.0f}},                      // spike 0 is the `on fire` itself
      {{8, 3, 3, 99, 1.0f}},                      // over
      {{8, 3, 1, 100, 1.0f}},                     // started at the restored step
      {{8, 3, 1, -1, 1.0f}},                      // before the run
      {{8, 3, 1, 99, 0.0f}},                      // no gap
      {{8, 3, 1, 99, nan}},                       // a gap that is no number
      {{8, 3, 1, 99, inf}},                       // an infinite gap
      {{8, 3, 1, 50, 1.0f}},                      // spike 1 was due at step 60
      {{8, 3, 2, 99, 1.0f}},                      // spike 1 is still to come at step 109
  };
  auto fresh = make(true, net);
  for (std::size_t k = 0; k < bad.size(); ++k) {
    error.clear();
    EXPECT_FALSE(fresh->restoreState(with(bad[k]), error)) << k;
    EXPECT_NE(error.find("bursts"), std::string::npos) << k << ": " << error;
  }
  EXPECT_EQ(fresh->now(), 0);
}

INSTANTIATE_TEST_SUITE_P(Engines, CheckpointEngine, ::testing::Values(false, true),
                         [](const ::testing::TestParamInfo<bool> &param) {
                           return param.param ? std::string("Step") : std::string("Event");
                         });

} // namespace
