// Reaching a loop from other threads: call_soon_threadsafe, run_coroutine_threadsafe and
// ConcurrentFuture (result with timeout, cancel from the other thread).
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "aio/aio.hpp"

namespace {

using aio::Coro;
using aio::EventLoop;

#define SKIP_WITHOUT_THREADS() \
  if (!AIO_HAS_THREADS) GTEST_SKIP() << "no threads in the single-threaded wasm build"

// In the virtual clock, a thread that will call back is outside work the loop must wait for.
TEST(Threadsafe, CallSoonThreadsafeFromAnotherThreadRunsOnTheLoopThread) {
  SKIP_WITHOUT_THREADS();
  EventLoop loop;
  std::thread::id loop_thread = std::this_thread::get_id();
  std::thread::id ran_on;
  std::thread worker;
  auto r = loop.run_until_complete([&]() -> Coro<int> {
    auto f = loop.create_future<int>();
    loop.add_external_work();
    worker = std::thread([&loop, f]() mutable {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
      loop.call_soon_threadsafe([&loop, f]() mutable {
        loop.remove_external_work();
        (void)f.set_result(3);
      });
    });
    loop.call_later(5.0, [&] { ran_on = std::this_thread::get_id(); });  // must not fire first
    AIO_TRY(int v, co_await f);
    EXPECT_EQ(loop.time(), 0.0);  // the virtual clock waited instead of jumping to the timer
    co_return v;
  }());
  worker.join();
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, 3);
  EXPECT_EQ(ran_on, std::thread::id());
  (void)loop_thread;
}

// Without outside work announced, an idle virtual loop reports the deadlock at once.
TEST(Threadsafe, VirtualLoopWithNothingToDoReportsADeadlock) {
  EventLoop loop;
  auto r = loop.run_until_complete(loop.create_future<int>());
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(r.error().is(aio::ErrorKind::Runtime));
  EXPECT_NE(r.error().message().find("deadlock"), std::string::npos);
}

aio::Coro<int> add_on_loop(int a, int b, std::thread::id* ran_on) {
  AIO_CHECK(co_await aio::sleep(0));
  *ran_on = std::this_thread::get_id();
  co_return a + b;
}

// The usual shape: a job in an executor thread schedules a coroutine back on the loop and
// blocks on its result (the job counts as outside work, so the virtual clock waits).
TEST(Threadsafe, RunCoroutineThreadsafeFromAnExecutorJob) {
  SKIP_WITHOUT_THREADS();
  EventLoop loop;
  std::thread::id loop_thread = std::this_thread::get_id();
  std::thread::id coro_thread, job_thread;
  auto r = loop.run_until_complete([&]() -> Coro<int> {
    co_return co_await aio::run_in_executor(loop, nullptr, [&]() -> aio::Result<int> {
      job_thread = std::this_thread::get_id();
      auto cf = aio::run_coroutine_threadsafe(add_on_loop(2, 3, &coro_thread), loop);
      return cf.result();
    });
  }());
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, 5);
  EXPECT_EQ(coro_thread, loop_thread);
  EXPECT_NE(job_thread, loop_thread);
}

aio::Coro<int> fails() {
  AIO_CHECK(co_await aio::sleep(0));
  co_return aio::Error("KeyError", "k");
}

TEST(Threadsafe, RunCoroutineThreadsafePassesTheErrorBack) {
  SKIP_WITHOUT_THREADS();
  EventLoop loop;
  auto r = loop.run_until_complete([&]() -> Coro<int> {
    co_return co_await aio::run_in_executor(loop, nullptr, [&]() -> aio::Result<int> {
      return aio::run_coroutine_threadsafe(fails(), loop).result();
    });
  }());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().describe(), "KeyError: k");
}

aio::Coro<int> forever(std::atomic<bool>* started, std::atomic<bool>* cancelled) {
  EventLoop& loop = co_await aio::this_loop();
  *started = true;
  auto never = loop.create_future<int>();
  auto r = co_await never;
  if (!r.ok() && r.error().is_cancelled()) *cancelled = true;
  co_return r;
}

