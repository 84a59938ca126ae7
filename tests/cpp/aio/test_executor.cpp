// ThreadPoolExecutor and run_in_executor / to_thread: jobs run on other threads, their futures
// complete on the loop's thread, the virtual clock waits for them, and the pool follows
// concurrent.futures.ThreadPoolExecutor (lazy workers, names, shutdown).
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <future>
#include <latch>
#include <string>
#include <thread>
#include <vector>

#include "aio/aio.hpp"

namespace {

using aio::Coro;
using aio::EventLoop;

#define SKIP_WITHOUT_THREADS() \
  if (!AIO_HAS_THREADS) GTEST_SKIP() << "no threads in the single-threaded wasm build"

std::string fmt_time(double t) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", t);
  return buf;
}

// Checks that every event reaches the sink on one thread (sinks are not thread-safe).
class ThreadCheckingSink final : public aio::TraceSink {
 public:
  void emit(const aio::TraceEvent& e) override {
    if (std::this_thread::get_id() != owner) wrong_thread = true;
    events.push_back(e);
  }
  std::thread::id owner = std::this_thread::get_id();
  bool wrong_thread = false;
  std::vector<aio::TraceEvent> events;
};

TEST(Executor, JobRunsOnAWorkerAndItsFutureCompletesOnTheLoopThread) {
  SKIP_WITHOUT_THREADS();
  EventLoop loop;
  std::thread::id loop_thread = std::this_thread::get_id();
  std::thread::id job_thread, callback_thread;
  auto r = loop.run_until_complete([&]() -> Coro<int> {
    auto f = aio::run_in_executor(loop, nullptr, [&] {
      job_thread = std::this_thread::get_id();
      return 21;
    });
    EXPECT_FALSE(f.done());
    f.add_done_callback([&](aio::FutureBase&) { callback_thread = std::this_thread::get_id(); });
    AIO_TRY(int v, co_await f);
    EXPECT_EQ(std::this_thread::get_id(), loop_thread);
    co_return v * 2;
  }());
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, 42);
  EXPECT_NE(job_thread, loop_thread);
  EXPECT_EQ(callback_thread, loop_thread);
}

// Python (3.11) — the job's result arrives before a timer that is due later, though the loop
// had nothing else to do (the virtual clock must not jump past an outstanding job):
//   loop.call_later(1, lambda: log.append("timer"))
//   f = loop.run_in_executor(None, lambda: time.sleep(0.02) or 7)
//   f.add_done_callback(lambda f: log.append("job"))
//   await asyncio.sleep(2)   # log == ["job", "timer"]
TEST(Executor, VirtualClockWaitsForAJobInsteadOfJumpingToTheNextTimer) {
  SKIP_WITHOUT_THREADS();
  EventLoop loop;
  std::vector<std::string> log;
  auto r = loop.run_until_complete([&]() -> Coro<void> {
    loop.call_later(1.0, [&] { log.push_back("timer at " + fmt_time(loop.time())); });
    auto f = aio::run_in_executor(loop, nullptr, [] {
      std::this_thread::sleep_for(std::chrono::milliseconds(20));  // real time passes on the worker
      return 7;
    });
    f.add_done_callback([&](aio::FutureBase&) { log.push_back("job at " + fmt_time(loop.time())); });
    AIO_CHECK(co_await aio::sleep(2));
  }());
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(log, (std::vector<std::string>{"job at 0", "timer at 1"}));
  EXPECT_EQ(loop.time(), 2.0);
}

TEST(Executor, AJobsErrorIsTheFuturesException) {
  SKIP_WITHOUT_THREADS();
  EventLoop loop;
  aio::Error boom("ValueError", "boom");
  auto r = loop.run_until_complete([&]() -> Coro<int> {
    co_return co_await aio::run_in_executor(loop, nullptr, [&]() -> aio::Result<int> { return boom; });
  }());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error(), boom);  // the same error object, not a copy
}

