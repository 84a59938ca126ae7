// asyncio.wait_for(aw, timeout) as CPython 3.11 implements it (tasks.py): the awaitable runs as
// its own task (ensure_future); the caller waits on a waiter future released by the task's done
// callback or by a timer. On timeout the task is cancelled and waited for, and its
// CancelledError becomes TimeoutError (a task that swallows the cancellation gives its result).
// Cancelling the caller cancels the task and waits for it before CancelledError propagates.
// timeout = nullopt awaits `aw` directly; timeout <= 0 cancels at once unless already done.
#pragma once

#include <optional>

#include "aio/coro.hpp"
#include "aio/wait.hpp"

namespace aio {

namespace detail {
template <class T, class X>
Coro<T> wait_for_impl(X aw, double timeout) {
  EventLoop& loop = co_await this_loop();
  if (timeout <= 0) {
    Future<T> fut = ensure_future(loop, std::move(aw));
    if (fut.done()) AIO_RETURN_RESULT(T, fut.result());
    AIO_CHECK(co_await cancel_and_wait(loop, fut.base()));
    Result<T> r = fut.result();
    if (!r && r.error().is_cancelled()) AIO_RETURN_RESULT(T, Result<T>(Error::timeout()));
    AIO_RETURN_RESULT(T, std::move(r));
  }

  Future<void> waiter = loop.create_future<void>();
  TimerHandle timeout_handle = loop.call_later(timeout, [w = waiter.state()] { release_waiter(*w); });
  Future<T> fut = ensure_future(loop, std::move(aw));
  waiter.state()->set_wait_info(fut.state()->wait_kind(), fut.state()->wait_object());
  uint64_t token = fut.add_done_callback([w = waiter.state()](FutureBase&) { release_waiter(*w); });

  std::optional<Result<T>> out;
  Result<void> woke = co_await waiter;
  if (fut.done()) {
    out.emplace(fut.result());
  } else {
    // Cancelled while waiting, or timed out: the task must not outlive wait_for (bpo-32751).
    fut.remove_done_callback(token);
    Result<void> c = co_await cancel_and_wait(loop, fut.base());
    if (!c) {
      out.emplace(std::move(c).error());
    } else if (!woke) {
      out.emplace(std::move(woke).error());
    } else {
      // A task that fails while being cancelled keeps its own error (bpo-40607).
      Result<T> r = fut.result();
      if (!r && r.error().is_cancelled()) out.emplace(Error::timeout());
      else out.emplace(std::move(r));
    }
  }
  timeout_handle.cancel();
  AIO_RETURN_RESULT(T, std::move(*out));
}
}  // namespace detail

template <class T>
Coro<T> wait_for(Coro<T> coro, std::optional<double> timeout) {
  if (!timeout) {
    Result<T> r = co_await std::move(coro);
    AIO_RETURN_RESULT(T, std::move(r));
  }
  Result<T> r = co_await detail::wait_for_impl<T>(std::move(coro), *timeout);
  AIO_RETURN_RESULT(T, std::move(r));
}

template <class T>
Coro<T> wait_for(Future<T> fut, std::optional<double> timeout) {
  if (!timeout) {
    Result<T> r = co_await fut;
    AIO_RETURN_RESULT(T, std::move(r));
  }
  Result<T> r = co_await detail::wait_for_impl<T>(std::move(fut), *timeout);
  AIO_RETURN_RESULT(T, std::move(r));
}

template <class T>
Coro<T> wait_for(Task<T> task, std::optional<double> timeout) {
  return wait_for(task.as_future(), timeout);
}

}  // namespace aio
