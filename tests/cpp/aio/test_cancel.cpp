// Cancellation as asyncio 3.11 does it: a request delivered at the next await, the message,
// swallowing, cancel before start, the chain through awaited tasks, cancelling()/uncancel(),
// cancel right before return. Each order checked against CPython 3.11 (quoted beside).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "aio/aio.hpp"

namespace {

using aio::Coro;
using aio::EventLoop;
using Log = std::vector<std::string>;

std::string outcome(const aio::Result<void>& r) { return r.ok() ? "ok" : r.error().describe(); }

// A task that is ready to run (not waiting on a future) gets CancelledError at the await it
// resumes from:
//   async def victim(): log('v1'); await sleep(0); log('v2 (never)')
//   t = create_task(victim()); await sleep(0); t.cancel()     # ['v1', 'v got CancelledError']
TEST(Cancel, DeliveredAtTheNextAwait) {
  EventLoop loop;
  Log log;
  auto victim = [&]() -> Coro<void> {
    log.push_back("v1");
    auto r = co_await aio::sleep(0);
    log.push_back("v got " + outcome(r));
    if (!r.ok()) co_await aio::raise(r.error());
    log.push_back("v2 (never)");
  };
  auto main = [&]() -> Coro<void> {
    auto t = loop.create_task(victim());
    AIO_CHECK(co_await aio::sleep(0));  // victim ran to its sleep(0) and is ready again
    EXPECT_TRUE(t.cancel());
    EXPECT_TRUE(t.state()->fut_waiter() == nullptr);  // no future to cancel: must_cancel
    auto r = co_await t;
    log.push_back("main got " + (r.ok() ? std::string("ok") : r.error().describe()));
    EXPECT_TRUE(t.cancelled());
  };
  ASSERT_TRUE(loop.run_until_complete(main()).ok());
  EXPECT_EQ(log, (Log{"v1", "v got CancelledError", "main got CancelledError"}));
}

// t = create_task(sleep(10)); await sleep(0); t.cancel('why')
// await t -> CancelledError('why'); t.cancelling() == 1
TEST(Cancel, MessageArrives) {
  EventLoop loop;
  std::string seen_inside;
  auto sleeper = [&]() -> Coro<void> {
    auto r = co_await aio::sleep(10);
    seen_inside = r.error().describe();
    co_await aio::raise(r.error());
  };
  auto main = [&]() -> Coro<std::string> {
    auto t = loop.create_task(sleeper());
    AIO_CHECK(co_await aio::sleep(0));
    t.cancel("why");
    auto r = co_await t;
    EXPECT_EQ(t.cancelling(), 1);
    co_return r.error().describe();
  };
  auto r = loop.run_until_complete(main());
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, "CancelledError: why");
  EXPECT_EQ(seen_inside, "CancelledError: why");
  EXPECT_EQ(loop.time(), 0.0);  // the sleep's timer was cancelled with it: time never jumped to 10
}

// A task that swallows the CancelledError continues and completes with its value:
//   async def s():
//       try: await asyncio.sleep(10)
//       except asyncio.CancelledError: pass
//       return 7
//   t.cancel() -> True; await t -> 7; t.cancelled() -> False; t.cancelling() -> 1
TEST(Cancel, SwallowedCancellationCompletesWithTheValue) {
  EventLoop loop;
  auto swallower = []() -> Coro<int> {
    (void)co_await aio::sleep(10);  // the error is dropped
    AIO_CHECK(co_await aio::sleep(1));
    co_return 7;
  };
  auto main = [&]() -> Coro<int> {
    auto t = loop.create_task(swallower());
    AIO_CHECK(co_await aio::sleep(0));
    EXPECT_TRUE(t.cancel());
    AIO_TRY(int v, co_await t);
    EXPECT_FALSE(t.cancelled());
    EXPECT_EQ(t.cancelling(), 1);  // 3.11: only uncancel() lowers it
    co_return v;
  };
  auto r = loop.run_until_complete(main());
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, 7);
  EXPECT_EQ(loop.time(), 1.0);
}

// Cancelled before its first step: the body never runs (CPython throws into an unstarted
// coroutine, which raises at once).
TEST(Cancel, BeforeStartTheBodyNeverRuns) {
  EventLoop loop;
  bool ran = false;
  auto body = [&]() -> Coro<int> {
    ran = true;
    co_return 1;
  };
  auto t = loop.create_task(body());
  EXPECT_TRUE(t.cancel("early"));
  auto r = loop.run_until_complete(t);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().describe(), "CancelledError: early");
  EXPECT_FALSE(ran);
  EXPECT_TRUE(t.cancelled());
  EXPECT_TRUE(loop.all_tasks().empty());
}