TEST(Executor, VoidJobsAndToThread) {
  SKIP_WITHOUT_THREADS();
  EventLoop loop;
  std::atomic<int> ran{0};
  auto r = loop.run_until_complete([&]() -> Coro<int> {
    AIO_CHECK(co_await aio::run_in_executor(loop, nullptr, [&] { ran += 1; }));
    AIO_CHECK(co_await aio::to_thread([&] { ran += 10; }));
    AIO_TRY(int v, co_await aio::to_thread([] { return 5; }));
    co_return v;
  }());
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, 5);
  EXPECT_EQ(ran.load(), 11);
}

// asyncio.to_thread is a coroutine: nothing is submitted until it runs.
TEST(Executor, ToThreadSubmitsWhenAwaitedNotWhenCalled) {
  SKIP_WITHOUT_THREADS();
  EventLoop loop;
  std::atomic<bool> ran{false};
  auto r = loop.run_until_complete([&]() -> Coro<void> {
    auto c = aio::to_thread([&] { ran = true; });
    AIO_CHECK(co_await aio::sleep(1));
    EXPECT_FALSE(ran.load());
    AIO_CHECK(co_await std::move(c));
    EXPECT_TRUE(ran.load());
  }());
  ASSERT_TRUE(r.ok());
}

// Two jobs that can only finish together: the default executor runs them in parallel.
TEST(Executor, JobsRunInParallelOnDifferentThreads) {
  SKIP_WITHOUT_THREADS();
  EventLoop loop;
  std::latch both(2);
  std::thread::id a, b;
  auto r = loop.run_until_complete([&]() -> Coro<void> {
    auto fa = aio::run_in_executor(loop, nullptr, [&] { a = std::this_thread::get_id(); both.arrive_and_wait(); });
    auto fb = aio::run_in_executor(loop, nullptr, [&] { b = std::this_thread::get_id(); both.arrive_and_wait(); });
    AIO_CHECK(co_await fa);
    AIO_CHECK(co_await fb);
  }());
  ASSERT_TRUE(r.ok());
  EXPECT_NE(a, b);
}

// futures._call_check_cancel: cancelling the asyncio future withdraws a job no worker started.
TEST(Executor, CancellingTheFutureBeforeTheJobStartsMeansItNeverRuns) {
  SKIP_WITHOUT_THREADS();
  EventLoop loop;
  auto pool = std::make_shared<aio::ThreadPoolExecutor>(1, "one");
  std::promise<void> gate;
  std::shared_future<void> opened = gate.get_future().share();
  std::atomic<bool> second_ran{false};
  auto r = loop.run_until_complete([&]() -> Coro<void> {
    auto first = aio::run_in_executor(loop, pool, [opened] { opened.wait(); });  // occupies the only worker
    auto second = aio::run_in_executor(loop, pool, [&] { second_ran = true; });
    EXPECT_TRUE(second.cancel());
    AIO_CHECK(co_await aio::sleep(0));  // the cancellation's done callback runs
    gate.set_value();
    AIO_CHECK(co_await first);
    auto again = co_await second;
    EXPECT_TRUE(!again.ok() && again.error().is_cancelled());
  }());
  ASSERT_TRUE(r.ok());
  pool->shutdown(true);  // the withdrawn job has been dequeued and skipped by now
  EXPECT_FALSE(second_ran.load());
}

TEST(Executor, JobEventsReachTheSinkOnTheLoopThreadInOrder) {
  SKIP_WITHOUT_THREADS();
  EventLoop loop;
  ThreadCheckingSink sink;
  loop.set_trace_sink(&sink);
  uint64_t task_id = 0, job_id = 0;
  auto r = loop.run_until_complete([&]() -> Coro<void> {
    task_id = aio::current_task()->task_id();
    auto f = aio::run_in_executor(loop, nullptr, [] {
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
      return 1;
    });
    job_id = f.state()->wait_object();
    EXPECT_EQ(f.state()->wait_kind(), aio::WaitKind::Executor);
    AIO_CHECK(co_await f);
  }());
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(sink.wrong_thread);
  std::vector<std::string> job_events;
  for (const auto& e : sink.events) {
    if (e.id != job_id) continue;
    switch (e.kind) {
      case aio::EventKind::JobQueued: job_events.push_back("queued by " + std::to_string(e.other == task_id)); break;
      case aio::EventKind::JobStarted: job_events.push_back("started on " + std::to_string(e.value)); break;
      case aio::EventKind::JobFinished: job_events.push_back("finished " + e.detail); break;
      default: break;
    }
  }
  EXPECT_EQ(job_events, (std::vector<std::string>{"queued by 1", "started on 0", "finished result"}));
  // The task waits on the job, and is woken by it.
  bool suspended_on_job = false;
  for (const auto& e : sink.events) {
    if (e.kind == aio::EventKind::TaskSuspended && e.id == task_id && e.wait == aio::WaitKind::Executor &&
        e.other == job_id) {
      suspended_on_job = true;
    }
  }
  EXPECT_TRUE(suspended_on_job);
}

