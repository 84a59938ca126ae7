#include "aio/task_group.hpp"

#include <algorithm>
#include <cassert>

#include "aio/loop.hpp"
#include "aio/task.hpp"

namespace aio {

struct TaskGroup::State {
  EventLoop* loop = nullptr;
  uint64_t id = 0;
  bool entered = false;
  bool exiting = false;
  bool aborting = false;
  bool created_any = false;
  TaskCore* parent = nullptr;
  std::shared_ptr<FutureBase> parent_ref;  // the parent is alive while the group is
  bool parent_cancel_requested = false;
  std::vector<std::shared_ptr<FutureBase>> tasks;  // pending, in creation order
  std::vector<Error> errors;
  std::shared_ptr<FutureState<void>> on_completed_fut;

  ~State() {
    // Forgetting join(): the tasks' errors would be lost and the parent never cancelled. (While
    // the loop is not running the frame is being freed with its pending task: no misuse.)
    assert((!created_any || exiting || !loop->is_running()) && "TaskGroup destroyed without join()");
  }

  void abort() {
    aborting = true;
    std::vector<std::shared_ptr<FutureBase>> now = tasks;  // cancel() may not reenter, but be safe
    for (auto& t : now) {
      if (!t->done()) t->cancel();
    }
  }

  void on_task_done(FutureBase& task) {
    auto it = std::find_if(tasks.begin(), tasks.end(), [&](const auto& t) { return t.get() == &task; });
    // Keep the task alive for the rest of this callback.
    std::shared_ptr<FutureBase> keep;
    if (it != tasks.end()) {
      keep = std::move(*it);
      tasks.erase(it);
    }
    if (on_completed_fut && tasks.empty() && !on_completed_fut->done()) (void)on_completed_fut->set_result();
    if (task.cancelled() || !task.error()) return;
    errors.push_back(*task.error());
    // CPython reports to the loop's exception handler when the parent is already done.
    if (parent_ref->done()) return;
    if (!aborting && !parent_cancel_requested) {
      // Abort whatever the parent's body is awaiting; join() withdraws this request.
      abort();
      parent_cancel_requested = true;
      parent->request_cancel({});
    }
  }
};

TaskGroup::TaskGroup() : s_(std::make_shared<State>()) {
  s_->loop = get_running_loop();
  if (s_->loop) {
    s_->id = s_->loop->next_id();
    (void)enter();
  }
}

TaskGroup TaskGroup::unentered(EventLoop& loop) {
  auto s = std::make_shared<State>();
  s->loop = &loop;
  s->id = loop.next_id();
  return TaskGroup(std::move(s));
}

Result<void> TaskGroup::enter() {
  if (s_->entered) return Error::runtime("TaskGroup " + repr() + " has already been entered");
  TaskCore* parent = s_->loop ? s_->loop->current_task() : nullptr;
  if (!parent) return Error::runtime("TaskGroup " + repr() + " cannot determine the parent task");
  s_->parent = parent;
  s_->parent_ref = parent->future().shared_from_this();
  s_->entered = true;
  return {};
}

EventLoop& TaskGroup::loop() const { return *s_->loop; }
size_t TaskGroup::size() const { return s_->tasks.size(); }

std::string TaskGroup::repr() const {
  std::string info;
  if (!s_->tasks.empty()) info += " tasks=" + std::to_string(s_->tasks.size());
  if (!s_->errors.empty()) info += " errors=" + std::to_string(s_->errors.size());
  if (s_->aborting) info += " cancelling";
  else if (s_->entered) info += " entered";
  return "<TaskGroup" + info + ">";
}

Result<void> TaskGroup::check_can_create() const {
  if (!s_->entered) return Error::runtime("TaskGroup " + repr() + " has not been entered");
  if (s_->exiting && s_->tasks.empty()) return Error::runtime("TaskGroup " + repr() + " is finished");
  if (s_->aborting) return Error::runtime("TaskGroup " + repr() + " is shutting down");
  return {};
}

void TaskGroup::add_task(std::shared_ptr<FutureBase> task) {
  s_->created_any = true;
  // Weak: a task (whose frame may hold this group) must not keep the group alive.
  task->add_done_callback([w = std::weak_ptr<State>(s_)](FutureBase& done) {
    if (auto s = w.lock()) s->on_task_done(done);
  });
  s_->tasks.push_back(std::move(task));
}

Coro<void> TaskGroup::join(std::optional<Error> body_error) { return join_impl(s_, std::move(body_error)); }

Coro<void> TaskGroup::join_impl(std::shared_ptr<State> s, std::optional<Error> exc) {
  if (!s->entered) co_await raise(Error::runtime("TaskGroup has not been entered"));
  s->exiting = true;
  bool body_cancelled = exc && exc->is_cancelled();
  std::optional<Error> propagate_cancellation;
  if (body_cancelled) propagate_cancellation = exc;
  if (s->parent_cancel_requested) {
    // Our own request on the parent: withdraw it; with none left, don't propagate.
    if (s->parent->uncancel() == 0) propagate_cancellation.reset();
  }
  if (exc && !s->aborting) s->abort();  // the body failed or the parent is being cancelled

  // A loop: the wait can be cancelled repeatedly while the parent is being cancelled.
  while (!s->tasks.empty()) {
    if (!s->on_completed_fut) {
      s->on_completed_fut = s->loop->create_future<void>().state();
      s->on_completed_fut->set_wait_info(WaitKind::TaskGroup, s->id);
    }
    Result<void> r = co_await Future<void>(s->on_completed_fut);
    if (!r && r.error().is_cancelled() && !s->aborting) {
      // The parent is being cancelled while its tasks still run.
      propagate_cancellation = r.error();
      s->abort();
    }
    s->on_completed_fut.reset();
  }

  if (propagate_cancellation && s->errors.empty()) co_await raise(std::move(*propagate_cancellation));
  if (exc && !body_cancelled) s->errors.push_back(*exc);
  if (!s->errors.empty()) {
    std::vector<Error> errors = std::move(s->errors);
    s->errors.clear();
    co_await raise(Error::group("unhandled errors in a TaskGroup", std::move(errors)));
  }
  // __aexit__ returned None: the body's own error (if any) leaves the `async with`.
  if (exc) co_await raise(std::move(*exc));
}

}  // namespace aio
