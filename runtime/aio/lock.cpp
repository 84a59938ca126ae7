#include "aio/lock.hpp"

#include <algorithm>
#include <string>

namespace aio {

bool remove_waiter(WaiterQueue& waiters, const Waiter& waiter) {
  auto it = std::find(waiters.begin(), waiters.end(), waiter);
  if (it == waiters.end()) return false;
  waiters.erase(it);
  return true;
}

Result<void> LoopBound::bind(EventLoop& running) {
  if (!loop_) loop_ = &running;
  if (loop_ != &running) {
    return Error::runtime(std::string("<") + python_type_ + " object> is bound to a different event loop");
  }
  return {};
}

uint64_t LoopBound::trace_id(EventLoop& loop) {
  if (trace_id_ == 0) trace_id_ = loop.next_id();
  return trace_id_;
}

Result<Waiter> LoopBound::new_waiter(EventLoop& running, WaitKind kind) {
  if (auto r = bind(running); !r) return std::move(r).error();
  auto waiter = std::make_shared<FutureState<void>>(running);
  waiter->set_wait_info(kind, trace_id(running));
  return waiter;
}

// --- Lock ------------------------------------------------------------------------------------

bool LockState::try_now() {
  // Free, and nobody queued except cancelled waiters (a woken waiter still holds its turn).
  if (locked_) return false;
  if (!std::all_of(waiters_.begin(), waiters_.end(), [](const Waiter& w) { return w->cancelled(); })) return false;
  locked_ = true;
  return true;
}

Result<Waiter> LockState::add_waiter(EventLoop& running) {
  Result<Waiter> waiter = new_waiter(running);
  if (waiter) waiters_.push_back(*waiter);
  return waiter;
}

Result<void> LockState::finish(const Waiter& waiter, Result<void> woken) {
  // Dequeue first, so a cancelled waiter cannot pass the wake-up to itself.
  remove_waiter(waiters_, waiter);
  if (!woken) {
    if (woken.error().is_cancelled() && !locked_) wake_up_first();
    return woken;
  }
  locked_ = true;
  return {};
}

Result<void> LockState::release() {
  if (!locked_) return Error::runtime("Lock is not acquired.");
  locked_ = false;
  wake_up_first();
  return {};
}

void LockState::wake_up_first() {
  // Only the first: if it is already done, its task will take the lock or, cancelled, pass the
  // wake-up on when it resumes.
  if (waiters_.empty()) return;
  const Waiter& first = waiters_.front();
  if (!first->done()) (void)first->set_result();
}

}  // namespace aio