TEST(ThreadPool, WorkersStartLazilyAndIdleOnesAreReused) {
  SKIP_WITHOUT_THREADS();
  aio::ThreadPoolExecutor pool(4, "lazy");
  EXPECT_EQ(pool.num_threads(), 0);
  std::promise<void> p1;
  ASSERT_TRUE(pool.submit([&] { p1.set_value(); }).ok());
  p1.get_future().wait();
  EXPECT_EQ(pool.num_threads(), 1);
  // CPython's idle semaphore: a worker that finished a job takes the next one. (Each job is
  // awaited, and the worker gets a moment to count itself idle; without reuse every submit
  // would start a worker until max_workers.)
  for (int i = 0; i < 10; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
    std::promise<void> p;
    ASSERT_TRUE(pool.submit([&] { p.set_value(); }).ok());
    p.get_future().wait();
  }
  EXPECT_LT(pool.num_threads(), 4);
  // Jobs that block each other need as many workers as jobs, up to max_workers.
  std::latch all(4);
  for (int i = 0; i < 4; ++i) ASSERT_TRUE(pool.submit([&] { all.arrive_and_wait(); }).ok());
  all.wait();
  EXPECT_EQ(pool.num_threads(), 4);
  pool.shutdown(true);
}

TEST(ThreadPool, NamesFollowCPython) {
  SKIP_WITHOUT_THREADS();
  std::string name;
  {
    aio::ThreadPoolExecutor pool(2, "worker");
    ASSERT_TRUE(pool.submit([&] { name = *aio::ThreadPoolExecutor::current_worker_name(); }).ok());
  }  // the destructor waits
  EXPECT_EQ(name, "worker_0");
  EXPECT_EQ(aio::ThreadPoolExecutor::current_worker_name(), nullptr);
  EXPECT_EQ(aio::ThreadPoolExecutor::current_worker_index(), -1);

  aio::ThreadPoolExecutor a, b;  // "ThreadPoolExecutor-<n>", a process-wide counter
  std::string pa = a.thread_name_prefix(), pb = b.thread_name_prefix();
  ASSERT_EQ(pa.rfind("ThreadPoolExecutor-", 0), 0u);
  EXPECT_EQ(std::stoi(pb.substr(19)), std::stoi(pa.substr(19)) + 1);
  EXPECT_EQ(a.max_workers(), aio::ThreadPoolExecutor::default_max_workers());
  EXPECT_LE(a.max_workers(), 32);
  EXPECT_GE(a.max_workers(), 5);

  // The loop's default executor is ThreadPoolExecutor(thread_name_prefix='asyncio').
  EventLoop loop;
  auto r = loop.run_until_complete([&]() -> Coro<std::string> {
    co_return co_await aio::run_in_executor(loop, nullptr, [] { return *aio::ThreadPoolExecutor::current_worker_name(); });
  }());
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, "asyncio_0");
}

TEST(ThreadPool, MaxWorkersMustBePositive) {
  auto bad = aio::ThreadPoolExecutor::create(0);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().describe(), "ValueError: max_workers must be greater than 0");
  EXPECT_TRUE(aio::ThreadPoolExecutor::create(3).ok());
}

