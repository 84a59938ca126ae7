// asyncio.Lock, and what every synchronisation primitive shares: binding to a loop on first
// use (asyncio's mixins._LoopBoundMixin), waiter futures tagged for the timeline, the
// one-wait awaiter shape and the `async with` guard.
//
// Primitives are handles, like Future and Task: copies share one state, and awaiters and
// guards keep that state alive, so a task may outlive the object it was given.
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

#include "aio/coro.hpp"
#include "aio/future.hpp"
#include "aio/loop.hpp"
#include "aio/result.hpp"
#include "aio/trace.hpp"

namespace aio {

// A waiter is a plain future, as in asyncio: completing it wakes the task that awaits it.
using Waiter = std::shared_ptr<FutureState<void>>;
using WaiterQueue = std::deque<Waiter>;

// deque.remove(fut): removes by identity; false when it is not there (ValueError in Python).
bool remove_waiter(WaiterQueue& waiters, const Waiter& waiter);

// asyncio's _LoopBoundMixin: a primitive binds to the running loop the first time it needs one
// (when it creates a waiter future — fast paths never bind, as in CPython).
class LoopBound {
 public:
  LoopBound(const char* python_type, WaitKind kind) : python_type_(python_type), wait_kind_(kind) {}

  EventLoop* bound_loop() const { return loop_; }
  // _get_loop(): binds, or RuntimeError when already bound to another loop.
  Result<void> bind(EventLoop& running);
  // bind() + loop.create_future(), tagged so the timeline shows what the task waits on.
  Result<Waiter> new_waiter(EventLoop& running) { return new_waiter(running, wait_kind_); }
  Result<Waiter> new_waiter(EventLoop& running, WaitKind kind);

  // The id the timeline shows for this primitive (from loop.next_id(), taken on first need).
  uint64_t trace_id(EventLoop& loop);
  WaitKind wait_kind() const { return wait_kind_; }
  // A primitive built from others (Barrier's Condition, Queue's Event) shows as its owner.
  void set_trace_tag(WaitKind kind, uint64_t id) {
    wait_kind_ = kind;
    trace_id_ = id;
  }

 private:
  const char* python_type_;  // for the error message: "asyncio.locks.Lock"
  EventLoop* loop_ = nullptr;
  WaitKind wait_kind_;
  uint64_t trace_id_ = 0;
};

// A waiter queued for the length of a scope: removed however the scope ends (Python's
// `finally: waiters.remove(fut)`, which also runs when a task is abandoned). The queue must
// outlive it (coroutines hold their primitive's state).
class QueuedWaiter {
 public:
  QueuedWaiter(WaiterQueue& queue, Waiter waiter) : queue_(&queue), waiter_(std::move(waiter)) {
    queue_->push_back(waiter_);
  }
  QueuedWaiter(const QueuedWaiter&) = delete;
  QueuedWaiter& operator=(const QueuedWaiter&) = delete;
  ~QueuedWaiter() { remove_waiter(*queue_, waiter_); }

 private:
  WaiterQueue* queue_;
  Waiter waiter_;
};

namespace detail {
// What `await fut` gave: the cancellation delivered at resumption, or the future's result.
inline Result<void> waited(CoroDriver& driver, const FutureState<void>& waiter) {
  if (auto e = driver.take_injected()) return std::move(*e);
  return waiter.result();
}
}  // namespace detail

// The shape of Lock.acquire, Semaphore.acquire and Event.wait: a fast path, else one waiter
// future, then a finishing step that sees how the wait ended. `State` provides
//   bool try_now();                                  the fast path (may change state)
//   Result<Waiter> add_waiter(EventLoop& running);   create and enqueue the waiter
//   Result<void> finish(const Waiter&, Result<void> woken);  dequeue, then act on the outcome
//   void forget(const Waiter&);                      dequeue only (frame destroyed mid-wait)
// Deciding in await_ready keeps Python's laziness: nothing happens until it is awaited.
template <class State>
class [[nodiscard]] WaitOnce {
 public:
  explicit WaitOnce(std::shared_ptr<State> state) : state_(std::move(state)) {}
  WaitOnce(WaitOnce&& o) noexcept
      : state_(std::move(o.state_)), waiter_(std::move(o.waiter_)), driver_(o.driver_), error_(std::move(o.error_)) {}
  WaitOnce& operator=(WaitOnce&&) = delete;
  // A task abandoned while it waits drops its waiter (Python's `finally: remove` on close()).
  ~WaitOnce() {
    if (waiter_) state_->forget(waiter_);
  }

