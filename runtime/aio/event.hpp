// asyncio.Event: a flag; wait() blocks until it is set. set() wakes every waiter, in the order
// they started waiting; clear() only affects later waits.
#pragma once

#include <memory>

#include "aio/lock.hpp"

namespace aio {

class EventState : public LoopBound {
 public:
  EventState() : LoopBound("asyncio.locks.Event", WaitKind::Event) {}

  bool is_set() const { return value_; }
  void set();
  void clear() { value_ = false; }
  size_t waiter_count() const { return waiters_.size(); }

  // WaitOnce's protocol (wait).
  bool try_now() const { return value_; }
  Result<Waiter> add_waiter(EventLoop& running);
  Result<void> finish(const Waiter& waiter, Result<void> woken) {
    remove_waiter(waiters_, waiter);
    return woken;
  }
  void forget(const Waiter& waiter) { remove_waiter(waiters_, waiter); }

 private:
  bool value_ = false;
  WaiterQueue waiters_;
};

//   AIO_CHECK(co_await event.wait());   ...   event.set();
class Event {
 public:
  using Wait = WaitOnce<EventState>;

  Event() : state_(std::make_shared<EventState>()) {}

  bool is_set() const { return state_->is_set(); }
  void set() const { state_->set(); }
  void clear() const { state_->clear(); }
  // Result<void>: CancelledError when cancelled while waiting.
  Wait wait() const { return Wait(state_); }

  const std::shared_ptr<EventState>& state() const { return state_; }
  friend bool operator==(const Event& a, const Event& b) { return a.state_ == b.state_; }

 private:
  std::shared_ptr<EventState> state_;
};

}  // namespace aio