// Cancelling a task that awaits another task cancels that one (its fut_waiter); the parent
// then wakes with the child's CancelledError:
//   parent: c = create_task(child()); await c      child: await sleep(10)
//   p.cancel()   # log: ['child CancelledError', 'parent CancelledError']
TEST(Cancel, PropagatesDownTheChainOfAwaitedTasks) {
  EventLoop loop;
  Log log;
  aio::Task<void> child_task;
  auto child = [&]() -> Coro<void> {
    auto r = co_await aio::sleep(10);
    log.push_back("child " + outcome(r));
    AIO_CHECK(std::move(r));
  };
  auto parent = [&]() -> Coro<void> {
    child_task = loop.create_task(child());
    auto r = co_await child_task;
    log.push_back("parent " + outcome(r));
    AIO_CHECK(std::move(r));
  };
  auto main = [&]() -> Coro<void> {
    auto p = loop.create_task(parent());
    AIO_CHECK(co_await aio::sleep(0));
    AIO_CHECK(co_await aio::sleep(0));  // parent awaits child, child sleeps
    EXPECT_TRUE(p.cancel("stop"));
    EXPECT_EQ(child_task.cancelling(), 1);  // the request went down to the child
    (void)co_await p;
    EXPECT_TRUE(p.cancelled());
    EXPECT_TRUE(child_task.cancelled());
  };
  ASSERT_TRUE(loop.run_until_complete(main()).ok());
  EXPECT_EQ(log, (Log{"child CancelledError: stop", "parent CancelledError: stop"}));
}

// If the awaited child swallows the cancellation, the parent is not cancelled either: it
// gets the child's value (its request was handed to the child).
//   child: try: await sleep(10) except CancelledError: return 5
//   p.cancel(); await p -> 5, p.cancelled() False, p.cancelling() 1
TEST(Cancel, ChildThatSwallowsGivesTheParentItsValue) {
  EventLoop loop;
  Log log;
  auto child = [&]() -> Coro<int> {
    auto r = co_await aio::sleep(10);
    if (!r.ok()) log.push_back("child swallowed");
    co_return 5;
  };
  auto parent = [&]() -> Coro<int> {
    auto c = loop.create_task(child());
    AIO_TRY(int v, co_await c);
    log.push_back("parent got " + std::to_string(v));
    co_return v;
  };
  auto main = [&]() -> Coro<int> {
    auto p = loop.create_task(parent());
    AIO_CHECK(co_await aio::sleep(0));
    AIO_CHECK(co_await aio::sleep(0));
    p.cancel();
    AIO_TRY(int v, co_await p);
    EXPECT_FALSE(p.cancelled());
    EXPECT_EQ(p.cancelling(), 1);
    co_return v;
  };
  auto r = loop.run_until_complete(main());
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, 5);
  EXPECT_EQ(log, (Log{"child swallowed", "parent got 5"}));
}

// t.cancel() -> True, t.cancel() -> True, t.cancelling() -> 2, uncancel() -> 1, 0, 0;
// once done: t.cancel() -> False and cancelling() unchanged.
TEST(Cancel, CancellingAndUncancelCount) {
  EventLoop loop;
  auto main = [&]() -> Coro<void> {
    auto sleeper = []() -> Coro<void> { AIO_CHECK(co_await aio::sleep(10)); };
    auto t = loop.create_task(sleeper());
    AIO_CHECK(co_await aio::sleep(0));
    EXPECT_EQ(t.cancelling(), 0);
    EXPECT_TRUE(t.cancel());
    EXPECT_TRUE(t.cancel());
    EXPECT_EQ(t.cancelling(), 2);
    EXPECT_EQ(t.uncancel(), 1);
    EXPECT_EQ(t.uncancel(), 0);
    EXPECT_EQ(t.uncancel(), 0);
    (void)co_await t;
    EXPECT_TRUE(t.cancelled());
    EXPECT_FALSE(t.cancel());
    EXPECT_EQ(t.cancelling(), 0);
  };
  ASSERT_TRUE(loop.run_until_complete(main()).ok());
}

// A task that requests its own cancellation and then returns ends cancelled (__step's
// must_cancel check when the coroutine stops):
//   async def a(): asyncio.current_task().cancel('bye'); return 5
//   await t -> CancelledError('bye'); t.cancelled() -> True
TEST(Cancel, CancelRightBeforeReturnEndsCancelled) {
  EventLoop loop;
  auto self_cancel = [&]() -> Coro<int> {
    EXPECT_TRUE(aio::current_task()->request_cancel("bye"));
    co_return 5;
  };
  auto t = loop.create_task(self_cancel());
  auto r = loop.run_until_complete(t);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().describe(), "CancelledError: bye");
  EXPECT_TRUE(t.cancelled());
}

