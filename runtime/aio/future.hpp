// Future<T>: asyncio.Future — a result that arrives later, on one loop.
// Done callbacks are never called inline: completing a future schedules each of them with
// call_soon, in registration order, exactly as asyncio does (ordering is observable).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "aio/result.hpp"
#include "aio/trace.hpp"

namespace aio {

class EventLoop;
class TaskCore;

enum class FutureStatus : uint8_t { Pending, Cancelled, Finished };

class FutureBase : public std::enable_shared_from_this<FutureBase> {
 public:
  using DoneCallback = std::function<void(FutureBase&)>;

  explicit FutureBase(EventLoop& loop);
  FutureBase(const FutureBase&) = delete;
  FutureBase& operator=(const FutureBase&) = delete;
  virtual ~FutureBase();

  EventLoop& get_loop() const { return *loop_; }
  uint64_t id() const { return id_; }
  FutureStatus status() const { return status_; }
  bool done() const { return status_ != FutureStatus::Pending; }
  bool cancelled() const { return status_ == FutureStatus::Cancelled; }

  // Future.cancel(msg): false when already done. Tasks override it (a cancel *request*).
  virtual bool cancel(std::string msg = {});

  // Future.exception(): the error (nullopt on success); InvalidState while pending;
  // CancelledError when cancelled.
  Result<std::optional<Error>> exception() const;
  Result<void> set_exception(Error error);

  // The error result() would give: the exception, or the CancelledError. Precondition: done,
  // and not finished with a value.
  const std::optional<Error>& error() const { return error_; }

  // Returns a token for remove_done_callback. On a done future the callback is scheduled now.
  uint64_t add_done_callback(DoneCallback callback);
  // Removes by token; returns how many were removed (0 or 1).
  size_t remove_done_callback(uint64_t token);

  // Wakes `task` (schedules its step) when this future is done. (A pending task is kept alive
  // by its loop, so a raw pointer is enough.)
  void add_task_waiter(TaskCore& task);

  // How many tasks wait for this future (a task's repr shows their wake-ups as callbacks).
  size_t task_waiter_count() const {
    size_t n = first_task_ ? 1 : 0;
    for (const Waiter& w : waiters_) n += w.task != nullptr;
    return n;
  }

  // Which task completed this future (0: a loop callback, a timer or another thread), for the
  // timeline's "woken by".
  uint64_t completed_by() const { return completed_by_; }

  // What awaiting this future is, for the timeline (a Task says Task, a Lock's waiter says Lock).
  WaitKind wait_kind() const { return wait_kind_; }
  uint64_t wait_object() const { return wait_object_; }
  void set_wait_info(WaitKind kind, uint64_t object_id) {
    wait_kind_ = kind;
    wait_object_ = object_id;
  }

  // Cancels with a given CancelledError object (a task that ended by raising one keeps it).
  bool cancel_with(Error cancelled_error);

 protected:
  // Marks the future finished (value already stored by the subclass) and schedules callbacks.
  bool finish();
  Result<void> check_can_complete() const;

 private:
  void schedule_callbacks();

  struct Waiter {
    uint64_t token;
    DoneCallback callback;                 // either a callback …
    TaskCore* task = nullptr;              // … or a task to wake
  };

  EventLoop* loop_;
  uint64_t id_;
  FutureStatus status_ = FutureStatus::Pending;
  std::optional<Error> error_;
  TaskCore* first_task_ = nullptr;  // the first waiter, when it is a task (see add_task_waiter)
  std::vector<Waiter> waiters_;
  uint64_t next_token_ = 1;
  uint64_t completed_by_ = 0;
  WaitKind wait_kind_ = WaitKind::Future;
  uint64_t wait_object_ = 0;
};

template <class T>
class FutureState : public FutureBase {
 public:
  using FutureBase::FutureBase;

  // Future.result(): the value, the exception, CancelledError, or InvalidState while pending.
  Result<T> result() const {
    if (status_ok()) return *value_;
    if (!done()) return Error::invalid_state("Result is not set.");
    return *error();
  }
  Result<void> set_result(T value) {
    if (auto ok = check_can_complete(); !ok) return ok;
    value_.emplace(std::move(value));
    finish();
    return {};
  }

 private:
  bool status_ok() const { return value_.has_value(); }
  std::optional<T> value_;
};

template <>
class FutureState<void> : public FutureBase {
 public:
  using FutureBase::FutureBase;

  Result<void> result() const {
    if (has_value_) return {};
    if (!done()) return Error::invalid_state("Result is not set.");
    return *error();
  }
  Result<void> set_result() {
    if (auto ok = check_can_complete(); !ok) return ok;
    has_value_ = true;
    finish();
    return {};
  }

 private:
  bool has_value_ = false;
};

// The handle users hold: copies refer to the same future.
template <class T>
class Future {
 public:
  Future() = default;
  explicit Future(std::shared_ptr<FutureState<T>> state) : state_(std::move(state)) {}

  bool done() const { return state_->done(); }
  bool cancelled() const { return state_->cancelled(); }
  bool cancel(std::string msg = {}) { return state_->cancel(std::move(msg)); }
  Result<T> result() const { return state_->result(); }
  Result<std::optional<Error>> exception() const { return state_->exception(); }
  template <class... V>
  Result<void> set_result(V&&... value) { return state_->set_result(std::forward<V>(value)...); }
  Result<void> set_exception(Error error) { return state_->set_exception(std::move(error)); }
  uint64_t add_done_callback(FutureBase::DoneCallback cb) { return state_->add_done_callback(std::move(cb)); }
  size_t remove_done_callback(uint64_t token) { return state_->remove_done_callback(token); }
  EventLoop& get_loop() const { return state_->get_loop(); }
  uint64_t id() const { return state_->id(); }

  const std::shared_ptr<FutureState<T>>& state() const { return state_; }
  std::shared_ptr<FutureBase> base() const { return state_; }
  explicit operator bool() const { return state_ != nullptr; }
  friend bool operator==(const Future& a, const Future& b) { return a.state_ == b.state_; }

 private:
  std::shared_ptr<FutureState<T>> state_;
};

// futures._set_result_unless_cancelled: how sleep's timer completes its future.
template <class T, class... V>
void set_result_unless_cancelled(FutureState<T>& fut, V&&... value) {
  if (fut.cancelled()) return;
  (void)fut.set_result(std::forward<V>(value)...);
}

}  // namespace aio
