// The loop's two clocks (DESIGN.md decision 2).
// Virtual: time stands still while code runs and jumps to the next timer when nothing is ready,
//          so runs are exact and reproducible; embedders may also advance it to charge CPU time.
// Real:    the steady clock; the loop sleeps until the next timer or a thread-safe wake-up.
#pragma once

#include <cstdint>

namespace aio {

enum class ClockKind : uint8_t { Virtual, Real };

class Clock {
 public:
  explicit Clock(ClockKind kind);

  ClockKind kind() const { return kind_; }
  // Before any time was read (an embedder choosing the clock of a run).
  void set_kind(ClockKind kind) { kind_ = kind; }
  bool is_virtual() const { return kind_ == ClockKind::Virtual; }

  int64_t now_ns() const;
  double now() const { return static_cast<double>(now_ns()) / 1e9; }

  // Virtual clock only (no effect on the real clock); time never goes backwards.
  void advance_to(int64_t t_ns) {
    if (t_ns > virtual_ns_) virtual_ns_ = t_ns;
  }
  void advance_by(int64_t d_ns) {
    if (d_ns > 0) virtual_ns_ += d_ns;
  }

 private:
  ClockKind kind_;
  int64_t virtual_ns_ = 0;
};

// Seconds (asyncio's unit) to the clock's nanoseconds, rounding to nearest.
int64_t seconds_to_ns(double seconds);

}  // namespace aio
