// Executor: where blocking work runs off the loop (concurrent.futures.Executor's role).
// ThreadPoolExecutor (thread_pool.hpp) is the implementation; run_in_executor bridges to a loop.
#pragma once

#include <functional>

#include "aio/result.hpp"

namespace aio {

class Executor {
 public:
  virtual ~Executor() = default;
  // Runs `job` on some worker. Fails after shutdown.
  virtual Result<void> submit(std::function<void()> job) = 0;
  // No new jobs; with `wait`, returns once every submitted job has finished.
  virtual void shutdown(bool wait = true) = 0;
};

}  // namespace aio
