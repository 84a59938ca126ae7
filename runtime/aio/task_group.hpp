// asyncio.TaskGroup (taskgroups.py, CPython 3.11). C++ has no `async with`, so the scope is
// spelled out:
//
//   aio::TaskGroup tg;                          // __aenter__: binds the running task (parent)
//   AIO_TRY(auto t, tg.create_task(work(1)));    // Result<Task<T>>: fails once shutting down
//   Result<void> body = co_await something();    // the body's own outcome (optional)
//   AIO_CHECK(co_await tg.join(body));           // __aexit__: waits for every task
//
// Rules (as CPython's):
// - The first task to fail with an error other than CancelledError cancels the other tasks
//   and the parent task (so a body blocked in an await wakes with CancelledError); join() then
//   withdraws that cancel request (uncancel) and fails with an ExceptionGroup "unhandled
//   errors in a TaskGroup" holding every task error, in completion order (the body's
//   non-cancellation error last).
// - join() waits for all tasks, even if the parent is cancelled meanwhile (the tasks are then
//   cancelled and join() gives CancelledError, unless task errors take priority).
// - Pass the body's error to join(): an error makes the group abort (cancel its tasks) and is
//   what join() returns afterwards, unless the group has something to raise instead.
// - A group that created tasks must be joined before it is destroyed (a debug assert checks
//   it while the loop runs). Tasks are cancelled in creation order (CPython: set order).
// KeyboardInterrupt / SystemExit ("base errors") do not exist here.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "aio/coro.hpp"
#include "aio/result.hpp"

namespace aio {

class TaskGroup {
 public:
  // Enters at once: the running task becomes the parent. Outside a task the group stays
  // unentered and create_task()/join() fail with RuntimeError.
  TaskGroup();
  // An unentered group on `loop`; call enter() from the parent task (embedders).
  static TaskGroup unentered(EventLoop& loop);
  Result<void> enter();

  // TaskGroup.create_task: the task's errors are the group's; named like loop.create_task.
  template <class T>
  Result<Task<T>> create_task(Coro<T> coro, std::string name = {}) {
    if (Result<void> ok = check_can_create(); !ok) return std::move(ok).error();
    Task<T> task = loop().create_task(std::move(coro), std::move(name));
    add_task(task.base());
    return task;
  }

  // __aexit__ given the error that left the body (nullopt: none). Returns the error that
  // leaves the `async with`: the ExceptionGroup, CancelledError, or the body's own error.
  Coro<void> join(std::optional<Error> body_error = std::nullopt);
  template <class T>
  Coro<void> join(const Result<T>& body) {
    return join(body ? std::nullopt : std::optional<Error>(body.error()));
  }

  size_t size() const;  // tasks not done yet
  // "<TaskGroup tasks=2 entered>", as repr() in CPython.
  std::string repr() const;

 private:
  struct State;
  explicit TaskGroup(std::shared_ptr<State> s) : s_(std::move(s)) {}
  Result<void> check_can_create() const;
  EventLoop& loop() const;
  void add_task(std::shared_ptr<FutureBase> task);
  static Coro<void> join_impl(std::shared_ptr<State> s, std::optional<Error> exc);

  std::shared_ptr<State> s_;
};

}  // namespace aio
