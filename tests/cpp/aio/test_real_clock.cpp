// The real clock: time passes for real, the loop sleeps until its next timer, and another
// thread's call_soon_threadsafe wakes it. Only lower bounds on durations (no flaky upper ones).
#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "aio/aio.hpp"

namespace {

using aio::Coro;
using aio::EventLoop;
using std::chrono::milliseconds;
using std::chrono::steady_clock;

TEST(RealClock, SleepTakesAtLeastItsDelay) {
  EventLoop loop(aio::ClockKind::Real);
  auto start = steady_clock::now();
  double t0 = loop.time();
  auto r = loop.run_until_complete([&]() -> Coro<double> {
    AIO_CHECK(co_await aio::sleep(0.05));
    co_return loop.time();
  }());
  ASSERT_TRUE(r.ok());
  EXPECT_GE(steady_clock::now() - start, milliseconds(50));
  EXPECT_GE(*r - t0, 0.05);
}

// Timers by deadline in the real clock too; call_soon work first.
TEST(RealClock, TimersFireInDeadlineOrder) {
  EventLoop loop(aio::ClockKind::Real);
  std::vector<std::string> log;
  auto r = loop.run_until_complete([&]() -> Coro<void> {
    loop.call_later(0.03, [&] { log.push_back("30ms"); });
    loop.call_later(0.01, [&] { log.push_back("10ms"); });
    loop.call_soon([&] { log.push_back("soon"); });
    AIO_CHECK(co_await aio::sleep(0.05));
  }());
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(log, (std::vector<std::string>{"soon", "10ms", "30ms"}));
}

// The loop has nothing ready and no timer: it blocks until the other thread's callback.
TEST(RealClock, CallSoonThreadsafeWakesABlockedLoop) {
  if (!AIO_HAS_THREADS) GTEST_SKIP() << "no threads in the single-threaded wasm build";
  EventLoop loop(aio::ClockKind::Real);
  aio::RecordingSink sink;
  loop.set_trace_sink(&sink);
  auto f = loop.create_future<int>();
  auto start = steady_clock::now();
  std::thread other([&loop, f]() mutable {
    std::this_thread::sleep_for(milliseconds(30));
    loop.call_soon_threadsafe([f]() mutable { (void)f.set_result(9); });
  });
  auto r = loop.run_until_complete(f);
  other.join();
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, 9);
  EXPECT_GE(steady_clock::now() - start, milliseconds(30));
  bool blocked = false, woken = false;
  for (const auto& e : sink.events()) {
    if (e.kind == aio::EventKind::LoopBlocked) blocked = true;
    if (e.kind == aio::EventKind::LoopWoken && blocked) woken = true;
  }
  EXPECT_TRUE(blocked);
  EXPECT_TRUE(woken);
}

// A far timer does not delay a thread-safe wake-up: the loop waits for "timer or wake-up".
TEST(RealClock, WakeUpArrivesBeforeAFarTimer) {
  if (!AIO_HAS_THREADS) GTEST_SKIP() << "no threads in the single-threaded wasm build";
  EventLoop loop(aio::ClockKind::Real);
  std::vector<std::string> log;
  auto f = loop.create_future<void>();
  auto timer = loop.call_later(3600, [&] { log.push_back("timer"); });
  std::thread other([&loop, f]() mutable {
    std::this_thread::sleep_for(milliseconds(10));
    loop.call_soon_threadsafe([f]() mutable { (void)f.set_result(); });
  });
  auto r = loop.run_until_complete(f);
  other.join();
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(log.empty());
  timer.cancel();
}

// Job events in the real clock carry the worker's own instants: started ≤ finished, and the job
// took at least its sleep.
TEST(RealClock, JobEventsCarryTheWorkersTimes) {
  if (!AIO_HAS_THREADS) GTEST_SKIP() << "no threads in the single-threaded wasm build";
  EventLoop loop(aio::ClockKind::Real);
  aio::RecordingSink sink;
  loop.set_trace_sink(&sink);
  int64_t before = loop.time_ns();
  auto r = loop.run_until_complete([&]() -> Coro<int> {
    co_return co_await aio::run_in_executor(loop, nullptr, [] {
      std::this_thread::sleep_for(milliseconds(20));
      return 4;
    });
  }());
  int64_t after = loop.time_ns();
  ASSERT_TRUE(r.ok());
  int64_t queued = 0, started = 0, finished = 0;
  for (const auto& e : sink.events()) {
    if (e.kind == aio::EventKind::JobQueued) queued = e.time_ns;
    if (e.kind == aio::EventKind::JobStarted) started = e.time_ns;
    if (e.kind == aio::EventKind::JobFinished) finished = e.time_ns;
  }
  EXPECT_LE(before, queued);
  EXPECT_LE(queued, started);
  EXPECT_GE(finished - started, 20'000'000);
  EXPECT_LE(finished, after);
}

}  // namespace
