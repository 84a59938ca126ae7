// asyncio.wait_for (CPython 3.11's implementation). Expected orders come from python3 runs of
// the Python quoted above each test (times are loop.time() deltas).
#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "aio/sleep.hpp"
#include "aio/wait_for.hpp"

namespace {
using namespace aio;
using Log = std::vector<std::string>;

std::string fmt(double t) {
  char b[32];
  std::snprintf(b, sizeof b, "%.1f", t);
  return b;
}

// async def work(): await asyncio.sleep(1); return 5
// r = await asyncio.wait_for(work(), 2)  -> '5 1.0'
TEST(WaitFor, ReturnsTheResultBeforeTheTimeout) {
  EventLoop loop;
  auto work = []() -> Coro<int> {
    AIO_CHECK(co_await aio::sleep(1));
    co_return 5;
  };
  auto main = [&]() -> Coro<int> { co_return co_await wait_for(work(), 2.0); };
  auto r = loop.run_until_complete(main());
  ASSERT_TRUE(r);
  EXPECT_EQ(*r, 5);
  EXPECT_EQ(loop.time(), 1.0);
}

// work() catches CancelledError, sleeps 0.5 more, re-raises; await asyncio.wait_for(work(), 2)
// -> ['inner cancelled 2.0', 'inner cleanup done 2.5', 'TimeoutError 2.5']
TEST(WaitFor, OnTimeoutCancelsAndWaitsForTheInnerTask) {
  EventLoop loop;
  Log log;
  auto work = [&]() -> Coro<int> {
    EventLoop& lp = co_await this_loop();
    auto r = co_await aio::sleep(10);
    if (!r) {
      log.push_back("inner cancelled " + fmt(lp.time()));
      AIO_CHECK(co_await aio::sleep(0.5));
      log.push_back("inner cleanup done " + fmt(lp.time()));
      co_return r.error();
    }
    co_return 0;
  };
  auto main = [&]() -> Coro<void> {
    EventLoop& lp = co_await this_loop();
    auto r = co_await wait_for(work(), 2.0);
    if (!r && r.error().is(ErrorKind::Timeout)) log.push_back("TimeoutError " + fmt(lp.time()));
  };
  ASSERT_TRUE(loop.run_until_complete(main()));
  EXPECT_EQ(log, (Log{"inner cancelled 2.0", "inner cleanup done 2.5", "TimeoutError 2.5"}));
}

// work() returns "swallowed" on CancelledError: wait_for(work(), 1) -> 'swallowed 1.0'
TEST(WaitFor, AnInnerThatSwallowsTheCancellationGivesItsResult) {
  EventLoop loop;
  auto work = []() -> Coro<std::string> {
    if (auto r = co_await aio::sleep(10); !r) co_return std::string("swallowed");
    co_return std::string("slept");
  };
  auto main = [&]() -> Coro<std::string> { co_return co_await wait_for(work(), 1.0); };
  auto r = loop.run_until_complete(main());
  ASSERT_TRUE(r);
  EXPECT_EQ(*r, "swallowed");
  EXPECT_EQ(loop.time(), 1.0);
}

// work() raises KeyError("k") on CancelledError: wait_for(work(), 1) raises KeyError (bpo-40607)
TEST(WaitFor, AnErrorRaisedWhileCancellingIsKept) {
  EventLoop loop;
  auto work = []() -> Coro<int> {
    if (auto r = co_await aio::sleep(10); !r) co_return Error("KeyError", "k");
    co_return 0;
  };
  auto main = [&]() -> Coro<int> { co_return co_await wait_for(work(), 1.0); };
  auto r = loop.run_until_complete(main());
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().describe(), "KeyError: k");
}

// caller awaits wait_for(work(), 5); work() sleeps 0.5 in its CancelledError handler; after 1s
// caller task is cancelled -> ['inner cancelled 1.0', 'caller cancelled 1.5', 't.cancelled=True']
TEST(WaitFor, CancellingTheCallerCancelsTheInnerAndWaitsForIt) {
  EventLoop loop;
  Log log;
  auto work = [&]() -> Coro<int> {
    EventLoop& lp = co_await this_loop();
    auto r = co_await aio::sleep(10);
    if (!r) {
      log.push_back("inner cancelled " + fmt(lp.time()));
      AIO_CHECK(co_await aio::sleep(0.5));
      co_return r.error();
    }
    co_return 0;
  };
  auto caller = [&]() -> Coro<int> {
    EventLoop& lp = co_await this_loop();
    auto r = co_await wait_for(work(), 5.0);
    if (!r && r.error().is_cancelled()) log.push_back("caller cancelled " + fmt(lp.time()));
    co_return r;
  };
  auto main = [&]() -> Coro<void> {
    EventLoop& lp = co_await this_loop();
    Task<int> t = lp.create_task(caller());
    AIO_CHECK(co_await aio::sleep(1));
    t.cancel();
    auto r = co_await t;
    if (!r) log.push_back(std::string("t.cancelled=") + (t.cancelled() ? "True" : "False"));
  };
  ASSERT_TRUE(loop.run_until_complete(main()));
  EXPECT_EQ(log, (Log{"inner cancelled 1.0", "caller cancelled 1.5", "t.cancelled=True"}));
}

