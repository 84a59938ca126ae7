#include "aio/thread_pool.hpp"

#include <algorithm>
#include <atomic>

#include "aio/loop.hpp"

#if AIO_HAS_THREADS && defined(__linux__) && !defined(__EMSCRIPTEN__)
#include <pthread.h>
#define AIO_SET_THREAD_NAME 1
#endif

namespace aio {

namespace {
std::atomic<int> g_pool_counter{0};  // CPython's ThreadPoolExecutor._counter
// Set once per worker thread before its first job; read only from plain (non-coroutine) code.
thread_local int t_worker_index = -1;
thread_local const std::string* t_worker_name = nullptr;
}  // namespace

int ThreadPoolExecutor::default_max_workers() {
  int cpus = static_cast<int>(std::thread::hardware_concurrency());
  return std::min(32, std::max(cpus, 1) + 4);
}

ThreadPoolExecutor::ThreadPoolExecutor(std::optional<int> max_workers, std::string thread_name_prefix)
    : max_workers_(max_workers.value_or(default_max_workers())),
      prefix_(std::move(thread_name_prefix)),
      shared_(std::make_shared<Shared>()) {
  if (max_workers_ <= 0) max_workers_ = 1;  // create() reports it; the constructor cannot fail
  if (prefix_.empty()) prefix_ = "ThreadPoolExecutor-" + std::to_string(g_pool_counter++);
}

Result<std::shared_ptr<ThreadPoolExecutor>> ThreadPoolExecutor::create(std::optional<int> max_workers,
                                                                      std::string thread_name_prefix) {
  if (max_workers && *max_workers <= 0) return Error(ErrorKind::Value, "max_workers must be greater than 0");
  return std::make_shared<ThreadPoolExecutor>(max_workers, std::move(thread_name_prefix));
}

ThreadPoolExecutor::~ThreadPoolExecutor() { shutdown(true); }

int ThreadPoolExecutor::num_threads() const {
  std::lock_guard<std::mutex> lock(shared_->mutex);
  return static_cast<int>(shared_->names.size());
}

bool ThreadPoolExecutor::is_shutdown() const {
  std::lock_guard<std::mutex> lock(shared_->mutex);
  return shared_->shutdown;
}

int ThreadPoolExecutor::current_worker_index() { return t_worker_index; }
const std::string* ThreadPoolExecutor::current_worker_name() { return t_worker_name; }

Result<void> ThreadPoolExecutor::submit(std::function<void()> job) {
  Shared& s = *shared_;
  std::lock_guard<std::mutex> lock(s.mutex);
  if (s.shutdown) return Error::runtime("cannot schedule new futures after shutdown");
#if !AIO_HAS_THREADS
  (void)job;
  return Error::runtime("can't start new thread");
#else
  s.queue.push_back(std::move(job));
  // _adjust_thread_count: an idle worker takes it; otherwise start one while below the limit.
  if (s.idle > 0) {
    --s.idle;
  } else if (static_cast<int>(s.names.size()) < max_workers_) {
    int index = static_cast<int>(s.names.size());
    s.names.push_back(std::make_unique<std::string>(prefix_ + "_" + std::to_string(index)));
    threads_.emplace_back(&ThreadPoolExecutor::worker_main, shared_, index);
  }
  s.cv.notify_one();
  return {};
#endif
}

void ThreadPoolExecutor::worker_main(std::shared_ptr<Shared> shared, int index) {
  Shared& s = *shared;
  {
    std::lock_guard<std::mutex> lock(s.mutex);
    t_worker_index = index;
    t_worker_name = s.names[static_cast<size_t>(index)].get();
  }
#ifdef AIO_SET_THREAD_NAME
  pthread_setname_np(pthread_self(), t_worker_name->substr(0, 15).c_str());  // the kernel's limit
#endif
  for (;;) {
    std::function<void()> job;
    {
      std::unique_lock<std::mutex> lock(s.mutex);
      s.cv.wait(lock, [&] { return !s.queue.empty() || s.shutdown; });
      if (s.queue.empty()) break;  // shut down and drained: queued jobs still run first
      job = std::move(s.queue.front());
      s.queue.pop_front();
    }
    job();
    job = nullptr;  // free what the job captured before counting this worker idle
    std::lock_guard<std::mutex> lock(s.mutex);
    ++s.idle;
  }
  t_worker_index = -1;
  t_worker_name = nullptr;
}

void ThreadPoolExecutor::shutdown(bool wait) {
  std::vector<std::thread> threads;
  {
    std::lock_guard<std::mutex> lock(shared_->mutex);
    shared_->shutdown = true;
    if (wait) threads.swap(threads_);
  }
  shared_->cv.notify_all();
  for (std::thread& t : threads) {
    // The last owner may drop the pool from one of its own jobs: never join oneself.
    if (t.get_id() == std::this_thread::get_id()) {
      t.detach();
    } else {
      t.join();
    }
  }
}

Result<void> InlineExecutor::submit(std::function<void()> job) {
  if (shutdown_) return Error::runtime("cannot schedule new futures after shutdown");
  loop_->call_soon(std::move(job));
  return {};
}

std::shared_ptr<Executor> make_default_executor(EventLoop& loop) {
#if AIO_HAS_THREADS
  (void)loop;
  return std::make_shared<ThreadPoolExecutor>(std::nullopt, "asyncio");
#else
  return std::make_shared<InlineExecutor>(loop);
#endif
}

}  // namespace aio
