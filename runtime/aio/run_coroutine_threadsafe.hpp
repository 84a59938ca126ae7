// asyncio.run_coroutine_threadsafe(coro, loop): from another thread, run a coroutine as a task
// on `loop` and get a ConcurrentFuture (concurrent.futures.Future's role) to block on.
//
// The loop must outlive the call and the task. Don't block on the result from the loop's own
// thread (it would wait for itself). In the virtual clock an idle loop reports a deadlock
// unless it knows outside work is coming: call from a run_in_executor job (counted as external
// work), or bracket the thread with loop.add_external_work() / remove_external_work().
#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

#include "aio/coro.hpp"
#include "aio/loop.hpp"
#include "aio/task.hpp"

namespace aio {

// A result any thread can wait for: pending, then finished (value or error) or cancelled.
template <class T>
class ConcurrentFuture {
  struct State {
    std::mutex mutex;
    std::condition_variable cv;
    bool cancelled = false;
    std::optional<Result<T>> result;
    std::function<void()> on_cancel;  // asks the loop to cancel the task
  };

 public:
  ConcurrentFuture() : state_(std::make_shared<State>()) {}

  bool done() const {
    std::lock_guard<std::mutex> lock(state_->mutex);
    return state_->cancelled || state_->result.has_value();
  }
  bool cancelled() const {
    std::lock_guard<std::mutex> lock(state_->mutex);
    return state_->cancelled;
  }

  // Waits up to `timeout` seconds (forever when nullopt); true when done.
  bool wait(std::optional<double> timeout = std::nullopt) const {
    std::unique_lock<std::mutex> lock(state_->mutex);
    auto is_done = [&] { return state_->cancelled || state_->result.has_value(); };
    if (!timeout) {
      state_->cv.wait(lock, is_done);
      return true;
    }
    return state_->cv.wait_for(lock, std::chrono::duration<double>(*timeout), is_done);
  }

  // concurrent.futures.Future.result(timeout): the value or error; CancelledError when
  // cancelled; TimeoutError when not done in time.
  Result<T> result(std::optional<double> timeout = std::nullopt) const {
    if (!wait(timeout)) return Error::timeout();
    std::lock_guard<std::mutex> lock(state_->mutex);
    if (state_->cancelled) return Error::cancelled();
    return *state_->result;
  }

  // Cancels it (false when already done) and asks the loop to cancel the task.
  bool cancel() {
    std::function<void()> hook;
    {
      std::lock_guard<std::mutex> lock(state_->mutex);
      if (state_->cancelled || state_->result) return false;
      state_->cancelled = true;
      hook = std::move(state_->on_cancel);
      state_->on_cancel = nullptr;
    }
    state_->cv.notify_all();
    if (hook) hook();
    return true;
  }

  // --- the producer side (the loop) ---
  // False when it was cancelled meanwhile (set_running_or_notify_cancel's answer).
  bool set(Result<T> result) {
    {
      std::lock_guard<std::mutex> lock(state_->mutex);
      if (state_->cancelled || state_->result) return false;
      state_->result.emplace(std::move(result));
      state_->on_cancel = nullptr;
    }
    state_->cv.notify_all();
    return true;
  }
  // Installs the cancel hook; runs it at once when already cancelled.
  void set_on_cancel(std::function<void()> hook) {
    {
      std::lock_guard<std::mutex> lock(state_->mutex);
      if (!state_->cancelled) {
        if (!state_->result) state_->on_cancel = std::move(hook);
        return;
      }
    }
    hook();
  }

 private:
  std::shared_ptr<State> state_;
};

// Schedules `coro` as a task on `loop` (thread-safe) and chains the task's outcome into the
// returned ConcurrentFuture, as futures._chain_future does; cancelling that future cancels the
// task through call_soon_threadsafe.
template <class T>
ConcurrentFuture<T> run_coroutine_threadsafe(Coro<T> coro, EventLoop& loop) {
  ConcurrentFuture<T> result;
  auto holder = std::make_shared<Coro<T>>(std::move(coro));  // std::function needs a copyable capture
  EventLoop* lp = &loop;
  loop.call_soon_threadsafe([holder, result, lp]() mutable {
    Task<T> task = lp->create_task(std::move(*holder));
    // Only a weak reference leaves the loop: the task is never released on another thread.
    std::weak_ptr<TaskState<T>> weak = task.state();
    result.set_on_cancel([weak, lp] {
      lp->call_soon_threadsafe([weak] {
        if (auto t = weak.lock()) t->cancel();
      });
    });
    task.add_done_callback([result](FutureBase& f) mutable {
      auto& state = static_cast<FutureState<T>&>(f);
      if (state.cancelled()) {
        result.cancel();
      } else {
        result.set(state.result());
      }
    });
  });
  return result;
}

}  // namespace aio
