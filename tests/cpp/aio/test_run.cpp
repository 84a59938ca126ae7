// aio::run = asyncio.run: a fresh loop, main to completion, leftover tasks cancelled and run
// until they finish (runners._cancel_all_tasks), the default executor shut down, the loop
// closed.
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

std::vector<std::string> g_log;
double g_t0 = 0;

double now() { return aio::get_running_loop()->time() - g_t0; }

std::string at(double t) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", t);
  return buf;
}

Coro<void> bg(std::string name) {
  g_log.push_back(name + " start");
  auto r = co_await aio::sleep(10);
  if (!r.ok()) {
    g_log.push_back(name + " cancelled at " + at(now()));
    co_await aio::raise(r.error());
  }
}

Coro<int> stubborn() {
  auto r = co_await aio::sleep(10);
  if (!r.ok()) g_log.push_back("stubborn swallows");
  AIO_CHECK(co_await aio::sleep(1));
  g_log.push_back("stubborn done at " + at(now()));
  co_return 5;
}

Coro<void> late() {
  g_log.push_back("late ran");
  co_return;
}

Coro<int> main_leaving_tasks() {
  g_t0 = aio::get_running_loop()->time();
  aio::create_task(bg("a"));
  aio::create_task(stubborn());
  aio::create_task(bg("b"));
  AIO_CHECK(co_await aio::sleep(0));
  aio::create_task(late());  // its first step is already scheduled: it runs before the loop stops
  g_log.push_back("main returns");
  co_return 1;
}

// Python 3.11 (the same program with asyncio.run) prints
//   1 ['a start', 'b start', 'main returns', 'late ran', 'a cancelled at 0',
//      'stubborn swallows', 'b cancelled at 0', 'stubborn done at 1']
TEST(Run, CancelsLeftoverTasksAndRunsThemToTheEnd) {
  g_log.clear();
  auto r = aio::run(main_leaving_tasks());
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, 1);
  EXPECT_EQ(g_log, (std::vector<std::string>{"a start", "b start", "main returns", "late ran", "a cancelled at 0",
                                             "stubborn swallows", "b cancelled at 0", "stubborn done at 1"}));
}

Coro<double> sleepy() {
  AIO_CHECK(co_await aio::sleep(3600));
  co_return aio::get_running_loop()->time();
}

TEST(Run, UsesTheVirtualClockByDefault) {
  auto start = std::chrono::steady_clock::now();
  auto r = aio::run(sleepy());
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, 3600.0);  // an hour of loop time, exact
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(60));
}

Coro<int> raises() {
  AIO_CHECK(co_await aio::sleep(1));
  co_return aio::Error("ValueError", "bad");
}

TEST(Run, GivesMainsError) {
  auto r = aio::run(raises());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().describe(), "ValueError: bad");
}

TEST(Run, CannotBeCalledFromARunningLoop) {
  // asyncio: RuntimeError: asyncio.run() cannot be called from a running event loop
  EventLoop loop;
  std::string message;
  auto r = loop.run_until_complete([&]() -> Coro<void> {
    auto inner = aio::run(sleepy());
    if (!inner.ok()) message = inner.error().describe();
    co_return;
  }());
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(message, "RuntimeError: asyncio.run() cannot be called from a running event loop");
}

Coro<void> cleanup_fails() {
  auto r = co_await aio::sleep(10);
  if (!r.ok()) co_await aio::raise(aio::Error("ValueError", "in cleanup"));
}

Coro<int> main_with_failing_leftover() {
  aio::create_task(cleanup_fails(), "bad");
  AIO_CHECK(co_await aio::sleep(0));
  co_return 2;
}

// asyncio hands such errors to call_exception_handler ("unhandled exception during
// asyncio.run() shutdown") and still returns main's result.
TEST(Run, ReportsLeftoverTasksThatFailWhileCancelled) {
  std::vector<std::string> reported;
  aio::RunOptions options;
  options.on_shutdown_error = [&](aio::TaskCore& task, const aio::Error& e) {
    reported.push_back(task.get_name() + ": " + e.describe());
  };
  auto r = aio::run(main_with_failing_leftover(), options);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, 2);
  EXPECT_EQ(reported, (std::vector<std::string>{"bad: ValueError: in cleanup"}));
}