// The future a task waits on is already done but the task has not woken yet: cancel() sees a
// done future (fut_waiter.cancel() is False), so the task gets CancelledError instead of the
// result:
//   f.set_result(1); t.cancel() -> True   # the task logs 'cancelled', never ('got', 1)
TEST(Cancel, CancelAfterTheAwaitedFutureCompletedButBeforeTheWakeUp) {
  EventLoop loop;
  Log log;
  auto f = loop.create_future<int>();
  auto waiter = [&]() -> Coro<void> {
    auto r = co_await f;
    log.push_back(r.ok() ? "got " + std::to_string(*r) : r.error().describe());
  };
  auto t = loop.create_task(waiter());
  ASSERT_TRUE(loop.run_once().ok());
  ASSERT_TRUE(f.set_result(1).ok());
  EXPECT_TRUE(t.cancel());
  ASSERT_TRUE(loop.run_until_complete(t).ok());  // the waiter swallowed it and returned
  EXPECT_EQ(log, (Log{"CancelledError"}));
}

// A second cancel() while the first is on its way keeps the first CancelledError (__step keeps
// a CancelledError the awaited future gives); a done future's other outcome is replaced:
//   t.cancel('a'); t.cancel('b')                    # inside and outside: ('a',)
//   f.set_exception(ValueError('v')); t2.cancel('c') # t2 sees ('c',)
TEST(Cancel, SecondCancelKeepsTheFirstMessage) {
  EventLoop loop;
  Log log;
  auto f = loop.create_future<int>();
  auto sleeper = [&]() -> Coro<void> {
    auto r = co_await aio::sleep(10);
    log.push_back("inside " + outcome(r));
    AIO_CHECK(std::move(r));
  };
  auto waiter = [&]() -> Coro<void> {
    auto r = co_await f;
    log.push_back("w " + (r.ok() ? std::string("ok") : r.error().describe()));
  };
  auto main = [&]() -> Coro<void> {
    auto t = loop.create_task(sleeper());
    AIO_CHECK(co_await aio::sleep(0));
    EXPECT_TRUE(t.cancel("a"));
    EXPECT_TRUE(t.cancel("b"));
    auto r = co_await t;
    log.push_back("outer " + outcome(r));
    auto t2 = loop.create_task(waiter());
    AIO_CHECK(co_await aio::sleep(0));
    (void)f.set_exception(aio::Error("ValueError", "v"));
    EXPECT_TRUE(t2.cancel("c"));
    (void)co_await t2;
  };
  ASSERT_TRUE(loop.run_until_complete(main()).ok());
  EXPECT_EQ(log, (Log{"inside CancelledError: a", "outer CancelledError: a", "w CancelledError: c"}));
}

// A coroutine that raises CancelledError by itself (no cancel() call) ends its task cancelled.
TEST(Cancel, RaisingCancelledErrorCancelsTheTask) {
  EventLoop loop;
  auto raiser = []() -> Coro<int> { co_return aio::Error::cancelled("self"); };
  auto t = loop.create_task(raiser());
  auto r = loop.run_until_complete(t);
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(t.cancelled());
  EXPECT_EQ(r.error().describe(), "CancelledError: self");
}

// The cancellation travels up through nested coroutines of one task.
TEST(Cancel, ThroughNestedCoroutines) {
  EventLoop loop;
  Log log;
  struct Nested {
    static Coro<int> level(Log* log, int n) {
      if (n == 0) {
        AIO_CHECK(co_await aio::sleep(100));
        co_return 0;
      }
      auto r = co_await level(log, n - 1);
      log->push_back("level " + std::to_string(n) + " " + (r.ok() ? "ok" : r.error().describe()));
      co_return r;
    }
  };
  auto t = loop.create_task(Nested::level(&log, 3));
  ASSERT_TRUE(loop.run_once().ok());
  t.cancel("deep");
  auto r = loop.run_until_complete(t);
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(t.cancelled());
  EXPECT_EQ(log, (Log{"level 1 CancelledError: deep", "level 2 CancelledError: deep", "level 3 CancelledError: deep"}));
  EXPECT_EQ(loop.time(), 0.0);
}

// Cancelling a plain future that a task awaits wakes the task with CancelledError; the task
// may go on (it is not itself cancelled: cancelling() stays 0).
TEST(Cancel, CancellingTheAwaitedFutureWakesTheTask) {
  EventLoop loop;
  auto f = loop.create_future<int>();
  auto waiter = [&]() -> Coro<std::string> {
    auto r = co_await f;
    co_return r.error().describe();
  };
  auto t = loop.create_task(waiter());
  ASSERT_TRUE(loop.run_once().ok());
  f.cancel("fut");
  auto r = loop.run_until_complete(t);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, "CancelledError: fut");
  EXPECT_EQ(t.cancelling(), 0);
  EXPECT_FALSE(t.cancelled());
}

// A cancel request while the task is running (it cancels itself) and then awaits a future:
// the future is cancelled as soon as the task suspends on it.
TEST(Cancel, RequestWhileRunningCancelsTheNextAwaitedFuture) {
  EventLoop loop;
  auto f = loop.create_future<int>();
  auto body = [&]() -> Coro<std::string> {
    aio::current_task()->request_cancel("now");
    auto r = co_await f;
    co_return r.error().describe();
  };
  auto t = loop.create_task(body());
  auto r = loop.run_until_complete(t);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, "CancelledError: now");
  EXPECT_TRUE(f.cancelled());
}

}  // namespace
