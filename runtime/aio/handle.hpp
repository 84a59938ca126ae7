// Handle and TimerHandle: a scheduled callback that can be cancelled before it runs
// (asyncio.Handle / asyncio.TimerHandle).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>

namespace aio {

class EventLoop;

struct HandleState {
  std::function<void()> callback;
  bool cancelled = false;
  int64_t when_ns = 0;    // timers only
  uint64_t timer_id = 0;  // timers only (0 for plain handles)
  EventLoop* loop = nullptr;
};

class Handle {
 public:
  Handle() = default;
  explicit Handle(std::shared_ptr<HandleState> state) : state_(std::move(state)) {}

  // Idempotent; a handle that already ran is unaffected.
  void cancel();
  bool cancelled() const { return state_ && state_->cancelled; }
  explicit operator bool() const { return state_ != nullptr; }
  const std::shared_ptr<HandleState>& state() const { return state_; }

 protected:
  std::shared_ptr<HandleState> state_;
};

class TimerHandle : public Handle {
 public:
  using Handle::Handle;
  // The deadline in the loop's time (seconds), as TimerHandle.when().
  double when() const { return state_ ? static_cast<double>(state_->when_ns) / 1e9 : 0.0; }
  int64_t when_ns() const { return state_ ? state_->when_ns : 0; }
};

}  // namespace aio
