// loop.run_in_executor(executor, fn) and asyncio.to_thread(fn): run blocking work on another
// thread and await its result on the loop.
//
// As asyncio (futures.wrap_future): the job's outcome reaches the loop through
// call_soon_threadsafe, so the future completes on the loop's thread; cancelling the future
// before a worker picks the job up means the job never runs. While a job is out, the loop
// counts it as external work, so the virtual clock waits for it instead of jumping past it.
//
// Trace: JobQueued at submit; JobStarted / JobFinished are measured on the worker but emitted
// on the loop thread when the completion arrives (sinks are not thread-safe), so they reach
// the sink after later-stamped events. Their times: the real clock's instants on the worker;
// in the virtual clock (no time passes on workers) the submit time and the completion time.
//
// Lifetimes: the loop must outlive every job it submitted (a finished job calls back into it):
// the default executor is shut down by the loop itself; shut other executors down (wait) first.
#pragma once

#include <algorithm>
#include <atomic>
#include <chrono>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

#include "aio/coro.hpp"
#include "aio/executor.hpp"
#include "aio/future.hpp"
#include "aio/loop.hpp"
#include "aio/task.hpp"
#include "aio/thread_pool.hpp"

namespace aio {

namespace detail {

// A job returns T, or Result<T> to fail with an error; either way the future is a Future<T>.
template <class R>
struct JobValue {
  using type = R;
  static constexpr bool is_result = false;
};
template <class U>
struct JobValue<Result<U>> {
  using type = U;
  static constexpr bool is_result = true;
};
template <class F>
using job_value_t = typename JobValue<std::invoke_result_t<F&>>::type;

inline int64_t steady_now_ns() {  // the real Clock's time base
  auto since = std::chrono::steady_clock::now().time_since_epoch();
  return std::chrono::duration_cast<std::chrono::nanoseconds>(since).count();
}

// Shared by the loop and the worker. The worker writes the outcome and timings, then hands
// `on_done` to call_soon_threadsafe (whose mutex orders those writes before the loop reads).
template <class T>
struct JobState {
  enum : int { Pending, Running, Skipped };
  std::atomic<int> phase{Pending};  // Skipped: the future was cancelled before the job started
  std::optional<Result<T>> outcome;
  int64_t started_ns = 0;
  int64_t finished_ns = 0;
  int worker = -1;
  std::function<void(JobState&)> on_done;  // built on the loop thread; runs there
};

// JobStarted (when it ran) and JobFinished, stamped with the worker's times (see the top).
inline void emit_job_end(EventLoop& loop, uint64_t job_id, int64_t queued_ns, bool ran, int64_t started_ns,
                         int64_t finished_ns, int worker, const char* outcome) {
  if (loop.clock().is_virtual()) {
    started_ns = queued_ns;
    finished_ns = loop.time_ns();
  }
  if (!ran) started_ns = finished_ns = loop.time_ns();
  // Threads' clocks may disagree by a little (wasm workers): keep queued ≤ started ≤ finished.
  started_ns = std::max(started_ns, queued_ns);
  finished_ns = std::max(finished_ns, started_ns);
  TraceSink* sink = loop.trace_sink();
  if (ran) sink->emit({.time_ns = started_ns, .kind = EventKind::JobStarted, .id = job_id, .value = worker});
  sink->emit({.time_ns = finished_ns, .kind = EventKind::JobFinished, .id = job_id, .value = worker, .detail = outcome});
}

}  // namespace detail

// Runs `fn` on `executor` (null: the loop's default executor) and returns a future of its
// value, completed on the loop's thread. asyncio raises submission errors at the call (loop
// closed, executor shut down); here the returned future is then already failed with them —
// a job's future is never done on return otherwise.
template <class F>
Future<detail::job_value_t<F>> run_in_executor(EventLoop& loop, Executor* executor, F fn) {
  using T = detail::job_value_t<F>;
  using State = detail::JobState<T>;
  Future<T> future = loop.create_future<T>();
  if (loop.is_closed()) {
    (void)future.set_exception(Error::runtime("Event loop is closed"));
    return future;
  }
  std::shared_ptr<Executor> keep;  // the default executor stays alive through submit
  if (!executor) {
    keep = loop.default_executor();
    executor = keep.get();
  }
  uint64_t job_id = loop.next_id();
  future.state()->set_wait_info(WaitKind::Executor, job_id);
  int64_t queued_ns = loop.time_ns();

  auto state = std::make_shared<State>();
  EventLoop* lp = &loop;
  state->on_done = [future, lp, job_id, queued_ns](State& st) mutable {
    lp->remove_external_work();
    // Taken here so the value is destroyed on the loop's thread.
    std::optional<Result<T>> outcome = std::move(st.outcome);
    st.outcome.reset();
    bool ran = st.phase.load() == State::Running;
    if (lp->tracing()) {
      const char* what = !ran ? "cancelled" : (outcome && outcome->ok()) ? "result" : "exception";
      detail::emit_job_end(*lp, job_id, queued_ns, ran, st.started_ns, st.finished_ns, st.worker, what);
    }
    // _copy_future_state: a cancelled destination keeps its cancellation.
    if (future.cancelled() || !outcome) return;
    if (outcome->ok()) {
      if constexpr (std::is_void_v<T>) {
        (void)future.set_result();
      } else {
        (void)future.set_result(std::move(**outcome));
      }
    } else {
      (void)future.set_exception(std::move(*outcome).error());
    }
  };
  // The job: runs on a worker (or inline on the loop, for InlineExecutor).
  auto job = [state, fn = std::move(fn), lp]() mutable {
    int expected = State::Pending;
    if (state->phase.compare_exchange_strong(expected, State::Running)) {
      state->worker = ThreadPoolExecutor::current_worker_index();
      state->started_ns = detail::steady_now_ns();
      using R = std::invoke_result_t<F&>;
      if constexpr (std::is_void_v<R>) {
        fn();
        state->outcome.emplace();
      } else {
        state->outcome.emplace(fn());
      }
      state->finished_ns = detail::steady_now_ns();
    }
    // The loop's callback owns the future from here on (it is never released on a worker).
    std::function<void(State&)> done = std::move(state->on_done);
    state->on_done = nullptr;
    lp->call_soon_threadsafe([done = std::move(done), state]() mutable { done(*state); });
  };

  if (auto submitted = executor->submit(std::move(job)); !submitted) {
    state->on_done = nullptr;  // breaks the state -> future reference
    (void)future.set_exception(std::move(submitted).error());
    return future;
  }
  loop.add_external_work();
  if (loop.tracing()) {
    // Stamped before submit: a worker may start the job before submit returns.
    TaskCore* task = loop.current_task();
    loop.trace_sink()->emit(
        {.time_ns = queued_ns, .kind = EventKind::JobQueued, .id = job_id, .other = task ? task->task_id() : 0});
  }
  // futures._call_check_cancel: a cancelled future withdraws a job no worker has started.
  future.add_done_callback([weak = std::weak_ptr<State>(state)](FutureBase& f) {
    if (!f.cancelled()) return;
    if (auto st = weak.lock()) {
      int expected = State::Pending;
      st->phase.compare_exchange_strong(expected, State::Skipped);
    }
  });
  return future;
}

template <class F>
Future<detail::job_value_t<F>> run_in_executor(EventLoop& loop, const std::shared_ptr<Executor>& executor, F fn) {
  return run_in_executor(loop, executor.get(), std::move(fn));
}
template <class F>
Future<detail::job_value_t<F>> run_in_executor(EventLoop& loop, std::nullptr_t, F fn) {
  return run_in_executor(loop, static_cast<Executor*>(nullptr), std::move(fn));
}

// asyncio.to_thread(fn): a coroutine that runs `fn` in the running loop's default executor.
// Like asyncio's, it submits when first awaited (run), not when called.
template <class F>
Coro<detail::job_value_t<F>> to_thread(F fn) {
  EventLoop& loop = co_await this_loop();
  auto future = run_in_executor(loop, nullptr, std::move(fn));
  if constexpr (std::is_void_v<detail::job_value_t<F>>) {
    AIO_CHECK(co_await future);
  } else {
    co_return co_await future;
  }
}

}  // namespace aio
