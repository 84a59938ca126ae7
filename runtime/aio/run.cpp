#include "aio/run.hpp"

#include <memory>
#include <vector>

#include "aio/future.hpp"

namespace aio {

Result<void> cancel_all_tasks(EventLoop& loop, const RunOptions& options) {
  std::vector<TaskCore*> tasks = loop.all_tasks();
  std::vector<std::shared_ptr<FutureBase>> to_cancel;  // keeps finished tasks alive to read them
  for (TaskCore* task : tasks) to_cancel.push_back(task->future().shared_from_this());
  if (to_cancel.empty()) return {};
  for (auto& f : to_cancel) f->cancel();  // a task's cancel is Task.cancel()

  // gather(*to_cancel, return_exceptions=True): the outer future completes from the done
  // callback of the last child, so the loop stops in the same iteration as asyncio's.
  Future<void> all_done = loop.create_future<void>();
  auto remaining = std::make_shared<size_t>(to_cancel.size());
  for (auto& f : to_cancel) {
    f->add_done_callback([all_done, remaining](FutureBase&) mutable {
      if (--*remaining == 0 && !all_done.done()) (void)all_done.set_result();
    });
  }
  if (auto r = loop.run_until_complete(all_done); !r) return r;

  for (size_t i = 0; i < tasks.size(); ++i) {
    const FutureBase& f = *to_cancel[i];
    if (f.cancelled() || !f.error() || !options.on_shutdown_error) continue;
    options.on_shutdown_error(*tasks[i], *f.error());
  }
  return {};
}

namespace detail {

Result<void> check_no_running_loop() {
  if (get_running_loop()) return Error::runtime("asyncio.run() cannot be called from a running event loop");
  return {};
}

Result<void> finish_run(EventLoop& loop, const RunOptions& options) {
  Result<void> cancelled = cancel_all_tasks(loop, options);
  // Shutting the default executor down waits for its running jobs (asyncio does it from a
  // helper thread while the loop runs; their completions can no longer reach any task here).
  Result<void> closed = loop.close();
  if (!cancelled) return cancelled;
  return closed;
}

}  // namespace detail
}  // namespace aio
