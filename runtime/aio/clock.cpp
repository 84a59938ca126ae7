#include "aio/clock.hpp"

#include <chrono>
#include <cmath>
#include <limits>

namespace aio {

Clock::Clock(ClockKind kind) : kind_(kind) {}

int64_t Clock::now_ns() const {
  if (kind_ == ClockKind::Virtual) return virtual_ns_;
  auto since = std::chrono::steady_clock::now().time_since_epoch();
  return std::chrono::duration_cast<std::chrono::nanoseconds>(since).count();
}

int64_t seconds_to_ns(double seconds) {
  if (std::isnan(seconds)) return 0;
  // Far-future deadlines (e.g. timeout(1e300)) saturate instead of overflowing.
  constexpr double kMax = 9.2e18;
  double ns = seconds * 1e9;
  if (ns >= kMax) return std::numeric_limits<int64_t>::max() / 2;
  if (ns <= -kMax) return std::numeric_limits<int64_t>::min() / 2;
  return static_cast<int64_t>(std::llround(ns));
}

}  // namespace aio
