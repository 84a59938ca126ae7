#include "aio/event.hpp"

namespace aio {

void EventState::set() {
  if (value_) return;
  value_ = true;
  // Waiters stay queued until their tasks resume; a cancelled one is skipped.
  for (const Waiter& w : waiters_) {
    if (!w->done()) (void)w->set_result();
  }
}

Result<Waiter> EventState::add_waiter(EventLoop& running) {
  Result<Waiter> waiter = new_waiter(running);
  if (waiter) waiters_.push_back(*waiter);
  return waiter;
}

}  // namespace aio
