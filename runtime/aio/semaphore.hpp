// asyncio.Semaphore and asyncio.BoundedSemaphore, with CPython 3.11.7's fairness: a waiter
// woken by release() is handed the unit at once (_wake_up_next decrements the value for it),
// and a newcomer may only take a unit when no live waiter is queued.
#pragma once

#include <cassert>
#include <memory>
#include <optional>

#include "aio/lock.hpp"

namespace aio {

class SemaphoreState : public LoopBound {
 public:
  // `bound`: the BoundedSemaphore's initial value (release() beyond it is a ValueError).
  SemaphoreState(int value, std::optional<int> bound)
      : LoopBound(bound ? "asyncio.locks.BoundedSemaphore" : "asyncio.locks.Semaphore", WaitKind::Semaphore),
        value_(value),
        bound_(bound) {}

  int value() const { return value_; }
  // True when acquire() would block: no unit left, or a waiter not cancelled is queued.
  bool locked() const;
  Result<void> release();
  size_t waiter_count() const { return waiters_.size(); }

  // WaitOnce's protocol (acquire).
  bool try_now();
  Result<Waiter> add_waiter(EventLoop& running);
  Result<void> finish(const Waiter& waiter, Result<void> woken);
  void forget(const Waiter& waiter) { remove_waiter(waiters_, waiter); }

 private:
  void wake_up_next();

  int value_;
  std::optional<int> bound_;
  WaiterQueue waiters_;
};

// Common to both handles: everything but release(), which only the bounded one can fail.
class SemaphoreBase {
 public:
  using Acquire = WaitOnce<SemaphoreState>;

  bool locked() const { return state_->locked(); }
  int value() const { return state_->value(); }  // asyncio's _value
  Acquire acquire() const { return Acquire(state_); }

  const std::shared_ptr<SemaphoreState>& state() const { return state_; }
  friend bool operator==(const SemaphoreBase& a, const SemaphoreBase& b) { return a.state_ == b.state_; }

 protected:
  explicit SemaphoreBase(std::shared_ptr<SemaphoreState> state) : state_(std::move(state)) {}
  std::shared_ptr<SemaphoreState> state_;
};

//   AIO_TRY(auto held, co_await sem.scoped());   // `async with sem:`
class Semaphore : public SemaphoreBase {
 public:
  // Precondition value >= 0; create() checks it as Python does.
  explicit Semaphore(int value = 1) : SemaphoreBase(std::make_shared<SemaphoreState>(value, std::nullopt)) {
    assert(value >= 0);
  }
  // ValueError "Semaphore initial value must be >= 0".
  static Result<Semaphore> create(int value = 1);

  void release() const { (void)state_->release(); }  // cannot fail unbounded
  ScopedAwaiter<Semaphore, Acquire> scoped() const { return {*this, acquire()}; }
};

class BoundedSemaphore : public SemaphoreBase {
 public:
  explicit BoundedSemaphore(int value = 1) : SemaphoreBase(std::make_shared<SemaphoreState>(value, value)) {
    assert(value >= 0);
  }
  static Result<BoundedSemaphore> create(int value = 1);

  // ValueError "BoundedSemaphore released too many times".
  Result<void> release() const { return state_->release(); }
  ScopedAwaiter<BoundedSemaphore, Acquire> scoped() const { return {*this, acquire()}; }
};

}  // namespace aio