  bool await_ready() { return state_->try_now(); }
  template <class P>
  bool await_suspend(co::coroutine_handle<P> h) {
    driver_ = h.promise().driver;
    Result<Waiter> w = state_->add_waiter(driver_->loop());
    if (!w) {
      error_ = std::move(w).error();
      return false;  // resume at once with the error
    }
    waiter_ = std::move(*w);
    driver_->await_future(waiter_);
    return true;
  }
  Result<void> await_resume() {
    if (error_) return std::move(*error_);
    if (!waiter_) return {};  // fast path
    Waiter w = std::move(waiter_);
    return state_->finish(w, detail::waited(*driver_, *w));
  }

 private:
  std::shared_ptr<State> state_;
  Waiter waiter_;
  CoroDriver* driver_ = nullptr;
  std::optional<Error> error_;
};

// `async with prim:` — owns one acquisition of a Lock, Semaphore or Condition and releases it
// once: by release(), or at the latest when destroyed (also when its task is abandoned, as
// Python runs __aexit__ when a coroutine is closed). Move-only.
template <class Prim>
class [[nodiscard]] Guard {
 public:
  explicit Guard(Prim prim) : prim_(std::move(prim)), owns_(true) {}
  Guard(Guard&& o) noexcept : prim_(std::move(o.prim_)), owns_(std::exchange(o.owns_, false)) {}
  Guard& operator=(Guard&& o) noexcept {
    if (this != &o) {
      (void)release();
      prim_ = std::move(o.prim_);
      owns_ = std::exchange(o.owns_, false);
    }
    return *this;
  }
  ~Guard() { (void)release(); }

  bool owns() const { return owns_; }
  // __aexit__: releases now. Fails as prim.release() does (someone released it behind our back).
  Result<void> release() {
    if (!std::exchange(owns_, false)) return {};
    if constexpr (std::is_void_v<decltype(prim_.release())>) {
      prim_.release();
      return {};
    } else {
      return prim_.release();
    }
  }

 private:
  Prim prim_;
  bool owns_;
};

// `co_await prim.scoped()` → Result<Guard<Prim>>: acquires, then hands out the guard.
template <class Prim, class Acquire>
class [[nodiscard]] ScopedAwaiter : public Acquire {
 public:
  ScopedAwaiter(Prim prim, Acquire acquire) : Acquire(std::move(acquire)), prim_(std::move(prim)) {}
  Result<Guard<Prim>> await_resume() {
    if (auto r = Acquire::await_resume(); !r) return std::move(r).error();
    return Guard<Prim>(std::move(prim_));
  }

 private:
  Prim prim_;
};

class LockState : public LoopBound {
 public:
  LockState() : LoopBound("asyncio.locks.Lock", WaitKind::Lock) {}

  bool locked() const { return locked_; }
  size_t waiter_count() const { return waiters_.size(); }
  Result<void> release();

  // WaitOnce's protocol (acquire).
  bool try_now();
  Result<Waiter> add_waiter(EventLoop& running);
  Result<void> finish(const Waiter& waiter, Result<void> woken);
  void forget(const Waiter& waiter) { remove_waiter(waiters_, waiter); }

 private:
  void wake_up_first();

  bool locked_ = false;
  WaiterQueue waiters_;  // stay queued until their task resumes (even once woken)
};

// asyncio.Lock: FIFO-fair — a waiter that was woken keeps its turn, so a task releasing and
// re-acquiring cannot barge in ahead; cancelled waiters are skipped; a waiter cancelled after
// being woken passes the wake-up on.
//
//   AIO_CHECK(co_await lock.acquire());  ...  AIO_CHECK(lock.release());
//   AIO_TRY(auto held, co_await lock.scoped());   // `async with lock:` — released by `held`
class Lock {
 public:
  using Acquire = WaitOnce<LockState>;

  Lock() : state_(std::make_shared<LockState>()) {}

  bool locked() const { return state_->locked(); }
  Acquire acquire() const { return Acquire(state_); }
  // RuntimeError "Lock is not acquired." when unlocked.
  Result<void> release() const { return state_->release(); }
  ScopedAwaiter<Lock, Acquire> scoped() const { return {*this, acquire()}; }

  const std::shared_ptr<LockState>& state() const { return state_; }
  friend bool operator==(const Lock& a, const Lock& b) { return a.state_ == b.state_; }

 private:
  std::shared_ptr<LockState> state_;
};

}  // namespace aio
