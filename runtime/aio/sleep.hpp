// asyncio.sleep(delay, result): sleep(0) is a bare yield; a positive delay awaits a future that
// a timer completes (so waking takes the same two loop iterations as in CPython).
#pragma once

#include "aio/coro.hpp"

namespace aio {

struct SleepAwaiter {
  double delay;
  CoroDriver* driver = nullptr;
  std::shared_ptr<FutureState<void>> future{};
  TimerHandle timer{};

  bool await_ready() const noexcept { return false; }
  template <class P>
  void await_suspend(co::coroutine_handle<P> h) {
    driver = h.promise().driver;
    if (delay <= 0) {
      driver->yield();
      return;
    }
    EventLoop& loop = driver->loop();
    future = std::make_shared<FutureState<void>>(loop);
    timer = loop.call_later(delay, [f = future] { set_result_unless_cancelled(*f); });
    future->set_wait_info(WaitKind::Sleep, timer.state()->timer_id);
    driver->await_future(future);
  }
  Result<void> await_resume() {
    timer.cancel();  // cancelled while sleeping: the timer must not fire
    if (auto e = driver->take_injected()) return std::move(*e);
    if (future) return future->result();
    return {};
  }
};

// sleep(delay, result): gives `result` back after the delay.
template <class T>
struct SleepWithResult : SleepAwaiter {
  T value;
  Result<T> await_resume() {
    if (auto r = SleepAwaiter::await_resume(); !r) return std::move(r).error();
    return std::move(value);
  }
};

inline SleepAwaiter sleep(double delay) { return SleepAwaiter{delay}; }

template <class T>
SleepWithResult<T> sleep(double delay, T result) {
  return SleepWithResult<T>{{delay}, std::move(result)};
}

}  // namespace aio
