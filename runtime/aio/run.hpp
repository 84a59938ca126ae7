// aio::run(main, options): asyncio.run — a new loop (the virtual clock unless asked), run
// `main` to completion, then cancel every task still pending and run until they finish
// (asyncio.runners._cancel_all_tasks), shut the default executor down and close the loop.
#pragma once

#include <functional>

#include "aio/clock.hpp"
#include "aio/coro.hpp"
#include "aio/loop.hpp"
#include "aio/task.hpp"
#include "aio/trace.hpp"

namespace aio {

struct RunOptions {
  ClockKind clock = ClockKind::Virtual;
  TraceSink* trace = nullptr;
  // Called with the new loop before `main` is scheduled (set an executor, a task counter…).
  std::function<void(EventLoop&)> setup{};
  // asyncio's call_exception_handler for "unhandled exception during asyncio.run() shutdown":
  // a leftover task that ended with an error other than CancelledError. Ignored when empty.
  std::function<void(TaskCore&, const Error&)> on_shutdown_error{};
};

// asyncio.runners._cancel_all_tasks: cancels the loop's pending tasks and runs the loop until
// all of them are done (as run_until_complete(gather(*tasks, return_exceptions=True))).
Result<void> cancel_all_tasks(EventLoop& loop, const RunOptions& options = {});

namespace detail {
// Runner.close: cancel the leftovers, shut the default executor down, close the loop.
Result<void> finish_run(EventLoop& loop, const RunOptions& options);
Result<void> check_no_running_loop();
}  // namespace detail

// The result of `main`, or its error; an error of the shutdown steps replaces a success, as
// an exception raised by Runner.close does in asyncio.run.
template <class T>
Result<T> run(Coro<T> main, RunOptions options = {}) {
  if (auto r = detail::check_no_running_loop(); !r) return std::move(r).error();
  EventLoop loop(options.clock);
  loop.set_trace_sink(options.trace);
  if (options.setup) options.setup(loop);
  Result<T> result = loop.run_until_complete(loop.create_task(std::move(main)));
  if (auto closed = detail::finish_run(loop, options); !closed) return std::move(closed).error();
  return result;
}

}  // namespace aio
