// asyncio.gather. Expected orders come from CPython 3.11 runs of the Python quoted above each
// test (python3; times are loop.time() deltas rounded to 0.1).
#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <tuple>
#include <variant>
#include <vector>

#include "aio/gather.hpp"
#include "aio/sleep.hpp"

namespace {
using namespace aio;
using Log = std::vector<std::string>;

std::string fmt(double t) {
  char b[32];
  std::snprintf(b, sizeof b, "%g", t);
  return b;
}

template <class T, class... C>
std::vector<T> vec(C&&... c) {
  std::vector<T> v;
  (v.push_back(std::forward<C>(c)), ...);
  return v;
}

// async def child(): log.append("child done"); return 1
// async def ticker():
//     for i in range(4): log.append(f"tick{i}"); await asyncio.sleep(0)
// t = asyncio.create_task(ticker()); r = await asyncio.gather(child())
// log.append(f"gathered {r}")
// -> ['tick0', 'child done', 'tick1', 'tick2', 'gathered [1]', 'tick3']
TEST(Gather, OuterCompletesThroughChildDoneCallbacks) {
  EventLoop loop;
  Log log;
  auto child = [&]() -> Coro<int> {
    log.push_back("child done");
    co_return 1;
  };
  auto ticker = [&]() -> Coro<void> {
    for (int i = 0; i < 4; ++i) {
      log.push_back("tick" + std::to_string(i));
      AIO_CHECK(co_await aio::sleep(0));
    }
  };
  auto main = [&]() -> Coro<void> {
    EventLoop& lp = co_await this_loop();
    Task<void> t = lp.create_task(ticker());
    AIO_TRY(std::vector<int> r, co_await gather(vec<Coro<int>>(child())));
    log.push_back("gathered [" + std::to_string(r.at(0)) + "]");
    AIO_CHECK(co_await t);
  };
  ASSERT_TRUE(loop.run_until_complete(main()));
  EXPECT_EQ(log, (Log{"tick0", "child done", "tick1", "tick2", "gathered [1]", "tick3"}));
}

TEST(Gather, ResultsInArgumentOrderNotCompletionOrder) {
  EventLoop loop;
  auto after = [](double d, int v) -> Coro<int> {
    AIO_CHECK(co_await aio::sleep(d));
    co_return v;
  };
  auto main = [&]() -> Coro<std::vector<int>> {
    co_return co_await gather(vec<Coro<int>>(after(3, 1), after(1, 2), after(2, 3)));
  };
  auto r = loop.run_until_complete(main());
  ASSERT_TRUE(r);
  EXPECT_EQ(*r, (std::vector<int>{1, 2, 3}));
  EXPECT_EQ(loop.time(), 3.0);
}

// a: sleep 1 then return; b: sleep 0.5 then raise ValueError("b"); g = gather(a(), b())
// -> ['a start', 'b start', 'b raise', "main got ValueError('b') 0.5", 'a end',
//     'g done=True cancelled=False cancel()=False']
TEST(Gather, FirstErrorPropagatesWhileOthersKeepRunning) {
  EventLoop loop;
  Log log;
  auto a = [&]() -> Coro<int> {
    log.push_back("a start");
    AIO_CHECK(co_await aio::sleep(1));
    log.push_back("a end");
    co_return 1;
  };
  auto b = [&]() -> Coro<int> {
    log.push_back("b start");
    AIO_CHECK(co_await aio::sleep(0.5));
    log.push_back("b raise");
    co_return Error("ValueError", "b");
  };
  auto main = [&]() -> Coro<void> {
    EventLoop& lp = co_await this_loop();
    Future<std::tuple<int, int>> g = gather(a(), b());
    auto r = co_await g;
    if (!r) log.push_back("main got " + r.error().describe() + " " + fmt(lp.time()));
    AIO_CHECK(co_await aio::sleep(5));
    bool cancelled = g.cancel();
    log.push_back(std::string("g done=") + (g.done() ? "True" : "False") +
                  " cancelled=" + (g.cancelled() ? "True" : "False") + " cancel()=" + (cancelled ? "True" : "False"));
  };
  ASSERT_TRUE(loop.run_until_complete(main()));
  EXPECT_EQ(log, (Log{"a start", "b start", "b raise", "main got ValueError: b 0.5", "a end",
                      "g done=True cancelled=False cancel()=False"}));
}

// t = create_task(sleep 10); call_later(0.5, t.cancel, "stop")
// r = await gather(ok(1, 2), bad(1), t, ok(4, 0), return_exceptions=True)
// -> [1, ValueError('bad'), CancelledError(''), 4]   (a task's _cancel_message is None)
TEST(Gather, ReturnExceptionsListsErrorsInPlace) {
  EventLoop loop;
  auto ok = [](int v, double d) -> Coro<int> {
    AIO_CHECK(co_await aio::sleep(d));
    co_return v;
  };
  auto bad = [](double d) -> Coro<int> {
    AIO_CHECK(co_await aio::sleep(d));
    co_return Error("ValueError", "bad");
  };
  auto sleeper = []() -> Coro<int> {
    AIO_CHECK(co_await aio::sleep(10));
    co_return 0;
  };
  using R = std::tuple<Result<int>, Result<int>, Result<int>, Result<int>>;
  auto main = [&]() -> Coro<R> {
    EventLoop& lp = co_await this_loop();
    Task<int> t = lp.create_task(sleeper());
    lp.call_later(0.5, [t]() mutable { t.cancel("stop"); });
    co_return co_await gather(return_exceptions, ok(1, 2), bad(1), t, ok(4, 0));
  };
  auto r = loop.run_until_complete(main());
  ASSERT_TRUE(r);
  EXPECT_EQ(std::get<0>(*r).value(), 1);
  EXPECT_EQ(std::get<1>(*r).error().describe(), "ValueError: bad");
  EXPECT_TRUE(std::get<2>(*r).error().is_cancelled());
  EXPECT_EQ(std::get<2>(*r).error().message(), "");
  EXPECT_EQ(std::get<3>(*r).value(), 4);
  EXPECT_EQ(loop.time(), 2.0);
}

TEST(Gather, ReturnExceptionsKeepsAPlainFuturesCancelMessage) {
  EventLoop loop;
  auto main = [&]() -> Coro<std::vector<Result<int>>> {
    EventLoop& lp = co_await this_loop();
    Future<int> f = lp.create_future<int>();
    lp.call_later(1, [f]() mutable { f.cancel("why"); });
    co_return co_await gather(return_exceptions, vec<Future<int>>(f));
  };
  auto r = loop.run_until_complete(main());
  ASSERT_TRUE(r);
  EXPECT_EQ((*r)[0].error().describe(), "CancelledError: why");
}

// g = gather(child(0), child(1)); waiter task awaits g; after 1s: g.cancel('bye')
// -> ['cancel -> True', "child0 cancelled ('bye',)", "child1 cancelled ('bye',)",
//     "waiter got CancelledError ('bye',)", 'g done=True cancelled=False']
TEST(Gather, CancellingTheOuterFutureCancelsChildren) {
  EventLoop loop;
  Log log;
  auto child = [&](int i) -> Coro<void> {
    auto r = co_await aio::sleep(10);
    if (!r) {
      log.push_back("child" + std::to_string(i) + " cancelled " + r.error().message());
      co_await raise(r.error());
    }
  };
  auto main = [&]() -> Coro<void> {
    EventLoop& lp = co_await this_loop();
    auto g = gather(child(0), child(1));
    auto waiter = [&log](Future<std::tuple<std::monostate, std::monostate>> g) -> Coro<void> {
      auto r = co_await g;
      if (!r && r.error().is_cancelled()) log.push_back("waiter got CancelledError " + r.error().message());
    };
    Task<void> w = lp.create_task(waiter(g));
    AIO_CHECK(co_await aio::sleep(1));
    log.push_back(std::string("cancel -> ") + (g.cancel("bye") ? "True" : "False"));
    AIO_CHECK(co_await w);
    log.push_back(std::string("g done=") + (g.done() ? "True" : "False") + " cancelled=" + (g.cancelled() ? "True" : "False"));
  };
  ASSERT_TRUE(loop.run_until_complete(main()));
  EXPECT_EQ(log, (Log{"cancel -> True", "child0 cancelled bye", "child1 cancelled bye", "waiter got CancelledError bye",
                      "g done=True cancelled=False"}));
}

// waiter awaits gather(child(0), child(1)); after 1s: w.cancel()
// -> ['child0 cancelled', 'child1 cancelled', 'waiter cancelled', 'w.cancelled()=True']
TEST(Gather, CancellingTheAwaitingTaskCancelsChildren) {
  EventLoop loop;
  Log log;
  auto child = [&](int i) -> Coro<void> {
    auto r = co_await aio::sleep(10);
    if (!r) log.push_back("child" + std::to_string(i) + " cancelled");
    if (!r) co_await raise(r.error());
  };
  auto waiter = [&]() -> Coro<void> {
    auto r = co_await gather(child(0), child(1));
    if (!r) log.push_back("waiter cancelled");
    if (!r) co_await raise(r.error());
  };
  auto main = [&]() -> Coro<void> {
    EventLoop& lp = co_await this_loop();
    Task<void> w = lp.create_task(waiter());
    AIO_CHECK(co_await aio::sleep(1));
    w.cancel();
    auto r = co_await w;
    if (!r) log.push_back(std::string("w.cancelled()=") + (w.cancelled() ? "True" : "False"));
  };
  ASSERT_TRUE(loop.run_until_complete(main()));
  EXPECT_EQ(log, (Log{"child0 cancelled", "child1 cancelled", "waiter cancelled", "w.cancelled()=True"}));
  EXPECT_EQ(loop.time(), 1.0);
}

// v = create_task(victim()); g = gather(slow(), v); call_later(1, v.cancel, "m")
// -> ["got CancelledError ('m',) g.cancelled=False", 'slow end']
TEST(Gather, ACancelledChildFailsTheGatherWithCancelledError) {
  EventLoop loop;
  Log log;
  auto slow = [&]() -> Coro<int> {
    AIO_CHECK(co_await aio::sleep(2));
    log.push_back("slow end");
    co_return 2;
  };
  auto victim = []() -> Coro<int> {
    AIO_CHECK(co_await aio::sleep(10));
    co_return 0;
  };
  auto main = [&]() -> Coro<void> {
    EventLoop& lp = co_await this_loop();
    Task<int> v = lp.create_task(victim());
    auto g = gather(slow(), v);
    lp.call_later(1, [v]() mutable { v.cancel("m"); });
    auto r = co_await g;
    if (!r && r.error().is_cancelled()) {
      log.push_back("got CancelledError " + r.error().message() + " g.cancelled=" + (g.cancelled() ? "True" : "False") +
                    " t=" + fmt(lp.time()));
    }
    AIO_CHECK(co_await aio::sleep(3));
  };
  ASSERT_TRUE(loop.run_until_complete(main()));
  EXPECT_EQ(log, (Log{"got CancelledError m g.cancelled=False t=1", "slow end"}));
}

// g = gather(child(), child(), return_exceptions=True); call_later(1, g.cancel)
// -> ['CancelledError g.cancelled=False']   (bpo-32684: propagated despite return_exceptions)
TEST(Gather, OuterCancelPropagatesEvenWithReturnExceptions) {
  EventLoop loop;
  auto child = []() -> Coro<void> { AIO_CHECK(co_await aio::sleep(10)); };
  auto main = [&]() -> Coro<bool> {
    EventLoop& lp = co_await this_loop();
    auto g = gather(return_exceptions, vec<Coro<void>>(child(), child()));
    lp.call_later(1, [g]() mutable { g.cancel(); });
    auto r = co_await g;
    co_return !r && r.error().is_cancelled() && !g.cancelled();
  };
  auto r = loop.run_until_complete(main());
  ASSERT_TRUE(r);
  EXPECT_TRUE(*r);
}

// child() swallows its CancelledError and returns; last() re-raises CancelledError("last msg");
// g = gather(child(), last()); call_later(1, g.cancel, "outer msg")
// -> ["CancelledError ('last msg',)"]   (the *last* child's CancelledError is raised)
TEST(Gather, OuterCancelRaisesTheLastChildsCancelledError) {
  EventLoop loop;
  auto child = []() -> Coro<std::string> {
    if (auto r = co_await aio::sleep(10); !r) co_return std::string("swallowed");
    co_return std::string("slept");
  };
  auto last = []() -> Coro<std::string> {
    if (auto r = co_await aio::sleep(10); !r) co_return Error::cancelled("last msg");
    co_return std::string("slept");
  };
  auto main = [&]() -> Coro<std::string> {
    EventLoop& lp = co_await this_loop();
    auto g = gather(child(), last());
    lp.call_later(1, [g]() mutable { g.cancel("outer msg"); });
    auto r = co_await g;
    if (r) co_return std::string("result");
    co_return r.error().describe();
  };
  auto r = loop.run_until_complete(main());
  ASSERT_TRUE(r);
  EXPECT_EQ(*r, "CancelledError: last msg");
}

// fut done with -1; t = create_task(child(9)); r = await gather(child(0), fut, t, child(1), t)
// -> ['start9', 'start0', 'start1', '[0, -1, 9, 1, 9]'];  await gather() -> []
TEST(Gather, MixedArgumentsRepeatsAndEmpty) {
  EventLoop loop;
  Log log;
  auto child = [&](int i) -> Coro<int> {
    log.push_back("start" + std::to_string(i));
    co_return i;
  };
  auto main = [&]() -> Coro<void> {
    EventLoop& lp = co_await this_loop();
    Future<int> fut = lp.create_future<int>();
    (void)fut.set_result(-1);
    Task<int> t = lp.create_task(child(9));
    AIO_TRY(auto r, co_await gather(child(0), fut, t, child(1), t));
    auto [a, b, c, d, e] = r;
    log.push_back(std::to_string(a) + "," + std::to_string(b) + "," + std::to_string(c) + "," + std::to_string(d) +
                  "," + std::to_string(e));
    AIO_TRY(auto empty, co_await gather(std::vector<Task<int>>{}));
    log.push_back("empty " + std::to_string(empty.size()));
  };
  ASSERT_TRUE(loop.run_until_complete(main()));
  EXPECT_EQ(log, (Log{"start9", "start0", "start1", "0,-1,9,1,9", "empty 0"}));
}

TEST(Gather, RepeatedFutureIsCountedOnce) {
  EventLoop loop;
  auto main = [&]() -> Coro<std::vector<int>> {
    EventLoop& lp = co_await this_loop();
    Future<int> f = lp.create_future<int>();
    lp.call_later(1, [f]() mutable { (void)f.set_result(7); });
    // Counted twice, the outer would wait for a second completion that never comes.
    co_return co_await gather(vec<Future<int>>(f, f));
  };
  auto r = loop.run_until_complete(main());
  ASSERT_TRUE(r);
  EXPECT_EQ(*r, (std::vector<int>{7, 7}));
}

TEST(Gather, VoidChildrenAndReturnExceptionsTuple) {
  EventLoop loop;
  auto nothing = []() -> Coro<void> { AIO_CHECK(co_await aio::sleep(1)); };
  auto fail = []() -> Coro<int> { co_return Error("KeyError", "k"); };
  auto main = [&]() -> Coro<void> {
    AIO_TRY(std::vector<std::monostate> v, co_await gather(vec<Coro<void>>(nothing(), nothing())));
    EXPECT_EQ(v.size(), 2u);
    AIO_TRY(auto t, co_await gather(return_exceptions, nothing(), fail()));
    EXPECT_TRUE(std::get<0>(t).ok());
    EXPECT_EQ(std::get<1>(t).error().describe(), "KeyError: k");
  };
  ASSERT_TRUE(loop.run_until_complete(main()));
  EXPECT_EQ(loop.time(), 2.0);
}

TEST(Gather, CancelReturnsFalseOnceChildrenAreDone) {
  EventLoop loop;
  auto quick = []() -> Coro<int> { co_return 1; };
  auto main = [&]() -> Coro<void> {
    auto g = gather(vec<Coro<int>>(quick()));
    AIO_CHECK(co_await aio::sleep(0));  // the child ran; its done callback is pending
    EXPECT_FALSE(g.done());
    EXPECT_FALSE(g.cancel());  // no child could be cancelled: the outer is not marked
    AIO_TRY(auto r, co_await g);
    EXPECT_EQ(r, std::vector<int>{1});
  };
  ASSERT_TRUE(loop.run_until_complete(main()));
}

TEST(Gather, TheWaitingTaskShowsGatherOnTheTimeline) {
  EventLoop loop;
  RecordingSink sink;
  loop.set_trace_sink(&sink);
  auto child = []() -> Coro<void> { AIO_CHECK(co_await aio::sleep(1)); };
  auto main = [&]() -> Coro<void> { AIO_CHECK(co_await gather(child())); };
  ASSERT_TRUE(loop.run_until_complete(main()));
  int gathers = 0;
  for (const TraceEvent& e : sink.events()) {
    if (e.kind == EventKind::TaskSuspended && e.wait == WaitKind::Gather) ++gathers;
  }
  EXPECT_EQ(gathers, 1);
}

}  // namespace
