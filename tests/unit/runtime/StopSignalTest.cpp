#include "io/StopSignal.h"

#include <gtest/gtest.h>

#include <csignal>
#include <cstdlib>

using namespace flux::rt;

// Signals change the whole process, so each case runs in a death test's child process.

TEST(RuntimeStopSignal, NotRequestedWithoutASignal) {
  EXPECT_FALSE(stopRequested());
}

TEST(RuntimeStopSignalDeathTest, TerminateRequestsAStop) {
  EXPECT_EXIT(
      {
        installStopOnSignal();
        std::raise(SIGTERM);
        std::_Exit(stopRequested() ? 0 : 1);
      },
      testing::ExitedWithCode(0), "stopping after this step \\(SIGTERM\\)");
}

TEST(RuntimeStopSignalDeathTest, FirstInterruptStopsSecondKills) {
  EXPECT_EXIT(
      {
        installStopOnSignal();
        std::raise(SIGINT);
        if (!stopRequested())
          std::_Exit(1);
        std::raise(SIGINT);
        std::_Exit(2);
      },
      testing::KilledBySignal(SIGINT), "press Ctrl-C again to abort");
}
