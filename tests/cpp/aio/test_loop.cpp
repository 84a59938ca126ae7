// The event loop's ordering rules (asyncio's BaseEventLoop._run_once), each checked against
// CPython 3.11 with the Python program quoted beside the test.
#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

#include "aio/aio.hpp"

namespace {

using aio::Coro;
using aio::EventLoop;
using Log = std::vector<std::string>;

std::string at(double t) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", t);
  return buf;
}

// loop.call_soon(a); loop.call_soon(b); loop.call_soon(c); loop.call_soon(loop.stop)
// loop.run_forever()  # log == ['a', 'b', 'c']
TEST(Loop, ReadyQueueIsFifo) {
  EventLoop loop;
  Log log;
  for (const char* name : {"a", "b", "c", "d", "e"}) loop.call_soon([&log, name] { log.push_back(name); });
  loop.call_soon([&] { loop.stop(); });
  ASSERT_TRUE(loop.run_forever().ok());
  EXPECT_EQ(log, (Log{"a", "b", "c", "d", "e"}));
}

// Each iteration runs only what was ready when it began:
//   def a(): log.append('a'); loop.call_soon(lambda: log.append('a2'))
//   loop.call_soon(a); loop.call_soon(lambda: log.append('b')); loop.call_soon(loop.stop)
//   loop.run_forever()   # log == ['a', 'b']  (a2 waits for the next iteration)
//   loop.call_soon(loop.stop); loop.run_forever()   # log == ['a', 'b', 'a2']
TEST(Loop, AnIterationRunsOnlyWhatWasReadyAtItsStart) {
  EventLoop loop;
  Log log;
  loop.call_soon([&] {
    log.push_back("a");
    loop.call_soon([&] { log.push_back("a2"); });
  });
  loop.call_soon([&] { log.push_back("b"); });
  loop.call_soon([&] { loop.stop(); });
  ASSERT_TRUE(loop.run_forever().ok());
  EXPECT_EQ(log, (Log{"a", "b"}));
  loop.call_soon([&] { loop.stop(); });
  ASSERT_TRUE(loop.run_forever().ok());
  EXPECT_EQ(log, (Log{"a", "b", "a2"}));
}

TEST(Loop, RunOnceIsOneIteration) {
  EventLoop loop;
  Log log;
  loop.call_soon([&] {
    log.push_back("1");
    loop.call_soon([&] {
      log.push_back("2");
      loop.call_soon([&] { log.push_back("3"); });
    });
  });
  ASSERT_TRUE(loop.run_once().ok());
  EXPECT_EQ(log, (Log{"1"}));
  ASSERT_TRUE(loop.run_once().ok());
  EXPECT_EQ(log, (Log{"1", "2"}));
  ASSERT_TRUE(loop.run_once().ok());
  EXPECT_EQ(log, (Log{"1", "2", "3"}));
}

// Timers by deadline, ties in scheduling order; ready callbacks before timers that became due.
//   loop.call_later(2, x); loop.call_later(1, y); loop.call_later(1, z); loop.call_at(loop.time()+1, w)
//   loop.call_later(0, later0); loop.call_soon(soon); loop.call_later(-1, later_neg)
//   # ['soon', 'later-1', 'later0', 'y', 'z', 'w', 'x']
TEST(Loop, TimersRunByDeadlineTiesInSchedulingOrder) {
  EventLoop loop;
  Log log;
  auto note = [&](std::string name) { return [&log, &loop, name] { log.push_back(name + "@" + at(loop.time())); }; };
  loop.call_later(2, note("x"));
  loop.call_later(1, note("y"));
  loop.call_later(1, note("z"));
  loop.call_at(loop.time() + 1, note("w"));
  loop.call_later(0, note("later0"));
  loop.call_soon(note("soon"));
  loop.call_later(-1, note("later-1"));
  loop.call_later(3, [&] { loop.stop(); });
  ASSERT_TRUE(loop.run_forever().ok());
  EXPECT_EQ(log, (Log{"soon@0", "later-1@0", "later0@0", "y@1", "z@1", "w@1", "x@2"}));
}

