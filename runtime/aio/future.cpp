#include "aio/future.hpp"

#include <algorithm>
#include <utility>

#include "aio/loop.hpp"
#include "aio/task.hpp"

namespace aio {

FutureBase::FutureBase(EventLoop& loop) : loop_(&loop), id_(loop.next_id()) {}

FutureBase::~FutureBase() = default;

bool FutureBase::cancel(std::string msg) {
  if (done()) return false;
  return cancel_with(Error::cancelled(std::move(msg)));
}

bool FutureBase::cancel_with(Error cancelled_error) {
  if (done()) return false;
  status_ = FutureStatus::Cancelled;
  error_ = std::move(cancelled_error);
  schedule_callbacks();
  return true;
}

Result<std::optional<Error>> FutureBase::exception() const {
  if (status_ == FutureStatus::Pending) return Error::invalid_state("Exception is not set.");
  if (status_ == FutureStatus::Cancelled) return *error_;
  return error_;
}

Result<void> FutureBase::check_can_complete() const {
  if (done()) return Error::invalid_state("invalid state");
  return {};
}

Result<void> FutureBase::set_exception(Error error) {
  if (auto ok = check_can_complete(); !ok) return ok;
  error_ = std::move(error);
  finish();
  return {};
}

bool FutureBase::finish() {
  status_ = FutureStatus::Finished;
  schedule_callbacks();
  return true;
}

uint64_t FutureBase::add_done_callback(DoneCallback callback) {
  uint64_t token = next_token_++;
  if (done()) {
    loop_->call_soon([self = shared_from_this(), cb = std::move(callback)] { cb(*self); });
  } else {
    waiters_.push_back(Waiter{token, std::move(callback), nullptr});
  }
  return token;
}

size_t FutureBase::remove_done_callback(uint64_t token) {
  auto it = std::find_if(waiters_.begin(), waiters_.end(), [&](const Waiter& w) { return w.token == token; });
  if (it == waiters_.end()) return 0;
  waiters_.erase(it);
  return 1;
}

void FutureBase::add_task_waiter(TaskCore& task) {
  if (done()) {
    loop_->schedule_step(task, completed_by_);
    return;
  }
  uint64_t token = next_token_++;
  // The usual case — one task awaits the future and nothing else listens — needs no vector.
  // The slot only takes the first waiter, so registration order is kept.
  if (!first_task_ && waiters_.empty()) {
    first_task_ = &task;
    return;
  }
  waiters_.push_back(Waiter{token, nullptr, &task});
}

void FutureBase::schedule_callbacks() {
  TaskCore* running = loop_->current_task();
  completed_by_ = running ? running->task_id() : 0;
  if (TaskCore* first = std::exchange(first_task_, nullptr)) loop_->schedule_step(*first, completed_by_);
  if (waiters_.empty()) return;
  std::vector<Waiter> waiters = std::move(waiters_);
  waiters_.clear();
  for (Waiter& w : waiters) {
    if (w.task) {
      loop_->schedule_step(*w.task, completed_by_);
    } else {
      loop_->call_soon([self = shared_from_this(), cb = std::move(w.callback)] { cb(*self); });
    }
  }
}

}  // namespace aio
