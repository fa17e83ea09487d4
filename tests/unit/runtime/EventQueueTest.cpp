// The calendar queue against a std::multiset reference: every group popped, every nextTime and
// size, under equal times, times far past the horizon, zero and sub-bucket delays, look-ahead
// followed by earlier pushes, and the push-while-popping pattern of a simulation.
#include "core/EventQueue.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <ostream>
#include <random>
#include <set>
#include <tuple>
#include <vector>

using flux::rt::EventQueue;

namespace {

struct Spike {
  double time = 0;
  std::uint32_t target = 0;
  std::uint32_t source = 0;
  std::uint32_t synapse = 0;

  /// The engine's tie order for equal times.
  bool operator<(const Spike &other) const {
    return std::tie(target, source, synapse) < std::tie(other.target, other.source, other.synapse);
  }
  bool operator==(const Spike &other) const = default;
};

std::ostream &operator<<(std::ostream &out, const Spike &s) {
  return out << "{" << s.time << " " << s.target << " " << s.source << " " << s.synapse << "}";
}

struct ByTime {
  bool operator()(const Spike &a, const Spike &b) const {
    return a.time < b.time || (a.time == b.time && a < b);
  }
};

/// The queue under test and a multiset driven together; every pop compares the two.
class Checked {
public:
  Checked(double width, double horizon) : queue(width, horizon) {}

  void push(const Spike &spike) {
    queue.push(spike);
    reference.insert(spike);
    EXPECT_EQ(queue.size(), reference.size());
  }

  double nextTime() {
    const double time = queue.nextTime();
    EXPECT_EQ(time, reference.begin()->time);
    return time;
  }

  /// Pops one group from both and expects the same events in the same order.
  std::vector<Spike> popGroup() {
    std::vector<Spike> group;
    queue.popGroup(group);
    std::vector<Spike> expected;
    const double time = reference.begin()->time;
    while (!reference.empty() && reference.begin()->time == time) {
      expected.push_back(*reference.begin());
      reference.erase(reference.begin());
    }
    EXPECT_EQ(group, expected);
    EXPECT_EQ(queue.size(), reference.size());
    EXPECT_EQ(queue.empty(), reference.empty());
    last = time;
    return group;
  }

  bool empty() const { return reference.empty(); }
  double lastPopped() const { return last; }

private:
  EventQueue<Spike> queue;
  std::multiset<Spike, ByTime> reference;
  double last = 0;
};

Spike randomSpike(std::mt19937_64 &rng, double time) {
  // Few targets and sources, so events of equal time often tie on a prefix of the order.
  std::uniform_int_distribution<std::uint32_t> small(0, 5);
  return {time, small(rng), small(rng), small(rng)};
}

/// Times that are multiples of 1/8 ms sum exactly, so many events share a time.
double onGrid(double time) {
  return std::round(time * 8) / 8;
}

struct Config {
  double width;
  double horizon;
};

const Config kConfigs[] = {{0.1, 10}, {1, 10}, {0.25, 0}, {7.3, 5}, {1e-9, 10}, {0.05, 100}};

} // namespace

TEST(EventQueue, PopsSimultaneousEventsAsOneSortedGroup) {
  EventQueue<Spike> queue(0.5, 4);
  queue.push({2.0, 3, 0, 0});
  queue.push({1.0, 9, 9, 9});
  queue.push({2.0, 1, 7, 0});
  queue.push({2.0, 1, 2, 5});
  EXPECT_EQ(queue.size(), 4U);
  EXPECT_EQ(queue.nextTime(), 1.0);
  std::vector<Spike> out{{-1, 0, 0, 0}}; // popGroup appends
  queue.popGroup(out);
  EXPECT_EQ(out, (std::vector<Spike>{{-1, 0, 0, 0}, {1.0, 9, 9, 9}}));
  out.clear();
  queue.popGroup(out);
  EXPECT_EQ(out, (std::vector<Spike>{{2.0, 1, 2, 5}, {2.0, 1, 7, 0}, {2.0, 3, 0, 0}}));
  EXPECT_TRUE(queue.empty());
}