// A timer's when() and the virtual clock's exact jumps: no wall time passes.
TEST(Loop, VirtualClockJumpsExactlyToTheNextTimer) {
  EventLoop loop;
  std::vector<double> fired;
  auto t1 = loop.call_later(0.1, [&] { fired.push_back(loop.time()); });
  auto t2 = loop.call_at(86400.25, [&] {
    fired.push_back(loop.time());
    loop.stop();
  });
  EXPECT_EQ(t1.when(), 0.1);
  EXPECT_EQ(t2.when(), 86400.25);
  auto start = std::chrono::steady_clock::now();
  ASSERT_TRUE(loop.run_forever().ok());
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(30));
  EXPECT_EQ(fired, (std::vector<double>{0.1, 86400.25}));
  EXPECT_EQ(loop.time_ns(), 86400250000000);
  // A timer scheduled from a callback is relative to the jumped time.
  loop.call_later(0.5, [&] { fired.push_back(loop.time()); loop.stop(); });
  ASSERT_TRUE(loop.run_forever().ok());
  EXPECT_EQ(fired.back(), 86400.75);
}

// Cancelled handles and timers never run; cancel after running is a no-op.
TEST(Loop, CancelledHandlesDoNotRun) {
  EventLoop loop;
  Log log;
  auto h = loop.call_soon([&] { log.push_back("soon"); });
  auto t = loop.call_later(1, [&] { log.push_back("timer"); });
  auto kept = loop.call_later(2, [&] { log.push_back("kept"); });
  h.cancel();
  t.cancel();
  h.cancel();  // idempotent
  EXPECT_TRUE(h.cancelled());
  EXPECT_TRUE(t.cancelled());
  // A callback cancelling a handle scheduled behind it in the same iteration.
  aio::Handle victim;
  loop.call_soon([&] { victim.cancel(); });
  victim = loop.call_soon([&] { log.push_back("victim"); });
  loop.call_later(3, [&] { loop.stop(); });
  ASSERT_TRUE(loop.run_forever().ok());
  EXPECT_EQ(log, (Log{"kept"}));
  kept.cancel();  // after it ran
  EXPECT_EQ(loop.time(), 3.0);
}

// The loop stops after the iteration in which stop() was called; it can run again.
TEST(Loop, StopEndsRunForeverAfterTheCurrentIteration) {
  EventLoop loop;
  Log log;
  loop.call_soon([&] {
    log.push_back("a");
    loop.stop();
  });
  loop.call_soon([&] { log.push_back("b (same iteration)"); });
  loop.call_soon([&] { loop.call_soon([&] { log.push_back("c (next iteration)"); }); });
  ASSERT_TRUE(loop.run_forever().ok());
  EXPECT_EQ(log, (Log{"a", "b (same iteration)"}));
  EXPECT_FALSE(loop.is_running());
  // stop() before run_forever: one iteration runs, then it stops (asyncio does the same).
  loop.stop();
  ASSERT_TRUE(loop.run_forever().ok());
  EXPECT_EQ(log, (Log{"a", "b (same iteration)", "c (next iteration)"}));
}

// run_until_complete stops once the future's done callbacks run; callbacks scheduled in the
// completing iteration (before those) still run, what they schedule does not.
//   async def main(): loop.call_soon(x); return 1        # x: logs, call_soon(y)
//   t = loop.create_task(main()); t.add_done_callback(cb)
//   loop.run_until_complete(t)   # log == ['x', 'cb']; y runs only when the loop runs again
TEST(Loop, RunUntilCompleteStopsAfterTheDoneCallbacksOfThatIteration) {
  EventLoop loop;
  Log log;
  auto body = [&]() -> Coro<int> {  // named: a coroutine lambda must outlive its frame
    loop.call_soon([&] {
      log.push_back("x");
      loop.call_soon([&] { log.push_back("y"); });
    });
    co_return 1;
  };
  auto task = loop.create_task(body());
  task.add_done_callback([&](aio::FutureBase&) { log.push_back("cb"); });
  auto r = loop.run_until_complete(task);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, 1);
  EXPECT_EQ(log, (Log{"x", "cb"}));
  loop.call_soon([&] { loop.stop(); });
  ASSERT_TRUE(loop.run_forever().ok());
  EXPECT_EQ(log, (Log{"x", "cb", "y"}));
}

