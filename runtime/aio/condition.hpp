// asyncio.Condition: wait() releases the lock, waits for notify(), then re-acquires the lock —
// even when cancelled meanwhile (3.11: it keeps trying, and raises CancelledError after if any
// attempt was cancelled). The lock is its own or one shared with others.
#pragma once

#include <cstddef>
#include <memory>
#include <type_traits>

#include "aio/coro.hpp"
#include "aio/lock.hpp"

namespace aio {

class ConditionState : public LoopBound {
 public:
  explicit ConditionState(Lock lock) : LoopBound("asyncio.locks.Condition", WaitKind::Condition), lock_(std::move(lock)) {}

  const Lock& lock() const { return lock_; }
  size_t waiter_count() const { return waiters_.size(); }
  // RuntimeError "cannot notify on un-acquired lock" unless the lock is held.
  Result<void> notify(size_t n);
  Result<void> notify_all() { return notify(waiters_.size()); }

  static Coro<void> wait(std::shared_ptr<ConditionState> self);

 private:
  Lock lock_;
  WaiterQueue waiters_;  // stay queued until their task resumes (even once notified)
};

namespace detail {
// wait_for's predicate may return a bool-like value or a Result<U> (an error ends the wait).
template <class R> struct PredicateValue { using type = R; };
template <class U> struct PredicateValue<Result<U>> { using type = U; };
template <class Pred>
using predicate_value_t = typename PredicateValue<std::decay_t<std::invoke_result_t<Pred&>>>::type;
}  // namespace detail

//   AIO_TRY(auto held, co_await cond.scoped());
//   AIO_TRY(bool ready, co_await cond.wait_for([&] { return !items.empty(); }));
class Condition {
 public:
  using Acquire = Lock::Acquire;

  Condition() : Condition(Lock()) {}
  explicit Condition(Lock lock) : state_(std::make_shared<ConditionState>(std::move(lock))) {}

  // The lock's locked(), acquire() and release(), as asyncio exports them.
  bool locked() const { return state_->lock().locked(); }
  Acquire acquire() const { return state_->lock().acquire(); }
  Result<void> release() const { return state_->lock().release(); }
  ScopedAwaiter<Condition, Acquire> scoped() const { return {*this, acquire()}; }
  const Lock& lock() const { return state_->lock(); }

  // RuntimeError "cannot wait on un-acquired lock" unless the lock is held.
  Coro<void> wait() const { return ConditionState::wait(state_); }
  // Waits until pred() is truthy; gives pred()'s last value.
  template <class Pred>
  Coro<detail::predicate_value_t<Pred>> wait_for(Pred pred) const {
    return wait_for_impl(*this, std::move(pred));
  }
  Result<void> notify(size_t n = 1) const { return state_->notify(n); }
  Result<void> notify_all() const { return state_->notify_all(); }

  const std::shared_ptr<ConditionState>& state() const { return state_; }

 private:
  template <class Pred>
  static Coro<detail::predicate_value_t<Pred>> wait_for_impl(Condition self, Pred pred) {
    using R = std::decay_t<std::invoke_result_t<Pred&>>;
    for (;;) {
      if constexpr (std::is_same_v<R, detail::predicate_value_t<Pred>>) {
        R result = pred();
        if (result) co_return result;
      } else {
        AIO_TRY(auto result, pred());
        if (result) co_return result;
      }
      AIO_CHECK(co_await self.wait());
    }
  }

  std::shared_ptr<ConditionState> state_;
};

}  // namespace aio