TEST(EventQueue, NearlyEqualTimesAreSeparateGroups) {
  EventQueue<Spike> queue(1, 4);
  const double t = 3.0;
  queue.push({std::nextafter(t, 4.0), 0, 0, 0});
  queue.push({t, 5, 0, 0});
  std::vector<Spike> out;
  queue.popGroup(out);
  EXPECT_EQ(out.size(), 1U);
  EXPECT_EQ(out[0].time, t);
}

TEST(EventQueue, PushAtThePoppedTimeMakesANewGroup) {
  EventQueue<Spike> queue(1, 4);
  queue.push({2, 1, 0, 0});
  std::vector<Spike> out;
  queue.popGroup(out);
  queue.push({2, 0, 0, 0}); // zero delay: after the group that caused it, at the same time
  queue.push({2.5, 0, 0, 0});
  out.clear();
  queue.popGroup(out);
  EXPECT_EQ(out, (std::vector<Spike>{{2, 0, 0, 0}}));
}

TEST(EventQueue, PreloadedMatchesReference) {
  for (const Config &config : kConfigs) {
    for (const double span : {1.0, 50.0, 5000.0}) { // inside, around and far past the horizon
      SCOPED_TRACE(testing::Message() << "width " << config.width << " horizon " << config.horizon
                                      << " span " << span);
      std::mt19937_64 rng(static_cast<std::uint64_t>(span * 1000 + config.width * 1e6));
      std::uniform_real_distribution<double> time(0, span);
      Checked checked(config.width, config.horizon);
      for (int i = 0; i < 3000; ++i)
        checked.push(randomSpike(rng, i % 2 == 0 ? onGrid(time(rng)) : time(rng)));
      while (!checked.empty() && !testing::Test::HasFailure()) {
        checked.nextTime();
        checked.popGroup();
      }
    }
  }
}

TEST(EventQueue, SimulationMatchesReference) {
  for (const Config &config : kConfigs) {
    for (const bool grid : {false, true}) {
      SCOPED_TRACE(testing::Message() << "width " << config.width << " horizon " << config.horizon
                                      << " grid " << grid);
      std::mt19937_64 rng(static_cast<std::uint64_t>(config.width * 1e6 + config.horizon) + grid);
      std::uniform_real_distribution<double> unit(0, 1);
      std::uniform_int_distribution<int> fanout(0, 2); // one new event per event, on average
      Checked checked(config.width, config.horizon);
      for (int i = 0; i < 200; ++i)
        checked.push(randomSpike(rng, onGrid(5 * unit(rng))));
      for (int pops = 0; pops < 3000 && !checked.empty() && !testing::Test::HasFailure(); ++pops) {
        // Live input: look ahead, then schedule something before what was seen.
        if (unit(rng) < 0.05) {
          const double next = checked.nextTime();
          const double now = checked.lastPopped();
          checked.push(randomSpike(rng, now + (next - now) * unit(rng)));
        }
        for (const Spike &spike : checked.popGroup()) {
          for (int k = fanout(rng); k > 0; --k) {
            const double pick = unit(rng);
            double delay = pick < 0.1    ? 0.0                       // same time, next group
                           : pick < 0.2  ? config.width * unit(rng)  // inside the current bucket
                           : pick < 0.25 ? 20 * config.horizon + 100 // far past the ring
                                         : 0.8 + 9.2 * unit(rng);    // typical synapses
            if (grid)
              delay = onGrid(delay);
            checked.push(randomSpike(rng, spike.time + delay));
          }
        }
        if (checked.empty()) // restart after the network fell silent, far in the future
          checked.push(randomSpike(rng, checked.lastPopped() + 1000 * unit(rng)));
      }
    }
  }
}

TEST(EventQueue, StartsAtAnyTimeIncludingNegative) {
  Checked checked(0.5, 3);
  checked.push({-7.25, 1, 0, 0});
  checked.push({-7.25, 0, 0, 0});
  checked.push({1e6, 0, 0, 0});
  checked.push({-2, 0, 0, 0});
  while (!checked.empty())
    checked.popGroup();
  checked.push({2e6, 0, 0, 0}); // empty again: the window jumps to the new event
  checked.push({2e6 + 1, 0, 0, 0});
  checked.popGroup();
  checked.popGroup();
}
