// asyncio.wait. Expected orders come from CPython 3.11 runs of the Python quoted above each
// test (python3; sets printed sorted, times are loop.time() deltas).
#include <gtest/gtest.h>

#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "aio/sleep.hpp"
#include "aio/wait.hpp"

namespace {
using namespace aio;
using Log = std::vector<std::string>;

std::string fmt(double t) {
  char b[32];
  std::snprintf(b, sizeof b, "%.1f", t);
  return b;
}

Coro<int> sleeper(double d, int v = 0, bool fail = false) {
  AIO_CHECK(co_await aio::sleep(d));
  if (fail) co_return Error("ValueError", "");
  co_return v;
}

// Built outside the coroutine: g++ 12 rejects a braced list inside a co_await expression
// ("array used as initializer").
template <class... T>
std::vector<Task<int>> vec(T... t) {
  return {t...};
}

// Names of tasks in a done/pending vector, in order ("[a, c]").
std::string names(const std::vector<Task<int>>& ts, const std::map<uint64_t, std::string>& m) {
  std::string s = "[";
  for (size_t i = 0; i < ts.size(); ++i) s += (i ? ", " : "") + m.at(ts[i].id());
  return s + "]";
}

// a, b, c = tasks sleeping 2, 1, 3
// done, pending = await asyncio.wait([a, b, c], return_when=FIRST_COMPLETED)  -> ['b'] ['a', 'c'] 1.0
// done, pending = await asyncio.wait(pending)                                -> ['a', 'c'] [] 3.0
TEST(Wait, FirstCompletedThenAllCompleted) {
  EventLoop loop;
  Log log;
  auto main = [&]() -> Coro<void> {
    EventLoop& lp = co_await this_loop();
    Task<int> a = lp.create_task(sleeper(2)), b = lp.create_task(sleeper(1)), c = lp.create_task(sleeper(3));
    std::map<uint64_t, std::string> m;
    m[a.id()] = "a"; m[b.id()] = "b"; m[c.id()] = "c";
    AIO_TRY(auto r1, co_await wait(vec(a, b, c), std::nullopt, FIRST_COMPLETED));
    log.push_back(names(r1.done, m) + " " + names(r1.pending, m) + " " + fmt(lp.time()));
    AIO_TRY(auto r2, co_await wait(r1.pending));
    log.push_back(names(r2.done, m) + " " + names(r2.pending, m) + " " + fmt(lp.time()));
  };
  ASSERT_TRUE(loop.run_until_complete(main()));
  EXPECT_EQ(log, (Log{"[b] [a, c] 1.0", "[a, c] [] 3.0"}));
}

// a sleeps 1, b raises ValueError at 2, c sleeps 3: wait(FIRST_EXCEPTION) -> ['a', 'b'] ['c'] 2.0
// c.cancel(); d sleeps 1; wait([c, d], FIRST_EXCEPTION)
//   -> cancelled is no exception: ['c', 'd'] [] 3.0
TEST(Wait, FirstExceptionIgnoresCancellation) {
  EventLoop loop;
  Log log;
  auto main = [&]() -> Coro<void> {
    EventLoop& lp = co_await this_loop();
    Task<int> a = lp.create_task(sleeper(1)), b = lp.create_task(sleeper(2, 0, true)), c = lp.create_task(sleeper(3));
    std::map<uint64_t, std::string> m;
    m[a.id()] = "a"; m[b.id()] = "b"; m[c.id()] = "c";
    AIO_TRY(auto r1, co_await wait(vec(a, b, c), std::nullopt, FIRST_EXCEPTION));
    log.push_back(names(r1.done, m) + " " + names(r1.pending, m) + " " + fmt(lp.time()));
    c.cancel();
    Task<int> d = lp.create_task(sleeper(1));
    m[d.id()] = "d";
    AIO_TRY(auto r2, co_await wait(vec(c, d), std::nullopt, FIRST_EXCEPTION));
    log.push_back("cancelled is no exception: " + names(r2.done, m) + " " + names(r2.pending, m) + " " + fmt(lp.time()));
  };
  ASSERT_TRUE(loop.run_until_complete(main()));
  EXPECT_EQ(log, (Log{"[a, b] [c] 2.0", "cancelled is no exception: [c, d] [] 3.0"}));
}

// a sleeps 1, b sleeps 5: wait([a, b], timeout=2) -> ['a'] ['b'] 2.0 b.cancelled=False
// await b -> 'b finished 5.0';  await asyncio.wait([]) -> ValueError('Set of Tasks/Futures is empty.')
TEST(Wait, TimeoutReturnsPendingWithoutCancelling) {
  EventLoop loop;
  Log log;
  auto main = [&]() -> Coro<void> {
    EventLoop& lp = co_await this_loop();
    Task<int> a = lp.create_task(sleeper(1)), b = lp.create_task(sleeper(5));
    std::map<uint64_t, std::string> m;
    m[a.id()] = "a"; m[b.id()] = "b";
    AIO_TRY(auto r, co_await wait(vec(a, b), 2.0));
    log.push_back(names(r.done, m) + " " + names(r.pending, m) + " " + fmt(lp.time()) +
                  " b.cancelled=" + (b.cancelled() ? "True" : "False"));
    AIO_CHECK(co_await b);
    log.push_back("b finished " + fmt(lp.time()));
    auto e = co_await wait(std::vector<Task<int>>());
    log.push_back(e ? "no error" : e.error().describe());
  };
  ASSERT_TRUE(loop.run_until_complete(main()));
  EXPECT_EQ(log, (Log{"[a] [b] 2.0 b.cancelled=False", "b finished 5.0", "ValueError: Set of Tasks/Futures is empty."}));
}

// t = create_task(ticker()); c = create_task(child()); await asyncio.wait([c]); log.append("waited")
// -> ['tick0', 'child done', 'tick1', 'tick2', 'waited', 'tick3']  (done callback, then waiter)
TEST(Wait, WakesThroughTheDoneCallbackAndTheWaiter) {
  EventLoop loop;
  Log log;
  auto child = [&]() -> Coro<int> {
    log.push_back("child done");
    co_return 0;
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
    Task<int> c = lp.create_task(child());
    AIO_CHECK(co_await wait(vec(c)));
    log.push_back("waited");
    AIO_CHECK(co_await t);
  };
  ASSERT_TRUE(loop.run_until_complete(main()));
  EXPECT_EQ(log, (Log{"tick0", "child done", "tick1", "tick2", "waited", "tick3"}));
}

// a sleeps 5; task wt awaits asyncio.wait([a]); after 1s wt.cancel()
// -> ['wait cancelled', 'a.cancelled=False a.done=False', 'a finished']
TEST(Wait, CancellingTheWaiterLeavesTheFuturesAlone) {
  EventLoop loop;
  Log log;
  auto main = [&]() -> Coro<void> {
    EventLoop& lp = co_await this_loop();
    Task<int> a = lp.create_task(sleeper(5));
    auto w = [&log](Task<int> a) -> Coro<void> {
      auto r = co_await wait(vec(a));
      if (!r) log.push_back("wait cancelled");
      if (!r) co_await raise(r.error());
    };
    Task<void> wt = lp.create_task(w(a));
    AIO_CHECK(co_await aio::sleep(1));
    wt.cancel();
    AIO_CHECK(co_await aio::sleep(0));
    AIO_CHECK(co_await aio::sleep(0));
    log.push_back(std::string("a.cancelled=") + (a.cancelled() ? "True" : "False") + " a.done=" + (a.done() ? "True" : "False"));
    AIO_CHECK(co_await a);
    log.push_back("a finished");
    EXPECT_EQ(lp.time(), 5.0);
  };
  ASSERT_TRUE(loop.run_until_complete(main()));
  EXPECT_EQ(log, (Log{"wait cancelled", "a.cancelled=False a.done=False", "a finished"}));
}

TEST(Wait, RepeatedFuturesAndMixedTypes) {
  EventLoop loop;
  auto main = [&]() -> Coro<void> {
    EventLoop& lp = co_await this_loop();
    Task<int> a = lp.create_task(sleeper(1));
    Future<void> f = lp.create_future<void>();
    AIO_TRY(auto r1, co_await wait(vec(a, a, a)));
    EXPECT_EQ(r1.done.size(), 1u);  // set(fs): once
    EXPECT_TRUE(r1.pending.empty());
    lp.call_later(1, [f]() mutable { (void)f.set_result(); });
    std::vector<std::shared_ptr<FutureBase>> mixed{a.base(), f.base()};
    AIO_TRY(auto r2, co_await wait(mixed, 5.0));
    EXPECT_EQ(r2.done.size(), 2u);
    EXPECT_EQ(lp.time(), 2.0);
  };
  ASSERT_TRUE(loop.run_until_complete(main()));
}

TEST(Wait, TheTimerIsCancelledWhenWaitReturnsEarly) {
  EventLoop loop;
  RecordingSink sink;
  loop.set_trace_sink(&sink);
  auto main = [&]() -> Coro<void> {
    EventLoop& lp = co_await this_loop();
    Task<int> a = lp.create_task(sleeper(1));
    AIO_CHECK(co_await wait(vec(a), 100.0));
  };
  ASSERT_TRUE(loop.run_until_complete(main()));
  EXPECT_EQ(loop.time(), 1.0);
  int cancelled = 0, waits = 0;
  for (const TraceEvent& e : sink.events()) {
    if (e.kind == EventKind::TimerCancelled) ++cancelled;
    if (e.kind == EventKind::TaskSuspended && e.wait == WaitKind::Wait) ++waits;
  }
  EXPECT_EQ(cancelled, 1);  // the 100 s timeout; the sleep's timer fired
  EXPECT_EQ(waits, 1);
}

}  // namespace
