// CodePositions: the compact column table gives back every instruction's position, including
// "no columns", negative line steps, long lines and wide columns; out-of-range lookups fail.
#include <gtest/gtest.h>

#include <vector>

#include "py/code.hpp"

namespace {

using py::CodePositions;
using py::Position;

TEST(CodePositions, RoundTripsEveryInstruction) {
  std::vector<Position> positions = {
      {1, 1, 0, 5},       {1, 1, 0, 5},         {1, 1, 4, 9},  {3, 5, 8, 2},     {2, 2, -1, -1},
      {2, 2, -1, -1},     {70000, 70000, 0, 1}, {1, 1, 0, 0},  {9, 9, 200000, 200100},
  };
  CodePositions table = CodePositions::encode(positions);
  for (size_t i = 0; i < positions.size(); ++i) {
    Position p;
    ASSERT_TRUE(table.find(i, &p)) << i;
    EXPECT_EQ(p, positions[i]) << i;
  }
  Position p;
  EXPECT_FALSE(table.find(positions.size(), &p));
}

TEST(CodePositions, SharesOneRunBetweenEqualNeighbours) {
  std::vector<Position> same(1000, Position{4, 4, 2, 10});
  CodePositions table = CodePositions::encode(same);
  EXPECT_LE(table.bytes.size(), 8u);
  Position p;
  ASSERT_TRUE(table.find(999, &p));
  EXPECT_EQ(p, (Position{4, 4, 2, 10}));
}

TEST(CodePositions, EmptyTableFindsNothing) {
  CodePositions table = CodePositions::encode({});
  Position p;
  EXPECT_TRUE(table.bytes.empty());
  EXPECT_FALSE(table.find(0, &p));
}

}  // namespace