// concurrent.futures.Future.result(timeout) raises TimeoutError; cancel() from the other thread
// cancels the task on the loop (futures._chain_future), and result() then raises CancelledError.
TEST(Threadsafe, ResultTimeoutAndCancelFromTheOtherThread) {
  SKIP_WITHOUT_THREADS();
  EventLoop loop(aio::ClockKind::Real);
  std::atomic<bool> started{false}, cancelled{false};
  std::vector<std::string> log;  // written by the job thread only, read after it ended
  auto r = loop.run_until_complete([&]() -> Coro<void> {
    AIO_CHECK(co_await aio::run_in_executor(loop, nullptr, [&] {
      auto cf = aio::run_coroutine_threadsafe(forever(&started, &cancelled), loop);
      auto t = cf.result(0.01);
      log.push_back(t.ok() ? "value" : t.error().type_name());
      while (!started) std::this_thread::yield();
      log.push_back(cf.cancel() ? "cancel: true" : "cancel: false");
      log.push_back(cf.cancelled() ? "cancelled" : "not cancelled");
      auto c = cf.result();
      log.push_back(c.ok() ? "value" : c.error().type_name());
      log.push_back(cf.cancel() ? "cancel again: true" : "cancel again: false");
    }));
    // The task's cancellation was scheduled thread-safely: let it run.
    for (int i = 0; i < 1000 && !cancelled; ++i) AIO_CHECK(co_await aio::sleep(0.001));
  }());
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(log, (std::vector<std::string>{"TimeoutError", "cancel: true", "cancelled", "CancelledError",
                                            "cancel again: false"}));
  EXPECT_TRUE(cancelled.load());
}

// Cancelled before the loop even created the task. As asyncio (_chain_future's
// _call_check_cancel), the cancel reaches the loop through call_soon_threadsafe, after the
// task's first step: the body starts, then gets CancelledError. Python 3.11:
//   def other():
//       cf = asyncio.run_coroutine_threadsafe(forever(), loop); log.append(cf.cancel())
//   t = threading.Thread(target=other); t.start(); t.join()
//   for i in range(3): await asyncio.sleep(0)
//   # log == [True, 'started', 'cancelled'], and only main is left in all_tasks()
TEST(Threadsafe, CancelBeforeTheTaskExists) {
  SKIP_WITHOUT_THREADS();
  EventLoop loop;
  std::atomic<bool> started{false}, cancelled{false};
  auto r = loop.run_until_complete([&]() -> Coro<size_t> {
    std::thread other([&] {
      auto cf = aio::run_coroutine_threadsafe(forever(&started, &cancelled), loop);
      EXPECT_TRUE(cf.cancel());
      EXPECT_TRUE(cf.cancelled());
    });
    other.join();
    for (int i = 0; i < 3; ++i) AIO_CHECK(co_await aio::sleep(0));
    co_return loop.all_tasks().size();
  }());
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(started.load());
  EXPECT_TRUE(cancelled.load());
  EXPECT_EQ(*r, 1u);
}

TEST(Threadsafe, ConcurrentFutureBasics) {
  aio::ConcurrentFuture<std::string> f;
  EXPECT_FALSE(f.done());
  EXPECT_FALSE(f.wait(0.0));
  EXPECT_EQ(f.result(0.0).error().describe(), "TimeoutError");
  EXPECT_TRUE(f.set(std::string("x")));
  EXPECT_FALSE(f.set(std::string("y")));  // the first outcome stays
  EXPECT_FALSE(f.cancel());  // done: cannot be cancelled
  EXPECT_TRUE(f.done());
  EXPECT_EQ(*f.result(), "x");
  EXPECT_EQ(*f.result(0.0), "x");  // result() can be read again
}

}  // namespace

namespace {

// On the loop's own thread, call_soon_threadsafe is call_soon: same queue, call order.
// Python 3.11:
//   loop.call_soon_threadsafe(lambda: log.append('ts')); loop.call_soon(lambda: log.append('soon'))
//   loop.call_soon_threadsafe(lambda: log.append('ts2')); await asyncio.sleep(0)
//   # log == ['ts', 'soon', 'ts2']
TEST(Threadsafe, OnTheLoopThreadItKeepsCallOrderWithCallSoon) {
  EventLoop loop;
  std::vector<std::string> log;
  auto r = loop.run_until_complete([&]() -> Coro<void> {
    loop.call_soon_threadsafe([&] { log.push_back("ts"); });
    loop.call_soon([&] { log.push_back("soon"); });
    loop.call_soon_threadsafe([&] { log.push_back("ts2"); });
    AIO_CHECK(co_await aio::sleep(0));
  }());
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(log, (std::vector<std::string>{"ts", "soon", "ts2"}));
}

}  // namespace