Coro<void> waits_forever() {
  EventLoop& loop = co_await aio::this_loop();
  auto never = loop.create_future<int>();
  auto r = co_await never;
  g_log.push_back(r.ok() ? "waiter woke" : "waiter " + r.error().describe() + " at " + at(loop.time()));
  if (!r.ok()) co_await aio::raise(r.error());
}

Coro<int> deadlocked() {
  EventLoop& loop = co_await aio::this_loop();
  aio::create_task(waits_forever());
  AIO_CHECK(co_await aio::sleep(2));
  auto never = loop.create_future<int>();
  co_return co_await never;
}

// A deadlock ends run() with the RuntimeError, after the leftovers (main included) were
// cancelled and finished.
TEST(Run, DeadlockIsAnErrorAndLeftoversAreStillCancelled) {
  g_log.clear();
  g_t0 = 0;
  auto r = aio::run(deadlocked());
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(r.error().is(aio::ErrorKind::Runtime));
  EXPECT_NE(r.error().message().find("deadlock"), std::string::npos);
  EXPECT_EQ(g_log, (std::vector<std::string>{"waiter CancelledError at 2"}));
}

Coro<int> main_with_background_job(std::atomic<int>* done) {
  EventLoop& loop = co_await aio::this_loop();
  (void)aio::run_in_executor(loop, nullptr, [done] {
    std::this_thread::sleep_for(std::chrono::milliseconds(30));
    ++*done;
  });
  co_return 0;
}

// Python: asyncio.run(main) where main starts loop.run_in_executor(None, slow) without awaiting
// it: run() returns only after the default executor finished the job.
TEST(Run, ShutsTheDefaultExecutorDownAndWaitsForItsJobs) {
  if (!AIO_HAS_THREADS) GTEST_SKIP() << "no threads in the single-threaded wasm build";
  std::atomic<int> done{0};
  auto r = aio::run(main_with_background_job(&done));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(done.load(), 1);
}

Coro<int> traced() {
  AIO_CHECK(co_await aio::sleep(0.5));
  co_return 1;
}

TEST(Run, OptionsPickTheClockTheSinkAndSetUpTheLoop) {
  aio::RecordingSink sink;
  aio::RunOptions options;
  options.trace = &sink;
  options.clock = aio::ClockKind::Real;
  EventLoop* seen = nullptr;
  options.setup = [&](EventLoop& loop) {
    seen = &loop;
    EXPECT_FALSE(loop.clock().is_virtual());
    EXPECT_FALSE(loop.is_running());
  };
  auto start = std::chrono::steady_clock::now();
  auto r = aio::run(traced(), options);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(seen, nullptr);
  EXPECT_GE(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(500));
  ASSERT_FALSE(sink.events().empty());
  EXPECT_EQ(sink.events().front().kind, aio::EventKind::TaskCreated);
  EXPECT_EQ(sink.events().back().kind, aio::EventKind::TaskDone);
}

// cancel_all_tasks on its own: every pending task gets one cancel request; the loop runs until
// all are done (Python: runners._cancel_all_tasks).
TEST(Run, CancelAllTasksOnALoop) {
  EventLoop loop;
  g_log.clear();
  g_t0 = 0;
  auto a = loop.create_task(bg("x"));
  auto b = loop.create_task(stubborn());
  ASSERT_TRUE(loop.run_until_complete(traced()).ok());  // both start and sleep
  EXPECT_EQ(loop.all_tasks().size(), 2u);
  ASSERT_TRUE(aio::cancel_all_tasks(loop).ok());
  EXPECT_TRUE(a.cancelled());
  ASSERT_TRUE(b.done());
  EXPECT_EQ(*b.result(), 5);  // swallowed the cancellation and finished
  EXPECT_TRUE(loop.all_tasks().empty());
  EXPECT_EQ(loop.time(), 1.5);
  EXPECT_EQ(g_log, (std::vector<std::string>{"x start", "x cancelled at 0.5", "stubborn swallows", "stubborn done at 1.5"}));
  EXPECT_TRUE(aio::cancel_all_tasks(loop).ok());  // nothing left: a no-op
}

}  // namespace
