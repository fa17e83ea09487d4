#include "support/Utf8.h"

#include <gtest/gtest.h>

using flux::findInvalidUtf8;

TEST(Utf8, AcceptsValidText) {
  EXPECT_FALSE(findInvalidUtf8("plain ascii"));
  EXPECT_FALSE(
      findInvalidUtf8("\xC3\xA9t\xC3\xA9 \xE2\x80\x94 \xF0\x9F\xA7\xA0")); // été — 🧠
  EXPECT_FALSE(findInvalidUtf8(""));
}

TEST(Utf8, FindsTheFirstBadByte) {
  EXPECT_EQ(findInvalidUtf8("ab\xFF"), 2u);
  EXPECT_EQ(findInvalidUtf8("a\xC3"), 1u);            // truncated sequence
  EXPECT_EQ(findInvalidUtf8("\xC0\xAF"), 0u);         // overlong '/'
  EXPECT_EQ(findInvalidUtf8("x\xED\xA0\x80"), 1u);    // UTF-16 surrogate
  EXPECT_EQ(findInvalidUtf8("\xF4\x90\x80\x80"), 0u); // past U+10FFFF
  EXPECT_EQ(findInvalidUtf8("\xE2\x28\xA1"), 0u);     // bad continuation
}
