// ThreadPoolExecutor: concurrent.futures.ThreadPoolExecutor on std::thread — a job queue and up
// to max_workers workers, started lazily one per submit while no worker is idle (CPython's
// _adjust_thread_count), named "<prefix>_<n>". InlineExecutor is the fallback of builds without
// threads: it runs each job on the loop, as a call_soon callback.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "aio/executor.hpp"
#include "aio/result.hpp"

// The single-threaded wasm build has no threads at all (std::thread would abort).
#if defined(__EMSCRIPTEN__) && !defined(__EMSCRIPTEN_PTHREADS__)
#define AIO_HAS_THREADS 0
#else
#define AIO_HAS_THREADS 1
#endif

namespace aio {

class EventLoop;

class ThreadPoolExecutor final : public Executor {
 public:
  // CPython's default: min(32, cpu_count + 4).
  static int default_max_workers();

  // max_workers nullopt: the default; it must be > 0 (use create() to get CPython's ValueError).
  // An empty prefix becomes "ThreadPoolExecutor-<n>" (a process-wide counter, as CPython).
  explicit ThreadPoolExecutor(std::optional<int> max_workers = std::nullopt, std::string thread_name_prefix = {});
  static Result<std::shared_ptr<ThreadPoolExecutor>> create(std::optional<int> max_workers = std::nullopt,
                                                             std::string thread_name_prefix = {});
  ~ThreadPoolExecutor() override;  // shutdown(wait=true)

  // Fails with RuntimeError "cannot schedule new futures after shutdown" once shut down, and
  // with "can't start new thread" in a build without threads.
  Result<void> submit(std::function<void()> job) override;
  // Jobs already queued still run; with `wait`, joins every worker.
  void shutdown(bool wait = true) override;

  int max_workers() const { return max_workers_; }
  const std::string& thread_name_prefix() const { return prefix_; }
  int num_threads() const;          // workers started so far
  bool is_shutdown() const;

  // On a worker thread of any pool: its index in its pool and its name ("asyncio_0");
  // -1 and null elsewhere.
  static int current_worker_index();
  static const std::string* current_worker_name();

 private:
  // What workers share with the pool; they hold it, so a pool dropped by one of its own jobs
  // (its destructor then runs on a worker) leaves them nothing dangling.
  struct Shared {
    std::mutex mutex;
    std::condition_variable cv;
    std::deque<std::function<void()>> queue;
    std::vector<std::unique_ptr<std::string>> names;  // one per started worker, stable addresses
    int idle = 0;  // CPython's _idle_semaphore: released after each finished job
    bool shutdown = false;
  };
  static void worker_main(std::shared_ptr<Shared> shared, int index);

  int max_workers_;
  std::string prefix_;
  std::shared_ptr<Shared> shared_;
  std::vector<std::thread> threads_;  // guarded by shared_->mutex
};

// Runs each job on the loop's thread as a call_soon callback (the single-threaded wasm build's
// default executor). Jobs block the loop while they run; ordering stays deterministic.
class InlineExecutor final : public Executor {
 public:
  explicit InlineExecutor(EventLoop& loop) : loop_(&loop) {}
  Result<void> submit(std::function<void()> job) override;
  void shutdown(bool /*wait*/ = true) override { shutdown_ = true; }

 private:
  EventLoop* loop_;
  bool shutdown_ = false;
};

// What EventLoop::default_executor() creates on first use: ThreadPoolExecutor(prefix "asyncio")
// where threads exist, an InlineExecutor on `loop` where they don't.
std::shared_ptr<Executor> make_default_executor(EventLoop& loop);

}  // namespace aio
