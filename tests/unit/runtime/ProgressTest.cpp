#include "io/Progress.h"

#include <gtest/gtest.h>

#include <sstream>
#include <thread>

using namespace flux::rt;

TEST(RuntimeProgress, DisabledWritesNothing) {
  std::ostringstream out;
  ProgressBar bar(1000, false, out);
  for (int step = 0; step < 100000; ++step)
    bar.update(step * 0.01, 0, 0);
  bar.finish();
  EXPECT_EQ(out.str(), "");
}

TEST(RuntimeProgress, ShortRunsWriteNothing) {
  std::ostringstream out;
  {
    ProgressBar bar(1000, true, out);
    for (std::uint64_t step = 0; step < 100000; ++step)
      bar.update(static_cast<double>(step) * 0.01, step, 10 * step);
  }
  EXPECT_EQ(out.str(), "");
}

TEST(RuntimeProgress, RedrawsOneLineAtMostTenTimesASecondAfterOneSecond) {
  std::ostringstream out;
  ProgressBar bar(1000, true, out);
  const auto start = std::chrono::steady_clock::now();
  std::uint64_t steps = 0;
  while (std::chrono::steady_clock::now() - start < std::chrono::milliseconds(1350)) {
    bar.update(500, 1000, 2000000);
    ++steps;
    if (steps % 64 == 0)
      std::this_thread::sleep_for(std::chrono::microseconds(200));
  }
  const std::string drawn = out.str();
  ASSERT_FALSE(drawn.empty());
  const auto redraws = std::count(drawn.begin(), drawn.end(), '\r');
  EXPECT_GE(redraws, 1);
  EXPECT_LE(redraws, 4); // 350 ms of drawing at most every 100 ms
  EXPECT_EQ(drawn.find('\n'), std::string::npos);
  EXPECT_NE(drawn.find("[############............] 50%  500/1000 ms  wall 1."), std::string::npos)
      << drawn;
  EXPECT_NE(drawn.find("x real time"), std::string::npos) << drawn;
  EXPECT_NE(drawn.find(" spikes/s "), std::string::npos) << drawn;
  EXPECT_NE(drawn.find(" M events/s"), std::string::npos) << drawn;
  bar.finish();
  const std::string cleared = out.str().substr(drawn.size());
  EXPECT_TRUE(cleared.starts_with('\r') && cleared.ends_with('\r')) << cleared;
  EXPECT_EQ(cleared.find_first_not_of(" \r"), std::string::npos) << cleared;
  bar.update(1000, 0, 0);
  EXPECT_EQ(out.str().size(), drawn.size() + cleared.size()); // finished: no more drawing
}
