#include "aio/loop.hpp"

#include <cassert>

#include "aio/executor.hpp"
#include "aio/future.hpp"
#include "aio/task.hpp"
#include "aio/thread_pool.hpp"

namespace aio {

namespace {
// asyncio's _task_name_counter is process-wide: task names keep counting across loops.
std::atomic<uint64_t> g_task_counter{0};
// The loop running on this thread. Read only from non-coroutine code (TOOLCHAIN.md: clang
// mishandles thread_local addresses kept across co_await).
thread_local EventLoop* t_running_loop = nullptr;

struct RunningLoopScope {
  EventLoop* previous;
  explicit RunningLoopScope(EventLoop* loop) : previous(t_running_loop) { t_running_loop = loop; }
  ~RunningLoopScope() { t_running_loop = previous; }
};
}  // namespace

[[gnu::noinline]] EventLoop* get_running_loop() { return t_running_loop; }

void Handle::cancel() {
  if (!state_ || state_->cancelled) return;
  state_->cancelled = true;
  if (state_->timer_id && state_->loop && state_->loop->tracing()) {
    state_->loop->emit({.kind = EventKind::TimerCancelled, .id = state_->timer_id});
  }
  state_->callback = nullptr;  // free captured state now, as asyncio drops its references
}

EventLoop::EventLoop(ClockKind clock) : own_clock_(clock), clock_(&own_clock_), task_counter_(&g_task_counter) {}
EventLoop::EventLoop(Clock& clock) : own_clock_(clock.kind()), clock_(&clock), task_counter_(&g_task_counter) {}

EventLoop::~EventLoop() {
  destroy_pending_tasks();
  if (default_executor_) default_executor_->shutdown(true);
}

void EventLoop::destroy_pending_tasks() {
  // Pending tasks would never finish; free their frames (asyncio: "Task was destroyed but it
  // is pending!"). Ready entries may point at them, so drop those first.
  ready_.clear();
  while (tasks_head_) {
    TaskCore* task = tasks_head_;
    unlink_task(*task);
    task->abandon();
  }
}

Handle EventLoop::call_soon(std::function<void()> callback) {
  auto state = std::make_shared<HandleState>();
  state->callback = std::move(callback);
  state->loop = this;
  take_threadsafe_callbacks();  // what other threads queued before this call goes first
  ready_.push_back(ReadyEntry{state, nullptr, 0});
  return Handle(std::move(state));
}

TimerHandle EventLoop::call_later(double delay, std::function<void()> callback) {
  return call_at_ns(clock_->now_ns() + seconds_to_ns(delay), std::move(callback));
}

TimerHandle EventLoop::call_at(double when, std::function<void()> callback) {
  return call_at_ns(seconds_to_ns(when), std::move(callback));
}

TimerHandle EventLoop::call_at_ns(int64_t when_ns, std::function<void()> callback) {
  auto state = std::make_shared<HandleState>();
  state->callback = std::move(callback);
  state->loop = this;
  state->when_ns = when_ns;
  state->timer_id = next_id();
  timers_.push(TimerEntry{when_ns, ++timer_seq_, state});
  if (tracing()) emit({.kind = EventKind::TimerSet, .id = state->timer_id, .value = when_ns});
  return TimerHandle(std::move(state));
}

Handle EventLoop::call_soon_threadsafe(std::function<void()> callback) {
  // On the loop's own thread it is call_soon: asyncio appends to _ready at once, so the
  // order against call_soon calls is the order of the calls.
  if (get_running_loop() == this) return call_soon(std::move(callback));
  auto state = std::make_shared<HandleState>();
  state->callback = std::move(callback);
  state->loop = this;
  {
    std::lock_guard<std::mutex> lock(incoming_mutex_);
    incoming_.push_back(state);
    has_incoming_.store(true, std::memory_order_release);
  }
  incoming_cv_.notify_one();
  return Handle(std::move(state));
}

void EventLoop::schedule_step(TaskCore& task, uint64_t waker) {
  // asyncio appends thread-safe callbacks to _ready when they are made: keep that order.
  take_threadsafe_callbacks();
  ready_.push_back(ReadyEntry{nullptr, &task, waker});
}

void EventLoop::link_task(TaskCore& task) {
  task.prev_ = tasks_tail_;
  task.next_ = nullptr;
  (tasks_tail_ ? tasks_tail_->next_ : tasks_head_) = &task;
  tasks_tail_ = &task;
}

void EventLoop::unlink_task(TaskCore& task) {
  (task.prev_ ? task.prev_->next_ : tasks_head_) = task.next_;
  (task.next_ ? task.next_->prev_ : tasks_tail_) = task.prev_;
  task.prev_ = task.next_ = nullptr;
}

std::vector<TaskCore*> EventLoop::all_tasks() const {
  std::vector<TaskCore*> tasks;
  for (TaskCore* t = tasks_head_; t; t = t->next_) tasks.push_back(t);
  return tasks;
}

void EventLoop::set_default_executor(std::shared_ptr<Executor> executor) { default_executor_ = std::move(executor); }

void EventLoop::drop_cancelled_timers() {
  while (!timers_.empty() && timers_.top().handle->cancelled) timers_.pop();
}

void EventLoop::take_threadsafe_callbacks() {
  if (!has_incoming_.load(std::memory_order_acquire)) return;
  std::vector<std::shared_ptr<HandleState>> incoming;
  {
    std::lock_guard<std::mutex> lock(incoming_mutex_);
    incoming.swap(incoming_);
    has_incoming_.store(false, std::memory_order_relaxed);
  }
  for (auto& h : incoming) ready_.push_back(ReadyEntry{std::move(h), nullptr, 0});
}

bool EventLoop::wait_for_threadsafe_callbacks(int64_t until_ns) {
  std::unique_lock<std::mutex> lock(incoming_mutex_);
  auto deadline = std::chrono::steady_clock::time_point(std::chrono::nanoseconds(until_ns));
  return incoming_cv_.wait_until(lock, deadline, [&] { return !incoming_.empty(); });
}

// Called when nothing is ready: advances the virtual clock or waits, as the clock dictates.
Result<void> EventLoop::wait_for_events() {
  if (idle_handler_ && !has_pending_callbacks()) {
    drop_cancelled_timers();
    int handled = idle_handler_(timers_.empty() ? -1 : timers_.top().when_ns);
    if (handled < 0) return Error::runtime("the run was stopped");
    if (handled > 0) return {};
  }
  std::unique_lock<std::mutex> lock(incoming_mutex_);
  if (!incoming_.empty()) return {};
  bool has_timer = !timers_.empty();
  if (clock_->is_virtual() && external_work_ == 0) {
    if (!has_timer) {
      return Error::runtime("the event loop has nothing left to run and no timer will fire: "
                            "every task is waiting for something that never happens (deadlock)");
    }
    clock_->advance_to(timers_.top().when_ns);  // virtual time jumps; no wall time passes
    return {};
  }
  // Work on other threads (or, in the real clock, the next timer) is what can happen next.
  if (tracing()) emit({.kind = EventKind::LoopBlocked});
  if (has_timer && !clock_->is_virtual()) {
    auto deadline = std::chrono::steady_clock::time_point(std::chrono::nanoseconds(timers_.top().when_ns));
    incoming_cv_.wait_until(lock, deadline, [&] { return !incoming_.empty(); });
  } else {
    incoming_cv_.wait(lock, [&] { return !incoming_.empty(); });
  }
  if (tracing()) emit({.kind = EventKind::LoopWoken});
  return {};
}

void EventLoop::move_due_timers() {
  int64_t now = clock_->now_ns();
  while (!timers_.empty() && timers_.top().when_ns <= now) {
    std::shared_ptr<HandleState> h = timers_.top().handle;
    timers_.pop();
    if (h->cancelled) continue;
    ready_.push_back(ReadyEntry{std::move(h), nullptr, 0});
  }
}

void EventLoop::run_entry(ReadyEntry& entry) {
  if (entry.task) {
    entry.task->step(entry.waker);
    return;
  }
  HandleState& h = *entry.handle;
  if (h.cancelled) return;
  if (h.timer_id && tracing()) emit({.kind = EventKind::TimerFired, .id = h.timer_id});
  // Move the callback out: it may cancel its own handle (which drops the callback).
  std::function<void()> callback = std::move(h.callback);
  h.cancelled = true;  // a handle runs once; cancel() after this is a no-op
  if (callback) callback();
}

Result<void> EventLoop::run_once() {
  drop_cancelled_timers();
  take_threadsafe_callbacks();
  if (ready_.empty() && !stopping_) {
    if (auto r = wait_for_events(); !r) return r;
    take_threadsafe_callbacks();
  }
  move_due_timers();
  // Run only what is ready now; what these callbacks schedule waits for the next iteration.
  size_t ntodo = ready_.size();
  in_callback_ = true;
  for (size_t i = 0; i < ntodo && !ready_.empty(); ++i) {
    ReadyEntry entry = ready_.pop_front();
    run_entry(entry);
  }
  in_callback_ = false;
  return {};
}

Result<void> EventLoop::run_forever() {
  if (closed_) return Error::runtime("Event loop is closed");
  if (running_) return Error::runtime("This event loop is already running");
  if (get_running_loop()) return Error::runtime("Cannot run the event loop while another loop is running");
  RunningLoopScope scope(this);
  running_ = true;
  Result<void> result;
  for (;;) {
    if (auto r = run_once(); !r) {
      result = std::move(r);
      break;
    }
    if (stopping_) break;
  }
  stopping_ = false;
  running_ = false;
  return result;
}

Result<void> EventLoop::run_until_done(FutureBase& future) {
  // As asyncio: a done callback stops the loop, so callbacks already scheduled in that
  // iteration still run first.
  uint64_t token = future.add_done_callback([this](FutureBase&) { stop(); });
  Result<void> r = run_forever();
  future.remove_done_callback(token);
  if (!r) return r;
  if (!future.done()) return Error::runtime("Event loop stopped before Future completed.");
  return {};
}

std::shared_ptr<Executor> EventLoop::default_executor() {
  // asyncio's ThreadPoolExecutor(thread_name_prefix='asyncio'); an InlineExecutor without threads.
  if (!default_executor_) default_executor_ = make_default_executor(*this);
  return default_executor_;
}

Result<void> EventLoop::close() {
  if (running_) return Error::runtime("Cannot close a running event loop");
  if (closed_) return {};
  closed_ = true;
  destroy_pending_tasks();
  while (!timers_.empty()) timers_.pop();
  if (default_executor_) {
    default_executor_->shutdown(true);
    default_executor_.reset();
  }
  return {};
}

}  // namespace aio
