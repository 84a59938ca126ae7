#include "aio/task.hpp"

namespace aio {

TaskCore::TaskCore(EventLoop& loop, std::string name) : loop_(&loop), name_(std::move(name)) {
  if (name_.empty()) number_ = loop.next_task_number();
  if (TaskCore* parent = loop.current_task()) parent_id_ = parent->task_id();
}

const std::string& TaskCore::get_name() const {
  if (name_.empty()) name_ = "Task-" + std::to_string(number_);
  return name_;
}

void TaskCore::start(std::shared_ptr<FutureBase> self) {
  self_ = std::move(self);
  loop_->link_task(*this);
  if (loop_->tracing()) {
    loop_->emit({.kind = EventKind::TaskCreated, .id = task_id(), .other = parent_id_, .detail = get_name(), .label = code_label()});
  }
  loop_->schedule_step(*this);
}

bool TaskCore::request_cancel(std::string msg) {
  if (future().done()) return false;
  ++num_cancels_requested_;
  // If it waits on a future, cancelling that future wakes it with CancelledError. The waiter
  // stays recorded: it may be a task that swallows the cancellation and must be asked again.
  if (fut_waiter_ && fut_waiter_->cancel(msg)) return true;
  // Otherwise its step is already scheduled; deliver the error there.
  must_cancel_ = true;
  cancel_message_ = std::move(msg);
  return true;
}

void TaskCore::step(uint64_t waker) {
  if (future().done()) return;  // abandoned or completed meanwhile
  std::optional<Error> inject;
  if (must_cancel_) {
    // As __step: a CancelledError the awaited future already gives (a second cancel() while
    // the first was on its way) is kept; anything else is replaced by a new one.
    bool gives_cancelled = fut_waiter_ && fut_waiter_->done() && fut_waiter_->error() &&
                           fut_waiter_->error()->is_cancelled();
    if (!gives_cancelled) inject = Error::cancelled(cancel_message_);
    must_cancel_ = false;
  }
  if (loop_->tracing() && fut_waiter_) {
    loop_->emit({.kind = EventKind::TaskWoken, .wait = fut_waiter_->wait_kind(), .id = task_id(), .other = waker});
  }
  fut_waiter_.reset();
  loop_->enter_task(this);
  if (loop_->tracing()) loop_->emit({.kind = EventKind::StepBegan, .id = task_id()});
  StepOutcome outcome = run_step(std::move(inject));
  if (loop_->tracing()) loop_->emit({.kind = EventKind::StepEnded, .id = task_id()});
  // Still the current task while it completes its future (as in asyncio's __step), so the
  // tasks it wakes record it as their waker. finish_step may destroy this: keep the loop.
  EventLoop* loop = loop_;
  finish_step(std::move(outcome));
  loop->leave_task();
}

void TaskCore::finish_step(StepOutcome outcome) {
  FutureBase& self = future();
  switch (outcome.kind) {
    case StepOutcome::Kind::Returned:
      if (must_cancel_) {  // cancelled right before the code returned
        must_cancel_ = false;
        self.FutureBase::cancel(cancel_message_);
      } else {
        store_result();
      }
      return on_done();
    case StepOutcome::Kind::Raised:
      if (outcome.error->is_cancelled()) {
        self.cancel_with(std::move(*outcome.error));
      } else {
        (void)self.set_exception(std::move(*outcome.error));
      }
      return on_done();
    case StepOutcome::Kind::Yielded:
      if (loop_->tracing()) {
        loop_->emit({.kind = EventKind::TaskSuspended, .wait = WaitKind::Yield, .id = task_id(), .line = outcome.line});
      }
      loop_->schedule_step(*this);
      return;
    case StepOutcome::Kind::Awaiting: {
      fut_waiter_ = std::move(outcome.awaited);
      if (loop_->tracing()) {
        loop_->emit({.kind = EventKind::TaskSuspended,
                     .wait = fut_waiter_->wait_kind(),
                     .id = task_id(),
                     .other = fut_waiter_->wait_object(),
                     .line = outcome.line});
      }
      fut_waiter_->add_task_waiter(*this);
      if (must_cancel_ && fut_waiter_->cancel(cancel_message_)) must_cancel_ = false;
      return;
    }
  }
}

void TaskCore::on_done() {
  if (loop_->tracing()) {
    const FutureBase& f = future();
    const char* outcome = f.cancelled() ? "cancelled" : f.error() ? "exception" : "result";
    loop_->emit({.kind = EventKind::TaskDone, .id = task_id(), .detail = outcome});
  }
  loop_->unlink_task(*this);
  fut_waiter_.reset();
  on_finished();
  // Last: dropping the loop's reference may destroy this task.
  std::shared_ptr<FutureBase> self = std::move(self_);
}

void TaskCore::abandon() {
  release();
  fut_waiter_.reset();
  self_.reset();  // may destroy this
}

TaskCore* current_task(EventLoop* loop) {
  if (!loop) loop = get_running_loop();
  return loop ? loop->current_task() : nullptr;
}

}  // namespace aio
