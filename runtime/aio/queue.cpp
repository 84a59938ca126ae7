#include "aio/queue.hpp"

namespace aio {

void QueueWaiters::wakeup_next() {
  while (!waiters_.empty()) {
    Waiter waiter = std::move(waiters_.front());
    waiters_.pop_front();
    if (!waiter->done()) {
      (void)waiter->set_result();
      return;
    }
  }
}

Result<Waiter> QueueWaiters::add_waiter(EventLoop& running) {
  Result<Waiter> waiter = queue_->new_waiter(running, kind_);
  if (waiter) waiters_.push_back(*waiter);
  return waiter;
}

Result<void> QueueWaiters::finish(const Waiter& waiter, Result<void> woken) {
  if (woken) return woken;  // woken by _wakeup_next, which already popped us
  waiter->cancel();  // just in case it is not done yet
  remove_waiter(waiters_, waiter);  // may be gone already: popped by _wakeup_next
  bool usable = kind_ == WaitKind::QueueGet ? !queue_->empty() : !queue_->full();
  if (usable && !waiter->cancelled()) wakeup_next();
  return woken;
}

QueueCore::QueueCore(int maxsize, const char* python_type)
    : LoopBound(python_type, WaitKind::QueueGet), maxsize_(maxsize) {
  finished_.set();
  finished_.state()->set_trace_tag(WaitKind::QueueJoin, 0);
}

void QueueCore::item_added() {
  ++unfinished_tasks_;
  finished_.clear();
  getters_.wakeup_next();
}

Result<void> QueueCore::task_done() {
  if (unfinished_tasks_ <= 0) return Error(ErrorKind::Value, "task_done() called too many times");
  if (--unfinished_tasks_ == 0) finished_.set();
  return {};
}

}  // namespace aio
