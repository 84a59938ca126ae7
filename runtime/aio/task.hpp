// TaskCore: asyncio.Task's stepping logic (Task.__step / __wakeup / cancel), independent of
// what is being driven — a C++ coroutine (CoroTask in coro.hpp) or a Python frame (the VM).
// A pending task is owned by its loop, so a task nobody holds still runs to completion.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "aio/future.hpp"
#include "aio/loop.hpp"

namespace aio {

// What one step of the driven code ended with.
struct StepOutcome {
  enum class Kind : uint8_t {
    Awaiting,  // suspended on `awaited` (not done yet)
    Yielded,   // a bare yield (sleep(0)): run again on the next iteration
    Returned,  // finished; the subclass stored its value with store_result()
    Raised,    // finished with `error`
  };
  Kind kind;
  std::shared_ptr<FutureBase> awaited;
  std::optional<Error> error;
  uint32_t line = 0;  // where it suspended (embedders that know it)

  static StepOutcome awaiting(std::shared_ptr<FutureBase> f, uint32_t line = 0) {
    return {Kind::Awaiting, std::move(f), std::nullopt, line};
  }
  static StepOutcome yielded(uint32_t line = 0) { return {Kind::Yielded, nullptr, std::nullopt, line}; }
  static StepOutcome returned() { return {Kind::Returned, nullptr, std::nullopt}; }
  static StepOutcome raised(Error e) { return {Kind::Raised, nullptr, std::move(e)}; }
};

class TaskCore {
 public:
  TaskCore(EventLoop& loop, std::string name);
  TaskCore(const TaskCore&) = delete;
  TaskCore& operator=(const TaskCore&) = delete;
  virtual ~TaskCore() = default;

  EventLoop& get_loop() const { return *loop_; }
  uint64_t task_id() const { return future().id(); }
  // "Task-N" unless named; formatted on first use (creating a task stays cheap).
  const std::string& get_name() const;
  void set_name(std::string name) { name_ = std::move(name); }
  uint64_t parent_id() const { return parent_id_; }

  // Task.cancel(msg): a request delivered at the task's next suspension point.
  bool request_cancel(std::string msg);
  int cancelling() const { return num_cancels_requested_; }
  int uncancel() {
    if (num_cancels_requested_ > 0) --num_cancels_requested_;
    return num_cancels_requested_;
  }

  // The future awaited right now (null when running or ready).
  const std::shared_ptr<FutureBase>& fut_waiter() const { return fut_waiter_; }

  virtual FutureBase& future() = 0;
  virtual const FutureBase& future() const = 0;

  // Called by the loop for a scheduled step (asyncio's __step, or __wakeup then __step).
  void step(uint64_t waker);

  // Called once by the loop when it is destroyed with the task still pending.
  void abandon();

 protected:
  // Makes the task runnable: schedules its first step and links it into the loop's task list.
  // Call at the end of the subclass's constructor path (needs shared ownership in place).
  void start(std::shared_ptr<FutureBase> self);

  // Runs the driven code until it suspends or finishes. `inject` is an error (CancelledError)
  // to raise at the suspension point the code resumes from.
  virtual StepOutcome run_step(std::optional<Error> inject) = 0;
  // Moves the returned value into the future (Kind::Returned).
  virtual void store_result() = 0;
  // Frees what the driven code holds (coroutine frames), when abandoned.
  virtual void release() {}
  // The task's future is done (its done callbacks are scheduled): embedders drop what kept the
  // task alive while it was pending.
  virtual void on_finished() {}
  // What the task runs, for the trace ("main()"); empty when unknown.
  virtual std::string code_label() const { return {}; }

 private:
  friend class EventLoop;
  void finish_step(StepOutcome outcome);
  void on_done();

  EventLoop* loop_;
  mutable std::string name_;
  uint64_t number_ = 0;  // the N of "Task-N" when no name was given
  uint64_t parent_id_ = 0;
  std::shared_ptr<FutureBase> fut_waiter_;
  std::shared_ptr<FutureBase> self_;  // keeps the task alive while pending
  bool must_cancel_ = false;
  std::string cancel_message_;
  int num_cancels_requested_ = 0;
  TaskCore* prev_ = nullptr;  // the loop's list of pending tasks
  TaskCore* next_ = nullptr;
};

// A task whose result is a T: the Future half and the stepping half together.
template <class T>
class TaskState : public FutureState<T>, public TaskCore {
 public:
  TaskState(EventLoop& loop, std::string name) : FutureState<T>(loop), TaskCore(loop, std::move(name)) {
    this->set_wait_info(WaitKind::Task, this->id());
  }
  FutureBase& future() override { return *this; }
  const FutureBase& future() const override { return *this; }
  bool cancel(std::string msg = {}) override { return request_cancel(std::move(msg)); }
};

// The handle users hold (asyncio.Task); converts to Future<T>, since a task is a future.
template <class T>
class Task {
 public:
  Task() = default;
  explicit Task(std::shared_ptr<TaskState<T>> state) : state_(std::move(state)) {}

  bool done() const { return state_->done(); }
  bool cancelled() const { return state_->cancelled(); }
  bool cancel(std::string msg = {}) { return state_->cancel(std::move(msg)); }
  int cancelling() const { return state_->cancelling(); }
  int uncancel() { return state_->uncancel(); }
  Result<T> result() const { return state_->result(); }
  Result<std::optional<Error>> exception() const { return state_->exception(); }
  uint64_t add_done_callback(FutureBase::DoneCallback cb) { return state_->add_done_callback(std::move(cb)); }
  size_t remove_done_callback(uint64_t token) { return state_->remove_done_callback(token); }
  const std::string& get_name() const { return state_->get_name(); }
  void set_name(std::string name) { state_->set_name(std::move(name)); }
  uint64_t id() const { return state_->id(); }
  EventLoop& get_loop() const { return state_->TaskCore::get_loop(); }  // both bases have one

  Future<T> as_future() const { return Future<T>(state_); }
  operator Future<T>() const { return as_future(); }  // NOLINT: a Task is a Future
  std::shared_ptr<FutureBase> base() const { return state_; }
  const std::shared_ptr<TaskState<T>>& state() const { return state_; }
  explicit operator bool() const { return state_ != nullptr; }
  friend bool operator==(const Task& a, const Task& b) { return a.state_ == b.state_; }

 private:
  std::shared_ptr<TaskState<T>> state_;
};

// asyncio.current_task(): the task whose step is running on the running loop, or null.
TaskCore* current_task(EventLoop* loop = nullptr);

}  // namespace aio