// caller: r = await wait_for(inner(), 10) (inner sleeps 1, returns 5); c.cancel() lands after the
// inner finished but before the caller woke:
// -> ['inner returns', 'main woke', 'c.cancel()', 'caller got 5 cancelling=1', 'caller after sleep0',
//     'c.cancelled=False']   (3.11's wait_for returns the result and swallows the cancellation)
TEST(WaitFor, ACancelArrivingAfterTheInnerFinishedIsSwallowed) {
  EventLoop loop;
  Log log;
  auto inner = [&]() -> Coro<int> {
    AIO_CHECK(co_await aio::sleep(1));
    log.push_back("inner returns");
    co_return 5;
  };
  auto caller = [&]() -> Coro<void> {
    EventLoop& lp = co_await this_loop();
    auto r = co_await wait_for(inner(), 10.0);
    if (!r) {
      log.push_back("caller cancelled");
      co_return;
    }
    log.push_back("caller got " + std::to_string(*r) + " cancelling=" + std::to_string(lp.current_task()->cancelling()));
    if (!co_await aio::sleep(0)) co_return;
    log.push_back("caller after sleep0");
  };
  auto main = [&]() -> Coro<void> {
    EventLoop& lp = co_await this_loop();
    Task<void> c = lp.create_task(caller());
    AIO_CHECK(co_await aio::sleep(0));
    AIO_CHECK(co_await aio::sleep(0));
    AIO_CHECK(co_await aio::sleep(1));
    log.push_back("main woke");
    AIO_CHECK(co_await aio::sleep(0));
    c.cancel();
    log.push_back("c.cancel()");
    AIO_CHECK(co_await c);
    log.push_back(std::string("c.cancelled=") + (c.cancelled() ? "True" : "False"));
  };
  ASSERT_TRUE(loop.run_until_complete(main()));
  EXPECT_EQ(log, (Log{"inner returns", "main woke", "c.cancel()", "caller got 5 cancelling=1", "caller after sleep0",
                      "c.cancelled=False"}));
}

// wait_for(work(), 0) -> TimeoutError without running work;
// t = create_task(work()); await sleep(0); wait_for(t, 0) -> 1 (already done);
// f completed by call_later(1, ...): wait_for(f, None) -> 3
// -> ['TimeoutError', 'work ran', 'done task: 1', 'none: 3']
TEST(WaitFor, ZeroAndNoTimeout) {
  EventLoop loop;
  Log log;
  auto work = [&]() -> Coro<int> {
    log.push_back("work ran");
    co_return 1;
  };
  auto main = [&]() -> Coro<void> {
    EventLoop& lp = co_await this_loop();
    auto r = co_await wait_for(work(), 0.0);
    if (!r && r.error().is(ErrorKind::Timeout)) log.push_back("TimeoutError");
    Task<int> t = lp.create_task(work());
    AIO_CHECK(co_await aio::sleep(0));
    AIO_TRY(int v, co_await wait_for(t, 0.0));
    log.push_back("done task: " + std::to_string(v));
    Future<int> f = lp.create_future<int>();
    lp.call_later(1, [f]() mutable { (void)f.set_result(3); });
    AIO_TRY(int n, co_await wait_for(f, std::nullopt));
    log.push_back("none: " + std::to_string(n));
  };
  ASSERT_TRUE(loop.run_until_complete(main()));
  EXPECT_EQ(log, (Log{"TimeoutError", "work ran", "done task: 1", "none: 3"}));
}

// call_later(1, lambda: loop.create_task(ticker()))  (registered before wait_for's timer)
// await asyncio.wait_for(work(), 1)   (work() logs "inner sees cancel" and re-raises)
// -> ['tick0', 'tick1', 'inner sees cancel', 'tick2', 'tick3', 'TimeoutError', 'tick4']
TEST(WaitFor, IterationsBetweenTimeoutAndTimeoutError) {
  EventLoop loop;
  Log log;
  auto work = [&]() -> Coro<void> {
    auto r = co_await aio::sleep(10);
    if (!r) log.push_back("inner sees cancel");
    if (!r) co_await raise(r.error());
  };
  auto ticker = [&]() -> Coro<void> {
    for (int i = 0; i < 6; ++i) {
      log.push_back("tick" + std::to_string(i));
      AIO_CHECK(co_await aio::sleep(0));
    }
  };
  auto main = [&]() -> Coro<void> {
    EventLoop& lp = co_await this_loop();
    lp.call_later(1, [&lp, &ticker] { lp.create_task(ticker()); });
    auto r = co_await wait_for(work(), 1.0);
    if (!r && r.error().is(ErrorKind::Timeout)) log.push_back("TimeoutError");
  };
  ASSERT_TRUE(loop.run_until_complete(main()));
  EXPECT_EQ(log, (Log{"tick0", "tick1", "inner sees cancel", "tick2", "tick3", "TimeoutError", "tick4"}));
}

TEST(WaitFor, VoidAndTheTimerIsCancelledOnSuccess) {
  EventLoop loop;
  RecordingSink sink;
  loop.set_trace_sink(&sink);
  auto work = []() -> Coro<void> { AIO_CHECK(co_await aio::sleep(1)); };
  auto main = [&]() -> Coro<void> { AIO_CHECK(co_await wait_for(work(), 60.0)); };
  ASSERT_TRUE(loop.run_until_complete(main()));
  EXPECT_EQ(loop.time(), 1.0);  // the 60 s timer does not hold the loop
  int cancelled = 0;
  for (const TraceEvent& e : sink.events()) cancelled += e.kind == EventKind::TimerCancelled;
  EXPECT_EQ(cancelled, 1);
}

}  // namespace