// loop.call_soon(loop.stop); loop.run_until_complete(fut)
//   -> RuntimeError: Event loop stopped before Future completed.
TEST(Loop, StoppedBeforeTheFutureCompleted) {
  EventLoop loop;
  auto fut = loop.create_future<int>();
  loop.call_soon([&] { loop.stop(); });
  auto r = loop.run_until_complete(fut);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().describe(), "RuntimeError: Event loop stopped before Future completed.");
  // The future can still complete later.
  loop.call_soon([&] { (void)fut.set_result(4); });
  auto again = loop.run_until_complete(fut);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*again, 4);
}

TEST(Loop, RunUntilCompleteOfADoneFutureReturnsAtOnce) {
  EventLoop loop;
  auto fut = loop.create_future<int>();
  ASSERT_TRUE(fut.set_result(8).ok());
  auto r = loop.run_until_complete(fut);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, 8);
}

// The virtual clock cannot wait for nothing: an unreachable future is a deadlock error.
TEST(Loop, DeadlockIsReportedInTheVirtualClock) {
  EventLoop loop;
  auto r = loop.run_until_complete([&]() -> Coro<int> {
    AIO_CHECK(co_await aio::sleep(5));  // timers first: time runs out, then nothing can happen
    auto never = loop.create_future<int>();
    co_return co_await never;
  }());
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(r.error().is(aio::ErrorKind::Runtime));
  EXPECT_NE(r.error().message().find("deadlock"), std::string::npos);
  EXPECT_EQ(loop.time(), 5.0);
  EXPECT_FALSE(loop.is_running());
}

TEST(Loop, RunningStateErrors) {
  EventLoop loop;
  EXPECT_EQ(aio::get_running_loop(), nullptr);
  std::string nested, close_error;
  EventLoop* running = nullptr;
  bool in_callback = false;
  loop.call_soon([&] {
    running = aio::get_running_loop();
    in_callback = loop.in_callback();
    nested = loop.run_forever().error().describe();
    close_error = loop.close().error().describe();
    EventLoop other;
    auto r = other.run_forever();
    if (!r.ok()) nested += " / " + r.error().describe();
    loop.stop();
  });
  ASSERT_TRUE(loop.run_forever().ok());
  EXPECT_EQ(running, &loop);
  EXPECT_TRUE(in_callback);
  EXPECT_FALSE(loop.in_callback());
  EXPECT_EQ(aio::get_running_loop(), nullptr);
  EXPECT_EQ(nested, "RuntimeError: This event loop is already running / "
                    "RuntimeError: Cannot run the event loop while another loop is running");
  EXPECT_EQ(close_error, "RuntimeError: Cannot close a running event loop");
  ASSERT_TRUE(loop.close().ok());
  EXPECT_TRUE(loop.is_closed());
  ASSERT_TRUE(loop.close().ok());  // closing twice is fine
  EXPECT_EQ(loop.run_forever().error().describe(), "RuntimeError: Event loop is closed");
}

// A callback's own error-free work: timers scheduled in the past run in the next iteration,
// after what is already ready (they become due when _run_once collects timers).
TEST(Loop, TimerDueNowRunsAfterAlreadyReadyCallbacks) {
  EventLoop loop;
  Log log;
  loop.call_soon([&] {
    log.push_back("a");
    loop.call_later(0, [&] { log.push_back("timer0"); });
    loop.call_soon([&] { log.push_back("soon from a"); });
  });
  loop.call_soon([&] { log.push_back("b"); });
  loop.call_later(1, [&] { loop.stop(); });
  ASSERT_TRUE(loop.run_forever().ok());
  EXPECT_EQ(log, (Log{"a", "b", "soon from a", "timer0"}));
}

}  // namespace
