#include "aio/semaphore.hpp"

#include <algorithm>

namespace aio {

namespace {
Error bad_initial_value() { return Error(ErrorKind::Value, "Semaphore initial value must be >= 0"); }
}  // namespace

Result<Semaphore> Semaphore::create(int value) {
  if (value < 0) return bad_initial_value();
  return Semaphore(value);
}

Result<BoundedSemaphore> BoundedSemaphore::create(int value) {
  if (value < 0) return bad_initial_value();
  return BoundedSemaphore(value);
}

bool SemaphoreState::locked() const {
  return value_ == 0 || std::any_of(waiters_.begin(), waiters_.end(), [](const Waiter& w) { return !w->cancelled(); });
}

bool SemaphoreState::try_now() {
  if (locked()) return false;
  --value_;
  return true;
}

Result<Waiter> SemaphoreState::add_waiter(EventLoop& running) {
  Result<Waiter> waiter = new_waiter(running);
  if (waiter) waiters_.push_back(*waiter);
  return waiter;
}

Result<void> SemaphoreState::finish(const Waiter& waiter, Result<void> woken) {
  remove_waiter(waiters_, waiter);
  if (!woken) {
    // Woken (a unit was set aside for us) but cancelled before running: give the unit back.
    if (woken.error().is_cancelled() && !waiter->cancelled()) {
      ++value_;
      wake_up_next();
    }
    return woken;
  }
  if (value_ > 0) wake_up_next();
  return {};
}

Result<void> SemaphoreState::release() {
  if (bound_ && value_ >= *bound_) return Error(ErrorKind::Value, "BoundedSemaphore released too many times");
  ++value_;
  wake_up_next();
  return {};
}

void SemaphoreState::wake_up_next() {
  for (const Waiter& w : waiters_) {
    if (!w->done()) {
      --value_;
      (void)w->set_result();
      return;
    }
  }
}

}  // namespace aio
