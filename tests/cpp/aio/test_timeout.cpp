// asyncio.timeout / timeout_at (timeouts.py, CPython 3.11). Expected orders come from python3
// runs of the Python quoted above each test (times are loop.time() deltas).
#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "aio/sleep.hpp"
#include "aio/timeout.hpp"

namespace {
using namespace aio;
using Log = std::vector<std::string>;

std::string fmt(double t) {
  char b[32];
  std::snprintf(b, sizeof b, "%.1f", t);
  return b;
}
std::string yes(bool b) { return b ? "True" : "False"; }

Coro<void> nap(double d) { AIO_CHECK(co_await aio::sleep(d)); }

// cm = asyncio.timeout(1); repr(cm)
// async with cm: repr(cm); await asyncio.sleep(10)
// except TimeoutError: ... expired, repr, current_task().cancelling()
// async with asyncio.timeout(5) as cm2: await asyncio.sleep(1)
// -> ['<Timeout [created]>', '<Timeout [active] when=1>',
//     'TimeoutError 1.0 expired=True <Timeout [expired]> cancelling=0',
//     'no expiry: expired=False <Timeout [finished]> 2.0']
TEST(Timeout, ExpiryBecomesTimeoutError) {
  EventLoop loop;
  Log log;
  auto main = [&]() -> Coro<void> {
    EventLoop& lp = co_await this_loop();
    Timeout cm = timeout(1.0);
    log.push_back(cm.repr());
    AIO_CHECK(cm.enter());
    log.push_back(cm.repr());
    Result<void> body = co_await aio::sleep(10);
    Result<void> r = cm.exit(std::move(body));
    if (!r && r.error().is(ErrorKind::Timeout)) {
      log.push_back("TimeoutError " + fmt(lp.time()) + " expired=" + yes(cm.expired()) + " " + cm.repr() +
                    " cancelling=" + std::to_string(lp.current_task()->cancelling()));
    }
    Timeout cm2 = timeout(5.0);
    AIO_CHECK(co_await cm2.run(nap(1)));
    log.push_back("no expiry: expired=" + yes(cm2.expired()) + " " + cm2.repr() + " " + fmt(lp.time()));
  };
  ASSERT_TRUE(loop.run_until_complete(main()));
  EXPECT_EQ(log, (Log{"<Timeout [created]>", "<Timeout [active] when=1.0>",
                      "TimeoutError 1.0 expired=True <Timeout [expired]> cancelling=0",
                      "no expiry: expired=False <Timeout [finished]> 2.0"}));
}

// async with timeout(1) as outer:
//     async with timeout(5) as inner: await sleep(10)      # CancelledError passes inner
// -> 'inner passes CancelledError inner.expired=False', 'outer TimeoutError 1.0 outer.expired=True'
// async with timeout(5) as outer:
//     try: async with timeout(1) as inner: await sleep(10)
//     except TimeoutError: ...
// -> 'inner TimeoutError 2.0', 'outer.expired=False'
TEST(Timeout, NestedScopesConvertOnlyTheirOwnExpiry) {
  EventLoop loop;
  Log log;
  auto main = [&]() -> Coro<void> {
    EventLoop& lp = co_await this_loop();
    Timeout outer = timeout(1.0), inner = timeout(5.0);
    auto inner_body = [&]() -> Coro<void> {
      auto r = co_await inner.run(nap(10));
      if (!r && r.error().is_cancelled()) log.push_back("inner passes CancelledError inner.expired=" + yes(inner.expired()));
      if (!r) co_await raise(r.error());
    };
    auto r = co_await outer.run(inner_body());
    if (!r && r.error().is(ErrorKind::Timeout)) {
      log.push_back("outer TimeoutError " + fmt(lp.time()) + " outer.expired=" + yes(outer.expired()));
    }

    Timeout outer2 = timeout(5.0), inner2 = timeout(1.0);
    AIO_CHECK(outer2.enter());
    auto r2 = co_await inner2.run(nap(10));
    if (!r2 && r2.error().is(ErrorKind::Timeout)) log.push_back("inner TimeoutError " + fmt(lp.time()));
    AIO_CHECK(outer2.exit(Result<void>()));
    log.push_back("outer.expired=" + yes(outer2.expired()));
  };
  ASSERT_TRUE(loop.run_until_complete(main()));
  EXPECT_EQ(log, (Log{"inner passes CancelledError inner.expired=False", "outer TimeoutError 1.0 outer.expired=True",
                      "inner TimeoutError 2.0", "outer.expired=False"}));
}

// async with timeout(1) as outer:
//     async with timeout(1) as inner: await sleep(10)   # both fire in the same iteration
// -> ['inner: CancelledError expired=True cancelling=1', 'outer: TimeoutError expired=True cancelling=0']
TEST(Timeout, SameDeadlineOnlyTheOutermostConverts) {
  EventLoop loop;
  Log log;
  auto main = [&]() -> Coro<void> {
    EventLoop& lp = co_await this_loop();
    Timeout outer = timeout(1.0), inner = timeout(1.0);
    AIO_CHECK(outer.enter());
    AIO_CHECK(inner.enter());
    Result<void> r = inner.exit(co_await aio::sleep(10));
    if (!r && r.error().is_cancelled()) {
      log.push_back("inner: CancelledError expired=" + yes(inner.expired()) +
                    " cancelling=" + std::to_string(lp.current_task()->cancelling()));
    }
    r = outer.exit(std::move(r));
    if (!r && r.error().is(ErrorKind::Timeout)) {
      log.push_back("outer: TimeoutError expired=" + yes(outer.expired()) +
                    " cancelling=" + std::to_string(lp.current_task()->cancelling()));
    }
  };
  ASSERT_TRUE(loop.run_until_complete(main()));
  EXPECT_EQ(log, (Log{"inner: CancelledError expired=True cancelling=1", "outer: TimeoutError expired=True cancelling=0"}));
}

// body(delay): async with timeout(delay) as cm: await sleep(10)  (logs CancelledError / TimeoutError)
// t = create_task(body(5)); sleep(1); t.cancel()               -> 'CancelledError expired=False'
// t = create_task(body(1)); call_later(1, t.cancel) (same iteration as the expiry)
//                                                              -> 'CancelledError expired=True'
TEST(Timeout, AnOutsideCancelIsNeverConverted) {
  EventLoop loop;
  Log log;
  auto body = [&](double delay) -> Coro<void> {
    Timeout cm = timeout(delay);
    auto r = co_await cm.run(nap(10));
    if (!r && r.error().is_cancelled()) log.push_back("CancelledError expired=" + yes(cm.expired()));
    if (!r && r.error().is(ErrorKind::Timeout)) log.push_back("TimeoutError");
    if (!r) co_await raise(r.error());
  };
  auto main = [&]() -> Coro<void> {
    EventLoop& lp = co_await this_loop();
    Task<void> t = lp.create_task(body(5));
    AIO_CHECK(co_await aio::sleep(1));
    t.cancel();
    if (!co_await t) log.push_back("t cancelled");
    Task<void> t2 = lp.create_task(body(1));
    lp.call_later(1, [t2]() mutable { t2.cancel(); });
    if (!co_await t2) log.push_back("t cancelled");
  };
  ASSERT_TRUE(loop.run_until_complete(main()));
  EXPECT_EQ(log, (Log{"CancelledError expired=False", "t cancelled", "CancelledError expired=True", "t cancelled"}));
}

// cm = timeout(None); cm.reschedule(1) -> RuntimeError('Timeout has not been entered')
// async with cm: when() is None; reschedule(now+2); sleep(1); reschedule(now+3); sleep(10)
//   -> TimeoutError 4.0;  cm.reschedule(1) -> "Cannot change state of expired Timeout";
// async with cm -> 'Timeout has already been entered'
// async with timeout(1) as cm: cm.reschedule(None); sleep(2) -> 'disabled 6.0 expired=False';
//   reschedule after -> "Cannot change state of finished Timeout"
// async with timeout(10) as cm: cm.reschedule(now - 5); … sleep(0) -> TimeoutError 6.0
// async with timeout_at(now + 0.5): sleep(1) -> 'timeout_at 6.5'
TEST(Timeout, RescheduleWhenAndTimeoutAt) {
  EventLoop loop;
  Log log;
  auto main = [&]() -> Coro<void> {
    EventLoop& lp = co_await this_loop();
    Timeout cm = timeout(std::nullopt);
    if (auto e = cm.reschedule(1.0); !e) log.push_back(e.error().describe());
    AIO_CHECK(cm.enter());
    log.push_back(cm.when() ? "when=" + fmt(*cm.when()) : "when=None");
    AIO_CHECK(cm.reschedule(lp.time() + 2));
    Result<void> body = co_await aio::sleep(1);
    if (body) {
      AIO_CHECK(cm.reschedule(lp.time() + 3));
      body = co_await aio::sleep(10);
    }
    if (auto r = cm.exit(std::move(body)); !r && r.error().is(ErrorKind::Timeout)) {
      log.push_back("TimeoutError " + fmt(lp.time()));
    }
    if (auto e = cm.reschedule(1.0); !e) log.push_back(e.error().describe());
    if (auto e = cm.enter(); !e) log.push_back(e.error().describe());

    Timeout cm2 = timeout(1.0);
    AIO_CHECK(cm2.enter());
    AIO_CHECK(cm2.reschedule(std::nullopt));
    AIO_CHECK(cm2.exit(co_await aio::sleep(2)));
    log.push_back("disabled " + fmt(lp.time()) + " expired=" + yes(cm2.expired()));
    if (auto e = cm2.reschedule(1.0); !e) log.push_back(e.error().describe());

    Timeout cm3 = timeout(10.0);
    AIO_CHECK(cm3.enter());
    AIO_CHECK(cm3.reschedule(lp.time() - 5));
    log.push_back("past deadline: still running");
    body = co_await aio::sleep(0);
    if (body) {
      log.push_back("not reached");
      body = co_await aio::sleep(0);
    }
    if (auto r = cm3.exit(std::move(body)); !r && r.error().is(ErrorKind::Timeout)) {
      log.push_back("past deadline TimeoutError " + fmt(lp.time()));
    }

    auto r = co_await timeout_at(lp.time() + 0.5).run(nap(1));
    if (!r && r.error().is(ErrorKind::Timeout)) log.push_back("timeout_at " + fmt(lp.time()));
  };
  ASSERT_TRUE(loop.run_until_complete(main()));
  EXPECT_EQ(log, (Log{"RuntimeError: Timeout has not been entered", "when=None", "TimeoutError 4.0",
                      "RuntimeError: Cannot change state of expired Timeout",
                      "RuntimeError: Timeout has already been entered", "disabled 6.0 expired=False",
                      "RuntimeError: Cannot change state of finished Timeout", "past deadline: still running",
                      "past deadline TimeoutError 6.0", "timeout_at 6.5"}));
}

// async with timeout(1) as cm:
//     try: await sleep(10)
//     except CancelledError: log.append("caught")
// -> ['caught', 'after 1.0 expired=True cancelling=0']   (exit still uncancels)
TEST(Timeout, ASwallowedCancellationIsStillUncancelled) {
  EventLoop loop;
  Log log;
  auto main = [&]() -> Coro<void> {
    EventLoop& lp = co_await this_loop();
    Timeout cm = timeout(1.0);
    AIO_CHECK(cm.enter());
    if (!co_await aio::sleep(10)) log.push_back("caught");
    AIO_CHECK(cm.exit(Result<void>()));
    log.push_back("after " + fmt(lp.time()) + " expired=" + yes(cm.expired()) +
                  " cancelling=" + std::to_string(lp.current_task()->cancelling()));
  };
  ASSERT_TRUE(loop.run_until_complete(main()));
  EXPECT_EQ(log, (Log{"caught", "after 1.0 expired=True cancelling=0"}));
}

// loop.create_task(ticker()); async with timeout(0): "body"; sleep(0); "after sleep0"; …
// -> ['body', 'tick0', 'TimeoutError', 'tick1']   (a past deadline fires via call_soon)
TEST(Timeout, ZeroDelayFiresOnTheNextIteration) {
  EventLoop loop;
  Log log;
  auto ticker = [&]() -> Coro<void> {
    for (int i = 0; i < 3; ++i) {
      log.push_back("tick" + std::to_string(i));
      AIO_CHECK(co_await aio::sleep(0));
    }
  };
  auto body = [&]() -> Coro<void> {
    log.push_back("body");
    AIO_CHECK(co_await aio::sleep(0));
    log.push_back("after sleep0");
    AIO_CHECK(co_await aio::sleep(0));
    log.push_back("not reached");
  };
  auto main = [&]() -> Coro<void> {
    EventLoop& lp = co_await this_loop();
    lp.create_task(ticker());
    auto r = co_await timeout(0.0).run(body());
    if (!r && r.error().is(ErrorKind::Timeout)) log.push_back("TimeoutError");
  };
  ASSERT_TRUE(loop.run_until_complete(main()));
  EXPECT_EQ(log, (Log{"body", "tick0", "TimeoutError", "tick1"}));
}

TEST(Timeout, RunOfATemporaryScopeCanBeAwaitedLater) {
  EventLoop loop;
  auto main = [&]() -> Coro<bool> {
    Coro<void> scoped = timeout(1.0).run(nap(10));  // the Timeout temporary is gone here
    auto r = co_await std::move(scoped);
    co_return !r && r.error().is(ErrorKind::Timeout);
  };
  auto r = loop.run_until_complete(main());
  ASSERT_TRUE(r);
  EXPECT_TRUE(*r);
  EXPECT_EQ(loop.time(), 1.0);
}

TEST(Timeout, EnterOutsideATaskFails) {
  EventLoop loop;
  Timeout cm = timeout(loop, 1.0);
  EXPECT_EQ(*cm.when(), 1.0);
  auto r = cm.enter();
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().describe(), "RuntimeError: Timeout should be used inside a task");
}

TEST(Timeout, TheTimerIsCancelledOnExitAndTheLoopDoesNotWaitForIt) {
  EventLoop loop;
  RecordingSink sink;
  loop.set_trace_sink(&sink);
  auto main = [&]() -> Coro<void> { AIO_CHECK(co_await timeout(100.0).run(nap(1))); };
  ASSERT_TRUE(loop.run_until_complete(main()));
  EXPECT_EQ(loop.time(), 1.0);
  int cancelled = 0;
  for (const TraceEvent& e : sink.events()) cancelled += e.kind == EventKind::TimerCancelled;
  EXPECT_EQ(cancelled, 1);
}

}  // namespace