TEST(ThreadPool, SubmitAfterShutdownFails) {
  aio::ThreadPoolExecutor pool(1);
  pool.shutdown(true);
  auto r = pool.submit([] {});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().describe(), "RuntimeError: cannot schedule new futures after shutdown");

  // run_in_executor hands the error back through the (already done) future.
  EventLoop loop;
  auto pool2 = std::make_shared<aio::ThreadPoolExecutor>(1);
  pool2->shutdown(false);
  auto f = aio::run_in_executor(loop, pool2, [] { return 1; });
  ASSERT_TRUE(f.done());
  EXPECT_EQ(f.result().error().describe(), "RuntimeError: cannot schedule new futures after shutdown");
}

TEST(ThreadPool, ShutdownWaitRunsEveryQueuedJobFirst) {
  SKIP_WITHOUT_THREADS();
  aio::ThreadPoolExecutor pool(2);
  std::atomic<int> done{0};
  for (int i = 0; i < 10; ++i) {
    ASSERT_TRUE(pool.submit([&] {
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
      ++done;
    }).ok());
  }
  pool.shutdown(true);
  EXPECT_EQ(done.load(), 10);  // queued jobs are not dropped, and shutdown(wait) waited
}

TEST(ThreadPool, ShutdownWithoutWaitReturnsWhileAJobRuns) {
  SKIP_WITHOUT_THREADS();
  std::atomic<int> done{0};
  std::promise<void> gate, started;
  {
    aio::ThreadPoolExecutor pool(1);
    ASSERT_TRUE(pool.submit([&] {
      started.set_value();
      gate.get_future().wait();
      ++done;
    }).ok());
    ASSERT_TRUE(pool.submit([&] { ++done; }).ok());
    started.get_future().wait();
    pool.shutdown(false);  // must not block: the job waits for the gate
    EXPECT_EQ(done.load(), 0);
    EXPECT_TRUE(pool.is_shutdown());
    gate.set_value();
  }  // the destructor joins
  EXPECT_EQ(done.load(), 2);
}

// A job that drops the last reference to its own pool: the destructor runs on a worker and
// must neither join itself nor leave the worker with a dangling pool.
TEST(ThreadPool, PoolDestroyedByItsOwnJob) {
  SKIP_WITHOUT_THREADS();
  auto pool = std::make_shared<aio::ThreadPoolExecutor>(1);
  std::promise<void> done;
  auto holder = std::make_shared<std::shared_ptr<aio::ThreadPoolExecutor>>(pool);
  ASSERT_TRUE(pool->submit([holder, &done] {
    holder->reset();
    done.set_value();
  }).ok());
  pool.reset();  // the job holds the last reference
  done.get_future().wait();
  std::this_thread::sleep_for(std::chrono::milliseconds(10));  // let the detached worker exit
}

TEST(Executor, RunInExecutorOnAClosedLoopFails) {
  EventLoop loop;
  ASSERT_TRUE(loop.close().ok());
  auto f = aio::run_in_executor(loop, nullptr, [] { return 1; });
  ASSERT_TRUE(f.done());
  EXPECT_EQ(f.result().error().describe(), "RuntimeError: Event loop is closed");
}

// The fallback of builds without threads (and any build that sets it): jobs run on the loop
// as callbacks, in submission order; results arrive one iteration later.
TEST(Executor, InlineExecutorRunsJobsOnTheLoop) {
  EventLoop loop;
  loop.set_default_executor(std::make_shared<aio::InlineExecutor>(loop));
  std::vector<std::string> log;
  std::thread::id loop_thread = std::this_thread::get_id();
  auto r = loop.run_until_complete([&]() -> Coro<int> {
    auto a = aio::run_in_executor(loop, nullptr, [&] {
      log.push_back("job a");
      EXPECT_EQ(std::this_thread::get_id(), loop_thread);
      return 1;
    });
    auto b = aio::run_in_executor(loop, nullptr, [&] {
      log.push_back("job b");
      return 2;
    });
    loop.call_soon([&] { log.push_back("soon"); });
    AIO_TRY(int x, co_await a);
    AIO_TRY(int y, co_await b);
    co_return x + y;
  }());
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, 3);
  EXPECT_EQ(log, (std::vector<std::string>{"job a", "job b", "soon"}));
}

}  // namespace
